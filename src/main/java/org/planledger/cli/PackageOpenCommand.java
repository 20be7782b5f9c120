package org.planledger.cli;

import java.nio.file.Path;
import java.util.Map;
import org.planledger.exchange.Manifest;
import org.planledger.exchange.PackageOpener;
import org.planledger.i18n.Text;
import org.planledger.store.TeamAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code package open FILE [--into LEDGER]}: a liaison officer opens a department package
 * ({@link PackageOpener}). Without --into the department ledger goes beside the ledger the
 * command would otherwise use (the --ledger file or the default ledger), under the package's
 * default name; that ledger itself is never touched. A newer package from the same manager
 * refreshes the department ledger it was opened into before. A department ledger is always a
 * file: beside a team ledger there is no folder, so --into is needed there, and --into a team
 * ledger is refused. Prints the department, the issue, the tasks, the records added and the
 * department ledger's path, with how to use it.
 */
@Command(name = "open",
        description = {"${bundle:cli.package.open.summary}", "", "${bundle:cli.package.open.description}"})
final class PackageOpenCommand extends LedgerCommand implements WritesLedger {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.package.open.file")
    Path file;

    // text, not a Path: a Path would fold postgresql:// into a folder name
    @Option(names = "--into", paramLabel = "FILE", descriptionKey = "cli.package.open.into")
    String into;

    /** The department ledger the package opens into (its name comes from the package unless --into). */
    @Override
    public Path ledgerWritten() {
        Manifest manifest = manifest(); // a package that cannot be read says so before anything about where it would go
        if (into != null && TeamAddress.isTeamAddress(into)) {
            throw new CliException(Text.of("cli.package.open.intoTeam", TeamAddress.parse(into, Map.of()).toString()),
                    ExitCodes.BAD_INPUT);
        }
        if (into == null && team().isPresent()) {
            throw new CliException(Text.of("cli.package.open.intoNeeded", team().get().toString()), ExitCodes.BAD_INPUT);
        }
        Path target = into != null ? Path.of(into) : ledgerFile().resolveSibling(PackageOpener.defaultLedgerName(manifest));
        return target.toAbsolutePath().normalize();
    }

    private Manifest manifest() {
        return ExchangeProblems.run(() -> PackageOpener.peek(file));
    }

    @Override
    public Integer call() {
        Manifest manifest = manifest();
        Path target = ledgerWritten();
        // a ledger that cannot be opened at all stays a StoreException: exit code 3
        PackageOpener.Opened opened = ExchangeProblems.runOpening(() -> new PackageOpener(clock()).openInto(file, target));
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("package", file.toAbsolutePath().normalize().toString());
            o.put("departmentId", manifest.departmentId());
            o.put("department", opened.departmentName());
            o.put("issue", opened.serial());
            o.put("refreshed", opened.refreshed());
            o.put("tasks", opened.tasks());
            o.put("recordsAdded", opened.recordsAdded());
            o.put("ledger", target.toString());
            o.put("leftOut", opened.leftOut().stream().map(l -> {
                Map<String, Object> lo = Json.object();
                lo.put("uid", l.uid());
                lo.put("kind", l.kindKey().substring(l.kindKey().lastIndexOf('.') + 1));
                lo.put("subject", l.subject());
                lo.put("reason", l.reason());
                return lo;
            }).toList());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text(opened.refreshed() ? "cli.package.open.refreshed" : "cli.package.open.done",
                opened.departmentName(), opened.serial(), opened.tasks(), opened.recordsAdded()));
        if (!opened.leftOut().isEmpty()) {
            out().println(text("ui.exchange.open.leftOut", opened.leftOut().size()));
            opened.leftOut().forEach(l -> out().println(text("ui.exchange.open.leftOutLine", l.subject(), text(l.kindKey()),
                    l.reason())));
        }
        out().println(text("cli.package.open.ledger", target.toString()));
        out().println(text("cli.package.open.hint", quoted(target)));
        return ExitCodes.OK;
    }

    /** The path as it can be pasted into a command line. */
    private static String quoted(Path p) {
        String s = p.toString();
        return s.contains(" ") ? "\"" + s + "\"" : s;
    }
}
