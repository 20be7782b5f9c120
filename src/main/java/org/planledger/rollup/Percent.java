package org.planledger.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A completion as every view, command and workbook shows it: one decimal, rounded half up (16.7). */
public final class Percent {

    private Percent() {
    }

    public static BigDecimal of(double percent) {
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP);
    }

    /** 16.7 */
    public static String number(double percent) {
        return of(percent).toPlainString();
    }

    /** 16.7% */
    public static String text(double percent) {
        return number(percent) + "%";
    }
}
