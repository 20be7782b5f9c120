package org.planledger.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.planledger.i18n.Messages;

/** Dialogs as JavaFX alerts and choosers, owned by the main window, in the app's font and language. */
public class FxDialogService implements DialogService {

    private final Window owner;
    private final Supplier<Messages> messages;
    private final Theme theme;

    public FxDialogService(Window owner, Supplier<Messages> messages, Theme theme) {
        this.owner = owner;
        this.messages = messages;
        this.theme = theme;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, null, message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        show(Alert.AlertType.INFORMATION, title, header, message);
    }

    private void show(Alert.AlertType type, String title, String header, String message) {
        ButtonType ok = new ButtonType(messages.get().get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(type, message, ok);
        alert.setTitle(title);
        alert.setHeaderText(header);
        showCustomDialogAndWait(alert);
    }

    @Override
    public <R> Optional<R> showCustomDialogAndWait(Dialog<R> dialog) {
        prepare(dialog);
        return dialog.showAndWait();
    }

    @Override
    public <R> void showCustomDialog(Dialog<R> dialog) {
        dialog.initModality(javafx.stage.Modality.NONE);
        prepare(dialog);
        dialog.show();
    }

    private void prepare(Dialog<?> dialog) {
        if (owner != null && owner.isShowing() && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        LinuxDialogs.prepare(dialog);
        dialog.setResizable(true);
        // long messages wrap instead of ending in "…"
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        theme.style(dialog.getDialogPane());
    }

    @Override
    public Optional<Path> showOpenDialog(String title, List<FileChooser.ExtensionFilter> filters) {
        return showOpenDialog(title, filters, null);
    }

    @Override
    public Optional<Path> showOpenDialog(String title, List<FileChooser.ExtensionFilter> filters, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> showOpenMultipleDialog(String title, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> showDirectoryDialog(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (lastSaveFolder != null && lastSaveFolder.isDirectory()) {
            chooser.setInitialDirectory(lastSaveFolder);
        }
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            lastSaveFolder = folder;
        }
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<Path> showSaveDialog(String title, String initialFileName,
                                         List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        if (!filters.isEmpty()) {
            chooser.setSelectedExtensionFilter(filters.get(0));
        }
        chooser.setInitialFileName(initialFileName);
        if (lastSaveFolder != null && lastSaveFolder.isDirectory()) {
            chooser.setInitialDirectory(lastSaveFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastSaveFolder = file.getParentFile();
        String name = file.getName();
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        if (name.indexOf('.') < 0 && chosen != null && !chosen.getExtensions().isEmpty()) {
            String ext = chosen.getExtensions().get(0).replace("*", "");
            if (ext.startsWith(".")) {
                return Optional.of(file.toPath().resolveSibling(name + ext));
            }
        }
        return Optional.of(file.toPath());
    }

    private static volatile File lastSaveFolder;
}
