package org.planledger;

import javafx.application.Application;
import org.planledger.cli.Cli;
import org.planledger.ui.App;

/**
 * Starts PlanLedger. {@code planledger COMMAND ...} (import, plans, stats, … or --help) runs
 * the command line without any window and exits with its code; anything else opens the app
 * ({@code --ledger FILE}, {@code --lang zh|en}, {@code --smoke}) and exits with the app's code
 * ({@link App#exitCode()}: not 0 when the ledger is open in another window or a smoke run failed).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLog4j();
        tidyTemporaryFolders();
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        Application.launch(App.class, args);
        if (App.exitCode() != 0) {
            System.exit(App.exitCode());
        }
    }

    /** What killed PlanLedger processes left in the temp folder (evidence among it), removed beside the start. */
    private static void tidyTemporaryFolders() {
        Thread tidy = new Thread(org.planledger.store.Leftovers::removeTemporaryFolders, "planledger-tidy-temp");
        tidy.setDaemon(true);
        tidy.start();
    }

    /**
     * POI and Flyway log through log4j-api, which has no provider in the jar and then complains on
     * stderr at every start; its simple logger is what the tests and javafx:run use.
     */
    static void quietLog4j() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // not even errors: POI logs a failed write (a full disk) with its stack trace before it throws,
        // and PlanLedger says what went wrong in words from the exception
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }
}
