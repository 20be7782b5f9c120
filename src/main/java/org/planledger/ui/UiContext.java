package org.planledger.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.planledger.app.Settings;
import org.planledger.app.SingleInstance;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.FxDialogService;
import org.planledger.ui.common.TaskExecutor;
import org.planledger.ui.common.Theme;
import org.planledger.ui.documents.DocumentTools;

/**
 * What a main window is given: its ledger, the user's settings, the executor, the clock (the
 * entry point's "today"), the look, the dialogs, the data folder where a department package
 * opens into its own ledger file, what opens documents and makes their PDFs, and the single-instance guard holding the ledger's lock (the app takes it before the window is built;
 * the window takes the next ledger's when it switches).
 */
public record UiContext(Path ledgerFile, Settings settings, TaskExecutor executor, Clock clock, Theme theme,
                        DialogFactory dialogs, Path dataFolder, SingleInstance instance, DocumentTools documents) {

    /** Makes the window's dialog service; tests pass one that answers file choosers. */
    @FunctionalInterface
    public interface DialogFactory {
        DialogService create(Window owner, Supplier<Messages> messages, Theme theme);
    }

    /** Settings live beside the ledger. */
    public static Path settingsFile(Path ledgerFile) {
        Path dir = ledgerFile.toAbsolutePath().getParent();
        return dir.resolve("settings.properties");
    }

    /** The usual context: real dialogs, the installed Chinese font. Needs the FX toolkit. */
    public static UiContext of(Path ledgerFile, Settings settings, TaskExecutor executor, Clock clock) {
        return new UiContext(ledgerFile, settings, executor, clock, Theme.detect(), FxDialogService::new,
                org.planledger.app.LedgerLocation.defaultLedger().getParent(), new SingleInstance(),
                DocumentTools.system());
    }

    public UiContext withDialogs(DialogFactory factory) {
        return new UiContext(ledgerFile, settings, executor, clock, theme, factory, dataFolder, instance, documents);
    }

    /** Department ledgers opened from packages go into this folder (tests: a temporary one). */
    public UiContext withDataFolder(Path folder) {
        return new UiContext(ledgerFile, settings, executor, clock, theme, dialogs, folder, instance, documents);
    }

    /** Opens documents and makes their PDFs with these (tests: no LibreOffice, or an opener that only notes). */
    public UiContext withDocuments(DocumentTools tools) {
        return new UiContext(ledgerFile, settings, executor, clock, theme, dialogs, dataFolder, instance, tools);
    }

    /** The guard that already holds the ledger's lock (the app's). */
    public UiContext withInstance(SingleInstance guard) {
        return new UiContext(ledgerFile, settings, executor, clock, theme, dialogs, dataFolder, guard, documents);
    }
}
