package org.planledger.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the class once on a ledger file and once on a team ledger. The class takes
 * the {@link Backend} in a field marked {@code @Parameter} (or its constructor) and asks it for
 * its ledgers; the team ledgers' databases are dropped when the class is done.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
@ExtendWith(TestDatabases.class)
public @interface BothBackends {
}
