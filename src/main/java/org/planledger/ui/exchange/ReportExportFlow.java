package org.planledger.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.FileChooser;
import org.planledger.exchange.FileNames;
import org.planledger.exchange.ReportExporter;
import org.planledger.i18n.Messages;
import org.planledger.store.LedgerIdentity;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;

/**
 * 文件 → 导出进展报告… (department ledger): where to save (default 部门-进展报告-日期-号.plrpt),
 * then the report is written in the background and the result says what went in.
 */
public final class ReportExportFlow {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;

    public ReportExportFlow(LedgerSession session, DialogService dialogs, Messages messages) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void chooseAndExport() {
        session.task(ledger -> ledger.identity()).onSuccess(this::ask)
                .onFailure(e -> dialogs.showError(messages.get("ui.exchange.report.failed"),
                        org.planledger.ui.common.Problems.describe(e, messages)))
                .executeWith(session.executor());
    }

    private void ask(LedgerIdentity me) {
        String name = FileNames.reportName(me.departmentName() == null ? "" : me.departmentName(), session.today(),
                me.reportSeq() + 1);
        Path file = dialogs.showSaveDialog(messages.get("ui.exchange.report.save"), name, List.of(
                new FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.reports"), "*.plrpt"))).orElse(null);
        if (file == null) {
            return;
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(FileNames.REPORT_EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + FileNames.REPORT_EXTENSION);
        }
        Path target = file;
        new ExchangeRun(session, dialogs, messages).start(messages.get("ui.exchange.report.writing"),
                ledger -> new ReportExporter(ledger, session.clock()).export(target), done -> {
                    // the report's number and what counts as sent changed: who the ledger is is read again
                    session.changes().written();
                    dialogs.showWritten(
                        messages.get("ui.exchange.report.doneTitle"),
                        done.total() == 0 ? messages.get("ui.exchange.report.doneEmpty", done.seq())
                                : messages.get("ui.exchange.report.doneHeader", done.seq(), done.entries(),
                                done.started(), done.requests(), done.evidence(), done.indicatorValues()),
                        messages.get("ui.exchange.report.doneText", done.file().toAbsolutePath().toString()),
                        done.file());
                }, messages.get("ui.exchange.report.failed"), null);
    }
}
