package org.planledger.ui.settings;

import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.notice.EscalationRule;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerSession;

/**
 * 工具 → 督办升级规则…: reads the rule in the background, lets the manager edit it, saves it in the
 * background (one transaction), then tells the window so the task pane flags items anew.
 */
public final class EscalationRuleFlow {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorReporter errors;
    private final Runnable onSaved;

    public EscalationRuleFlow(LedgerSession session, DialogService dialogs, Messages messages, ErrorReporter errors,
                              Runnable onSaved) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = errors;
        this.onSaved = onSaved;
    }

    public void edit() {
        session.task(ledger -> ledger.notices(session.clock()).escalation())
                .onSuccess(current -> new EscalationRuleDialog(dialogs, messages).edit(current, EscalationRule::problem)
                        .ifPresent(this::save))
                .onFailure(e -> errors.report(Text.of("ui.error.loadSettings"), e)).executeWith(session.executor());
    }

    private void save(EscalationRule rule) {
        session.task(ledger -> {
            ledger.notices(session.clock()).setEscalation(rule);
            return null;
        }).onSuccess(v -> onSaved.run())
                .onFailure(e -> errors.report(Text.of("ui.escalation.saveFailed"), e))
                .executeWith(session.executor());
    }
}
