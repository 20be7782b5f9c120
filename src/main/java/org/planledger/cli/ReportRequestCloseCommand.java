package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.model.Department;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ProgressStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report request-close --task CODE [--milestone N] --department NAME --evidence FILE ...}:
 * the lead department asks to close out (申请销号), with at least one evidence file, as in the app.
 */
@Command(name = "request-close",
        description = {"${bundle:cli.report.requestClose.summary}", "", "${bundle:cli.report.requestClose.description}"})
final class ReportRequestCloseCommand extends ItemCommand {

    @Option(names = "--department", required = true, paramLabel = "NAME", descriptionKey = "cli.report.requestClose.department")
    String departmentName;

    @Option(names = "--explanation", paramLabel = "TEXT", descriptionKey = "cli.report.requestClose.explanation")
    String explanation;

    @Option(names = "--evidence", paramLabel = "FILE", descriptionKey = "cli.report.add.evidence")
    List<Path> evidence = new ArrayList<>();

    @Override
    String write(Ledger ledger, ProgressStore store, ItemArg item, LocalDate on, Map<String, Object> json) {
        Department department = ProgressArgs.department(ledger, departmentName);
        List<EvidenceFile> files = evidence.stream().map(EvidenceFile::new).toList();
        long id = store.requestCloseOut(item.key(), department.id(), on, explanation == null ? "" : explanation, files);
        List<String> names = files.stream().map(EvidenceFile::storedName).toList();
        json.put("id", id);
        json.put("department", department.name());
        json.put("evidence", names);
        return text("cli.report.requestClose.done", item.what(messages()), department.shortName(), on, names.size(),
                String.join(text("cli.progress.listSeparator"), names));
    }
}
