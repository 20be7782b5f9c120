package org.planledger.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.planledger.app.AppClock;
import org.planledger.app.LedgerLock;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.planimport.PlanImportException;
import org.planledger.store.StoreException;
import picocli.CommandLine;

/**
 * The command line: {@code planledger COMMAND [options]} runs without any window. {@link #isCommand}
 * tells the jar's entry point whether its arguments name a command or should open the app.
 */
public final class Cli {

    /** The commands; anything else (no argument, or only app options) opens the app. */
    public static final Set<String> COMMANDS = Set.of("import", "plans", "stats", "assign", "departments", "due", "lights", "report",
            "decide", "status", "rollup", "indicators", "export", "package", "backup", "server", "notice", "carryover",
            "evaluation", "plan");

    private static final String HELP = "--help";

    /** Options that take a value, so the value is not mistaken for the command. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--ledger", "--lang");

    private Cli() {
    }

    /** True if the first argument that is not an option (or an option's value) is a command, or help was asked for. */
    public static boolean isCommand(String[] args) {
        String first = firstWord(args);
        return first != null && (first.equals(HELP) || COMMANDS.contains(first));
    }

    /**
     * The first argument that is not an option or an option's value; {@code --help} when help is
     * asked for before it; null when there is none.
     */
    private static String firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals(HELP)) {
                return HELP;
            }
            if (a.startsWith("-")) {
                if (OPTIONS_WITH_VALUE.contains(a)) {
                    i++;
                }
                continue;
            }
            return a;
        }
        return null;
    }

    /** Runs a command on the process' stdout and stderr; returns the exit code. */
    public static int run(String[] args) {
        Charset cs = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs), true);
        try {
            return execute(args, out, err, AppClock.fromEnvironment());
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs a command writing to the given streams (tests capture them) with {@code clock} as its
     * "today"; returns the exit code.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        String lang = language(args);
        Messages messages = Messages.forLanguage(lang == null || lang.isBlank() ? "zh" : lang);
        if (lang != null && !isSupported(lang)) {
            err.println(messages.get("cli.error.lang", lang));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        int code = commandLine(messages, out, err, clock, firstWord(args)).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The picocli command tree, its help texts in the language of {@code messages}. */
    public static CommandLine commandLine(Messages messages, PrintWriter out, PrintWriter err, Clock clock) {
        return commandLine(messages, out, err, clock, null);
    }

    /**
     * The tree with only the command named {@code command} under the top, or every command when
     * it names none of them (the top's usage help lists them all): picocli reads each command
     * class it is given, and most of a command's start went into reading the fifty it does not run.
     */
    private static CommandLine commandLine(Messages messages, PrintWriter out, PrintWriter err, Clock clock, String command) {
        CommandLine cl = new CommandLine(new PlanLedgerCommand(messages, clock));
        boolean one = command != null && COMMANDS.contains(command);
        for (Class<?> c : PlanLedgerCommand.COMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            if (!one || name.equals(command)) {
                cl.addSubcommand(c);
            }
        }
        cl.setResourceBundle(messages.bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionStrategy(Cli::runUnlessLedgerInUse);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, messages, commandLine.getErr()));
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println(messages.get("cli.error.usage", e.getMessage()));
            w.println(messages.get("cli.error.usageHint", e.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    /**
     * The one place a command that writes ({@link WritesLedger}) is refused while a PlanLedger
     * window has its ledger open: before it runs, exit code 3 ({@link ExitCodes#LEDGER}). Asking
     * for help is never refused.
     */
    private static int runUnlessLedgerInUse(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        boolean help = parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
        while (last.hasSubcommand()) {
            last = last.subcommand();
            help |= last.isUsageHelpRequested() || last.isVersionHelpRequested();
        }
        java.util.Optional<LedgerLock> hold = java.util.Optional.empty();
        if (!help && last.commandSpec().userObject() instanceof WritesLedger writes) {
            try {
                java.nio.file.Path target = writes.ledgerWritten();
                if (target != null) {
                    // held while the command writes: a window started meanwhile is told, not let in
                    hold = holdForCommand(target);
                    if (hold.isEmpty()) {
                        // the words say who holds it only as far as its lock file tells
                        String key = LedgerLock.heldByWindow(target) ? "cli.lock.held"
                                : LedgerLock.heldByCommand(target) ? "cli.lock.command" : "cli.lock.busy";
                        throw new CliException(Text.of(key, target.toString()), ExitCodes.LEDGER);
                    }
                }
            } catch (RuntimeException e) {
                throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), String.valueOf(e), e);
            }
        }
        try {
            return new CommandLine.RunLast().execute(parsed);
        } finally {
            hold.ifPresent(LedgerLock::close);
        }
    }

    /** The command's hold on {@code target}; a lock file that cannot be made is said in words, exit 3. */
    private static java.util.Optional<LedgerLock> holdForCommand(java.nio.file.Path target) {
        if (java.nio.file.Files.isRegularFile(target) && !java.nio.file.Files.isWritable(target)) {
            throw new CliException(Text.of("cli.ledger.readOnly", target.toString()), ExitCodes.LEDGER);
        }
        try {
            return LedgerLock.holdForCommand(target);
        } catch (org.planledger.app.LedgerNotWritableException e) {
            throw new CliException(e.problem(), ExitCodes.LEDGER);
        }
    }

    private static int handle(Exception e, Messages messages, PrintWriter err) {
        Text problem;
        int code;
        if (e instanceof CliException c) {
            problem = c.problem();
            code = c.exitCode();
        } else if (e instanceof PlanImportException p) {
            problem = p.problem();
            code = ExitCodes.BAD_INPUT;
        } else if (e instanceof StoreException s) {
            problem = s.problem();
            code = ExitCodes.LEDGER;
        } else {
            err.println(messages.get("cli.error.internal", String.valueOf(e)));
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        }
        err.println(messages.format(problem));
        return code;
    }

    /** The value of the last --lang option, or null. */
    static String language(String[] args) {
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            }
        }
        return lang;
    }

    static boolean isSupported(String lang) {
        String l = Locale.forLanguageTag(lang.replace('_', '-')).getLanguage();
        return l.equals("zh") || l.equals("en");
    }

    /**
     * The console's encoding where Java knows it (a Windows console), else the platform's;
     * a POSIX/ASCII locale would turn every Chinese character into '?', so that becomes UTF-8.
     */
    static Charset consoleCharset() {
        String console = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            if (console != null) {
                return Charset.forName(console);
            }
        } catch (RuntimeException e) {
            // fall through to the platform's encoding
        }
        Charset cs = Charset.defaultCharset();
        return cs.equals(StandardCharsets.US_ASCII) || !cs.canEncode() || !cs.newEncoder().canEncode('中')
                ? StandardCharsets.UTF_8 : cs;
    }
}
