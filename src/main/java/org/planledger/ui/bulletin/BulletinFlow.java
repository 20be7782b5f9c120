package org.planledger.ui.bulletin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import org.planledger.bulletin.BulletinWriter;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.FolderMemory;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;
import org.planledger.ui.common.TaskExecutor;
import org.planledger.ui.documents.DocumentTools;
import org.planledger.ui.documents.DocumentsWrittenPane;

/**
 * 文件 → 导出督查通报/进展情况报告…: the dialog ({@link BulletinDialog}) for the plan on screen;
 * 写出 runs {@code report doc}'s writer on the ledger's worker, the file going where the user last
 * saved unless chosen otherwise; the document written is offered to open or make a PDF of.
 */
public final class BulletinFlow {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<PlanSummary> plan;
    private final FolderMemory folders;
    private final DocumentTools tools;
    private final TaskExecutor conversions;

    /**
     * @param plan        the plan on screen (null while none is loaded)
     * @param conversions where PDFs are made
     */
    public BulletinFlow(LedgerSession session, DialogService dialogs, Messages messages, Supplier<PlanSummary> plan,
                        FolderMemory folders, DocumentTools tools, TaskExecutor conversions) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.plan = plan;
        this.folders = folders;
        this.tools = tools;
        this.conversions = conversions;
    }

    public void show() {
        PlanSummary p = plan.get();
        if (p == null) {
            return;
        }
        BulletinForm form = new BulletinForm(messages, p.id(), p.startYear(), session.today(), folders.initial());
        DocumentsWrittenPane documents = new DocumentsWrittenPane(messages, tools, conversions);
        BulletinDialog[] dialog = new BulletinDialog[1];
        dialog[0] = new BulletinDialog(messages, form, documents, () -> browse(form), checked -> write(checked, dialog[0]));
        dialogs.showCustomDialogAndWait(dialog[0]);
        documents.model().cancel(); // a conversion still waiting when the dialog closes is not wanted any more
    }

    /**
     * The fonts this PC lacks, in one line: the writer warns per role, which on a PC without any
     * 公文 font would be five paragraphs saying the same.
     */
    String fontsMissing(List<org.planledger.i18n.Text> warnings) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (org.planledger.i18n.Text w : warnings) {
            if ("document.warning.fontMissing".equals(w.key()) && !w.args().isEmpty()) {
                names.addAll(List.of(String.valueOf(w.args().get(0)).split("、")));
            }
        }
        return names.isEmpty() ? "" : messages.get("ui.bulletin.fontsMissing", String.join("、", names));
    }

    private Optional<Path> browse(BulletinForm form) {
        return dialogs.showSaveDialog(messages.get("ui.bulletin.save.title"), form.suggestedName(),
                List.of(new FileChooser.ExtensionFilter(messages.get("ui.bulletin.filter"), "*.docx")));
    }

    private void write(BulletinForm.Checked checked, BulletinDialog dialog) {
        session.task(ledger -> new BulletinWriter(ledger, session.clock(), messages, InstalledFonts.system())
                        .write(checked.request(), checked.target()))
                .onSuccess(w -> {
                    folders.used(w.file().getParent());
                    dialog.written(w.title(), messages.date(w.asOf()), fontsMissing(w.warnings()), w.file());
                })
                .onFailure(e -> dialog.refused(Problems.describe(e, messages)))
                .executeWith(session.executor());
    }
}
