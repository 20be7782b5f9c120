package org.planledger.bench;

/**
 * The benchmarks' entry point, kept out of the app: {@code java -jar target/planledger-bench.jar
 * [options]} runs the {@link Benchmark}, {@code … image [options]} the app image's start and
 * command-line series ({@link ImageStartSeries}). Built by {@code mvn -Pbench package}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            // as in org.planledger.Main: log4j-api has no provider in the jar and would complain on stderr
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(BenchCommand.execute(args));
    }
}
