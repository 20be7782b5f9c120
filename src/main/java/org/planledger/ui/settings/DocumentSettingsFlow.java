package org.planledger.ui.settings;

import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.notice.NoticeSettings;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;

/**
 * 工具 → 公文设置…: reads the settings and this PC's fonts in the background, lets the manager
 * edit them ({@link DocumentSettingsDialog}), saves them in one transaction in the background; a
 * refusal (the store's, or a department's role) is shown in the dialog and nothing is saved.
 */
public final class DocumentSettingsFlow {

    private record Current(NoticeSettings settings, InstalledFonts installed) {
    }

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorReporter errors;
    private final Runnable onSaved;

    public DocumentSettingsFlow(LedgerSession session, DialogService dialogs, Messages messages, ErrorReporter errors,
                                Runnable onSaved) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = errors;
        this.onSaved = onSaved;
    }

    public void edit() {
        session.task(ledger -> new Current(ledger.notices(session.clock()).settings(), InstalledFonts.system()))
                .onSuccess(current -> {
                    DocumentSettingsForm form = new DocumentSettingsForm(messages, current.settings(), current.installed());
                    dialogs.showCustomDialogAndWait(new DocumentSettingsDialog(messages, form, (settings, answer) ->
                            session.task(ledger -> {
                                ledger.notices(session.clock()).setSettings(settings);
                                return null;
                            }).onSuccess(v -> answer.accept(null))
                                    .onFailure(e -> answer.accept(Problems.describe(e, messages)))
                                    .executeWith(session.executor())))
                            .ifPresent(saved -> onSaved.run());
                })
                .onFailure(e -> errors.report(Text.of("ui.error.loadSettings"), e)).executeWith(session.executor());
    }
}
