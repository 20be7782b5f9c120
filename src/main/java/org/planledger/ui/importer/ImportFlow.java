package org.planledger.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.stage.FileChooser;
import org.planledger.app.ImportReportWords;
import org.planledger.app.PlanImport;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.planimport.ParsedPlan;
import org.planledger.planimport.PlanDocumentReader;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.common.BackgroundTask;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;

/**
 * 文件 → 导入规划…: choose a document, read it in the background, show the dry-run report,
 * and only on 导入 write it, then say what changed. A document that cannot be read is
 * refused with its reason, and nothing is written.
 */
public final class ImportFlow {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final List<PlanSummary> plans;
    private final Consumer<Text> busy;
    private final LongConsumer imported;
    private final Function<Path, ParsedPlan> reader;

    /**
     * @param plans    the plans in the ledger now, to tell a new plan from a new edition
     * @param busy     shows what is being done (null when done)
     * @param imported called with the plan's id once it is written
     */
    public ImportFlow(LedgerSession session, DialogService dialogs, Messages messages, List<PlanSummary> plans,
                      Consumer<Text> busy, LongConsumer imported) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.plans = List.copyOf(plans);
        this.busy = busy;
        this.imported = imported;
        this.reader = file -> new PlanDocumentReader().read(file);
    }

    public void chooseAndImport() {
        List<FileChooser.ExtensionFilter> filters = List.of(
                new FileChooser.ExtensionFilter(messages.get("ui.import.filter.plans"), "*.txt", "*.docx", "*.doc", "*.pdf", "*.TXT", "*.DOCX", "*.DOC", "*.PDF"),
                new FileChooser.ExtensionFilter(messages.get("ui.import.filter.all"), "*.*"));
        dialogs.showOpenDialog(messages.get("ui.import.choose"), filters).ifPresent(this::importFile);
    }

    public void importFile(Path file) {
        busy.accept(Text.of("ui.progress.reading", file.getFileName().toString()));
        BackgroundTask.wrap(() -> reader.apply(file))
                .onSuccess(parsed -> {
                    busy.accept(null);
                    confirm(parsed);
                })
                .onFailure(this::failed)
                .executeWith(session.executor());
    }

    private void confirm(ParsedPlan parsed) {
        boolean revision = plans.stream().anyMatch(p -> p.title().equals(parsed.plan().title()));
        boolean go = dialogs.showCustomDialogAndWait(new ImportReportDialog(messages, parsed.report(), revision))
                .orElse(false);
        if (!go) {
            return;
        }
        busy.accept(Text.of("ui.progress.importing", parsed.report().planTitle()));
        session.task(ledger -> PlanImport.run(ledger, parsed.plan(), parsed.report().sourceName()))
                .onSuccess(result -> {
                    busy.accept(null);
                    imported.accept(result.planId());
                    ImportReportWords words = new ImportReportWords(messages);
                    dialogs.showInformation(messages.get("ui.import.done.title"),
                            words.outcome(result, parsed.report().planTitle()), words.outcomeCounts(result));
                })
                .onFailure(this::failed)
                .executeWith(session.executor());
    }

    private void failed(Throwable e) {
        busy.accept(null);
        dialogs.showError(messages.get("ui.import.failed"), Problems.describe(e, messages));
    }
}
