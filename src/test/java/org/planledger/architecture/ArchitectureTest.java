package org.planledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the README promises, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the product only: the benchmarks (src/bench, mvn -Pbench) are compiled into the same folder
        // when their profile is on, and may do what the product may not (JDBC batches, the computer's clock)
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/planledger/bench/"))
                .importPackages("org.planledger");
    }

    @Test
    void theProductNeverReachesTheBenchmarks() {
        noClasses().that().resideInAPackage("org.planledger..")
                .should().dependOnClassesThat().resideInAPackage("org.planledger.bench..")
                .because("the benchmarks are built only by the bench profile (src/bench) and are not shipped")
                .check(classes);
    }

    @Test
    void javaFxOnlyInTheUi() {
        noClasses().that().resideOutsideOfPackage("org.planledger.ui..")
                .and().doNotHaveFullyQualifiedName("org.planledger.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the ledger, the rules, the documents and the command line run without a toolkit; "
                        + "only the window (and the launcher that starts it) knows JavaFX")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksToTheDatabase() {
        noClasses().that().resideOutsideOfPackage("org.planledger.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                        "org.flywaydb..", "org.postgresql..")
                .because("the store owns every table: one place answers for transactions, the status rule "
                        + "and what a database server must enforce")
                .check(classes);
    }

    @Test
    void sqliteItselfOnlyInOnePlaceOfTheStore() {
        noClasses().that().resideOutsideOfPackage("org.planledger.store.sqlite..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..")
                .because("the embedded database's own features (PRAGMAs, FTS5, application_id, online backup, "
                        + "migrations) sit in one place, where a database server's can take their place")
                .check(classes);
    }

    @Test
    void eachDatabaseItselfOnlyInItsOwnPlaceOfTheStore() {
        noClasses().that().resideOutsideOfPackage("org.planledger.store.postgres..")
                .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..")
                .because("the team ledger's driver and its features sit in one place, beside the embedded one's")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.planledger.store.sqlite..", "org.planledger.store.postgres..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flywaydb..")
                .because("each database's migrations are run by its own part of the store")
                .check(classes);
    }

    @Test
    void lowerLayersNeverReachUp() {
        noClasses().that().resideInAnyPackage("..model..", "..planimport..", "..store..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..", "..bench..")
                .check(classes);
    }

    @Test
    void onlyTheEntryPointsReadTheComputersClock() {
        noClasses().that().doNotHaveFullyQualifiedName("org.planledger.app.AppClock")
                .should().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(Year.class, "now")
                .because("\"today\" is one clock passed in from the app, the command line and the benchmarks, "
                        + "so the ledger, its backups and every test agree on the day whatever the computer's date")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.planledger.(*)..").should().beFreeOfCycles().check(classes);
    }
}
