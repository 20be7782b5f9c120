package org.planledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.exchange.PackageExporter;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code package export --department NAME|--all --out DIR}: the manager issues department
 * packages from the master ledger ({@link PackageExporter}), one file per department, and prints
 * each: department, file, tasks, records. All packages are written in one go or none is.
 */
@Command(name = "export",
        description = {"${bundle:cli.package.export.summary}", "", "${bundle:cli.package.export.description}"})
final class PackageExportCommand extends LedgerCommand implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }

    @Option(names = "--department", paramLabel = "NAME", descriptionKey = "cli.package.export.department")
    String department;

    @Option(names = "--all", descriptionKey = "cli.package.export.all")
    boolean all;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "cli.package.export.out")
    Path out;

    @Override
    public Integer call() {
        if ((department == null) != all) {
            throw new CliException(Text.of("cli.package.export.error.which"), ExitCodes.BAD_INPUT);
        }
        Path folder = out.toAbsolutePath().normalize();
        List<PackageExporter.Issued> issued;
        try (Ledger ledger = openSeeded()) {
            PackageExporter exporter = new PackageExporter(ledger, clock());
            List<Long> withWork = ExchangeProblems.run(exporter::departmentsWithWork);
            List<Long> ids;
            if (all) {
                ids = withWork;
                if (ids.isEmpty()) {
                    throw new CliException(Text.of("cli.package.export.error.noneWithWork", ledgerLabel()),
                            ExitCodes.BAD_INPUT);
                }
            } else {
                Department d = ProgressArgs.department(ledger, department);
                if (!withWork.contains(d.id())) {
                    throw new CliException(Text.of("cli.package.export.error.noWork", d.name()), ExitCodes.BAD_INPUT);
                }
                ids = List.of(d.id());
            }
            org.planledger.exchange.DivisionDrafts drafts = org.planledger.exchange.DivisionDrafts.of(ledger);
            if (drafts.allDraft()) {
                err().println(text("cli.package.export.warning.allDraft", drafts.tasks()));
            }
            createFolder(folder);
            issued = ExchangeProblems.run(() -> exporter.export(ids, folder));
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("folder", folder.toString());
            List<Map<String, Object>> packages = new ArrayList<>();
            for (PackageExporter.Issued i : issued) {
                Map<String, Object> p = Json.object();
                p.put("departmentId", i.departmentId());
                p.put("department", i.departmentName());
                p.put("file", i.file().toString());
                p.put("issue", i.serial());
                p.put("tasks", i.tasks());
                p.put("records", i.records());
                p.put("bytes", size(i.file()));
                packages.add(p);
            }
            o.put("packages", packages);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        for (PackageExporter.Issued i : issued) {
            out().println(text("cli.package.export.line", i.departmentName(), i.file().getFileName().toString(),
                    i.serial(), i.tasks(), i.records()));
        }
        out().println(text("cli.package.export.total", issued.size(), folder.toString()));
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CliException(Text.of("cli.package.export.error.folder", folder.toString(), String.valueOf(e.getMessage())),
                    ExitCodes.BAD_INPUT);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
