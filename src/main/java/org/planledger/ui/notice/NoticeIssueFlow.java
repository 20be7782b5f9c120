package org.planledger.ui.notice;

import java.nio.file.Path;
import java.util.List;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.FolderMemory;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.TaskExecutor;
import org.planledger.ui.documents.DocumentTools;
import org.planledger.ui.documents.DocumentsWrittenModel;

/**
 * 发督办单… from a view (期限, the 汇总 drill-down, the 工作台): reads the picked items' lights
 * today in the background, asks in {@link NoticeIssueDialog}, which writes and registers the
 * documents on the worker, then shows what was written ({@link NoticesIssuedDialog}). The folder
 * chosen is where the next one starts. The manager's only: the views offer it in no other ledger.
 */
public final class NoticeIssueFlow {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final FolderMemory folders;
    private final ErrorReporter errors;
    private final DocumentTools tools;
    private final TaskExecutor conversions;

    public NoticeIssueFlow(LedgerSession session, DialogService dialogs, Messages messages, FolderMemory folders,
                           ErrorReporter errors, DocumentTools tools, TaskExecutor conversions) {
        this.tools = tools;
        this.conversions = conversions;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.folders = folders;
        this.errors = errors;
    }

    /** Asks about 督办单 for {@code items} of the plan {@code planId}; nothing picked is refused in words. */
    public void start(long planId, List<ItemKey> items) {
        if (items.isEmpty()) {
            dialogs.showInformation(messages.get("ui.notice.issue.title"), null,
                    messages.get("ui.notice.issue.problem.noItems"));
            return;
        }
        NoticeIssueViewModel vm = new NoticeIssueViewModel(session, messages, planId, items, InstalledFonts::system);
        vm.folderProperty().set(folders.initial().toString());
        vm.load(() -> ask(vm), e -> errors.report(Text.of("ui.notice.issue.loadFailed"), e));
    }

    private void ask(NoticeIssueViewModel vm) {
        boolean issued = dialogs.showCustomDialogAndWait(new NoticeIssueDialog(vm, messages, dialogs))
                .orElse(Boolean.FALSE);
        if (!issued || vm.issuedProperty().get() == null) {
            return;
        }
        folders.used(Path.of(vm.folderProperty().get().strip()).toAbsolutePath());
        dialogs.showCustomDialogAndWait(new NoticesIssuedDialog(messages, dialogs, vm.issuedProperty().get(),
                new DocumentsWrittenModel(messages, tools, conversions, javafx.application.Platform::runLater)));
    }
}
