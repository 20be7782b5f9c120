package org.planledger.ui.summary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import org.planledger.export.SummaryExporter;
import org.planledger.export.SummaryOptions;
import org.planledger.i18n.Messages;
import org.planledger.store.plan.Outline;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.DepartmentWords;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.ExportRun;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;

/**
 * 文件 → 导出汇总表…: asks what to export ({@link SummaryExportDialog}), then where (default
 * 规划任务台账汇总-<i>查看日期</i>.xlsx), then writes the workbook in the background through
 * {@link ExportRun}: progress with 取消, then where it was written, or why it was refused.
 */
public final class SummaryExportFlow {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private final LongSupplier planId;
    private final Supplier<Outline> outline;
    private final DepartmentRegistry departments;
    private final Supplier<LocalDate> asOf;

    /**
     * @param planId  the plan on screen
     * @param outline its outline (for the chapters), or null while it loads
     * @param asOf    the day the views show
     */
    public SummaryExportFlow(LedgerSession session, DialogService dialogs, Messages messages, LongSupplier planId,
                             Supplier<Outline> outline, DepartmentRegistry departments, Supplier<LocalDate> asOf) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.planId = planId;
        this.outline = outline;
        this.departments = departments;
        this.asOf = asOf;
    }

    public void chooseAndExport() {
        departments.ensureLoaded(this::ask);
    }

    private void ask() {
        Outline o = outline.get();
        List<Outline.Chapter> chapters = o == null ? List.of() : o.chapters();
        boolean english = "en".equals(messages.locale().getLanguage());
        SummaryExportDialog dialog = new SummaryExportDialog(messages, planId.getAsLong(), chapters,
                departments.all(), new DepartmentWords(messages), asOf.get(), english);
        dialogs.showCustomDialogAndWait(dialog).ifPresent(this::save);
    }

    private void save(SummaryOptions options) {
        List<FileChooser.ExtensionFilter> filters = List.of(
                new FileChooser.ExtensionFilter(messages.get("ui.summaryExport.filter"), "*.xlsx"));
        Path file = dialogs.showSaveDialog(messages.get("ui.summaryExport.save.title"),
                messages.get("ui.summaryExport.fileName", options.asOf().toString()), filters).orElse(null);
        if (file == null) {
            return;
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            file = file.resolveSibling(file.getFileName() + ".xlsx");
        }
        Path target = file;
        // the ledger is used only on the session's worker, where the write runs too
        session.task(ledger -> ledger)
                .onSuccess(ledger -> new ExportRun(dialogs, session.executor(), messages).start(target,
                        progress -> new SummaryExporter(ledger, session.clock()).write(options, target, progress),
                        null))
                .onFailure(e -> dialogs.showError(messages.get("ui.export.failed.title"),
                        Problems.describe(e, messages)))
                .executeWith(session.executor());
    }
}
