package org.planledger.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.stage.FileChooser;
import org.planledger.app.DivisionImportWords;
import org.planledger.assign.table.DivisionTableImport;
import org.planledger.assign.table.DivisionTablePreview;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;

/**
 * 文件 → 导入分工表…: choose a 分工表 (.xlsx, or a table in a .docx), read it and match it to the
 * plan on screen in the background, show the dry-run report, and only on 导入 write the matched
 * rows (in one transaction), then say what was written, which rows were kept out (their task
 * would have lost its lead) and which divisions changed, before → after. A file that cannot be read is refused
 * with its reason, and nothing is written.
 */
public final class DivisionImportFlow {

    private static final int MAX_CHANGES_SHOWN = 15;

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final LongSupplier planId;
    private final Consumer<Text> busy;
    private final Runnable imported;

    /**
     * @param planId   the plan on screen: the rows are matched to its tasks
     * @param busy     shows what is being done (null when done)
     * @param imported called once divisions are written (the views read again)
     */
    public DivisionImportFlow(LedgerSession session, DialogService dialogs, Messages messages, LongSupplier planId,
                              Consumer<Text> busy, Runnable imported) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.planId = planId;
        this.busy = busy;
        this.imported = imported;
    }

    public void chooseAndImport() {
        List<FileChooser.ExtensionFilter> filters = List.of(
                new FileChooser.ExtensionFilter(messages.get("ui.divisionImport.filter"), "*.xlsx", "*.docx",
                        "*.XLSX", "*.DOCX"),
                new FileChooser.ExtensionFilter(messages.get("ui.import.filter.all"), "*.*"));
        dialogs.showOpenDialog(messages.get("ui.divisionImport.choose"), filters).ifPresent(this::importFile);
    }

    public void importFile(Path file) {
        busy.accept(Text.of("ui.progress.reading", file.getFileName().toString()));
        long plan = planId.getAsLong();
        session.task(ledger -> DivisionTableImport.preview(ledger, DivisionTableImport.read(file), plan))
                .onSuccess(preview -> {
                    busy.accept(null);
                    confirm(preview);
                })
                .onFailure(this::failed)
                .executeWith(session.executor());
    }

    private void confirm(DivisionTablePreview preview) {
        DivisionImportDialog dialog = new DivisionImportDialog(messages, preview);
        boolean go = dialogs.showCustomDialogAndWait(dialog).orElse(false);
        if (!go) {
            return;
        }
        boolean create = dialog.createUnknownDepartments();
        busy.accept(Text.of("ui.divisionImport.progress", preview.fileName()));
        session.task(ledger -> DivisionTableImport.apply(ledger, preview, create))
                .onSuccess(outcome -> {
                    busy.accept(null);
                    imported.run();
                    List<String> said = new ArrayList<>();
                    if (!outcome.createdDepartments().isEmpty()) {
                        said.add(messages.get("ui.divisionImport.done.created", outcome.createdDepartments().size(),
                                String.join(messages.get("ui.list.separator"), outcome.createdDepartments().keySet())));
                    }
                    DivisionImportWords words = new DivisionImportWords(messages);
                    String kept = words.keptTitle(preview, create, true);
                    if (kept != null) {
                        said.add(kept + "\n" + bullets(words.kept(preview, create)));
                    }
                    String changed = words.changesTitle(preview, create, true);
                    if (changed != null) {
                        List<String> changes = words.changes(preview, create);
                        List<String> shown = new ArrayList<>(changes.subList(0, Math.min(MAX_CHANGES_SHOWN, changes.size())));
                        if (changes.size() > shown.size()) {
                            // the alert is not scrollable; the preview showed every one
                            shown.add(messages.get("divisionImport.change.more", changes.size() - shown.size()));
                        }
                        said.add(changed + "\n" + bullets(shown));
                    }
                    dialogs.showInformation(messages.get("ui.divisionImport.done.title"),
                            messages.get("ui.divisionImport.done", outcome.divisions(), preview.fileName()),
                            String.join("\n\n", said));
                })
                .onFailure(this::failed)
                .executeWith(session.executor());
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "• " + l).collect(Collectors.joining("\n"));
    }

    private void failed(Throwable e) {
        busy.accept(null);
        dialogs.showError(messages.get("ui.divisionImport.failed"), Problems.describe(e, messages));
    }
}
