package org.planledger.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;
import org.planledger.store.transfer.LedgerTransfer;
import org.planledger.store.transfer.TableDigest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code server push --from FILE --url URL}: the manager's ledger file moved into an empty team
 * ledger in one transaction, every table checked by its row count and digest before it commits.
 * How far it is goes to stderr (a city's ledger takes minutes), so --json output stays clean.
 */
@Command(name = "push", description = {"${bundle:cli.server.push.summary}", "", "${bundle:cli.server.push.description}"})
final class ServerPushCommand extends LedgerCommand {

    /** Progress is told at every tenth of the way. */
    private static final int STEPS = 10;

    @Option(names = "--from", required = true, paramLabel = "FILE", descriptionKey = "cli.server.push.from")
    Path from;

    @Option(names = "--url", required = true, paramLabel = "URL", descriptionKey = "cli.server.url")
    String url;

    @Override
    public Integer call() {
        Path file = from.toAbsolutePath().normalize();
        TeamAddress address = TeamAddress.parse(url, System.getenv());
        long started = System.nanoTime();
        LedgerTransfer.Result result;
        try (Ledger team = Ledger.openTeam(address, clock())) {
            int[] told = {0};
            result = LedgerTransfer.push(team, file, (done, total) -> {
                int step = total == 0 ? STEPS : (int) (done * STEPS / total);
                if (step > told[0]) {
                    told[0] = step;
                    err().println(text("cli.server.push.progress", step * 100 / STEPS, done, total));
                }
            });
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("pushed", true);
            o.put("from", file.toString());
            o.put("to", address.displayName());
            Map<String, Object> tables = new LinkedHashMap<>();
            for (TableDigest t : result.tables()) {
                tables.put(t.table(), t.rows());
            }
            o.put("tables", tables);
            o.put("rows", result.rows());
            o.put("milliseconds", ms);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.server.push.done", file.getFileName().toString(), address.displayName(),
                result.tables().size(), result.rows(), ms / 1000.0));
        out().println(text("cli.server.push.counts", result.rowsOf("plan"), result.rowsOf("task"),
                result.rowsOf("department"), result.rowsOf("progress_entry"), result.rowsOf("evidence"),
                result.rowsOf("indicator_value")));
        return ExitCodes.OK;
    }
}
