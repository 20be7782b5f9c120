package org.planledger.rollup;

import java.math.BigDecimal;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorVerdict;

/**
 * An indicator's state on a day: the verdict, the latest actual value it rests on (or null), the
 * value the straight path from baseline to target expects for that year (or null), and why.
 */
public record IndicatorEvaluation(IndicatorVerdict verdict, Integer year, BigDecimal actual, BigDecimal expected,
                                  Text reason) {
}
