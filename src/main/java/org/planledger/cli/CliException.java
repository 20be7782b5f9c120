package org.planledger.cli;

import org.planledger.i18n.Text;

/** A problem the command reports in the user's words (on stderr) and answers with an exit code. */
public class CliException extends RuntimeException {

    private final transient Text problem;
    private final int exitCode;

    public CliException(Text problem, int exitCode) {
        super(problem.key() + " " + problem.args());
        this.problem = problem;
        this.exitCode = exitCode;
    }

    public Text problem() {
        return problem;
    }

    public int exitCode() {
        return exitCode;
    }
}
