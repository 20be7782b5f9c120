package org.planledger.ui.settings;

import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.LightRules;
import org.planledger.model.ReportingCycle;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerSession;

/**
 * 工具 → 灯色规则与报送周期…: reads the rules and the cycle in the background, lets the manager edit
 * them, saves both in the background, then tells the window so every view computes its lights again.
 */
public final class LightSettingsFlow {

    private record Current(LightRules rules, ReportingCycle cycle) {
    }

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorReporter errors;
    private final Runnable onSaved;

    public LightSettingsFlow(LedgerSession session, DialogService dialogs, Messages messages, ErrorReporter errors,
                             Runnable onSaved) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = errors;
        this.onSaved = onSaved;
    }

    public void edit() {
        session.task(ledger -> {
            var progress = ledger.progress(session.clock());
            return new Current(progress.rules(), progress.cycle());
        }).onSuccess(current -> {
            LightSettingsForm form = new LightSettingsForm();
            form.load(current.rules(), current.cycle());
            new LightSettingsDialog(dialogs, messages).edit(form).ifPresent(this::save);
        }).onFailure(e -> errors.report(Text.of("ui.error.loadSettings"), e)).executeWith(session.executor());
    }

    private void save(LightSettingsForm.Result result) {
        session.task(ledger -> {
            var progress = ledger.progress(session.clock());
            progress.setRulesAndCycle(result.rules(), result.cycle());
            return null;
        }).onSuccess(v -> onSaved.run())
                .onFailure(e -> errors.report(Text.of("ui.error.saveLightSettings"), e))
                .executeWith(session.executor());
    }
}
