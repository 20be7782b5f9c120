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
        nameStockButtons(dialog);
        dialog.setResizable(true);
        // long messages wrap instead of ending in "…"
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        theme.style(dialog.getDialogPane());
    }

    /**
     * JavaFX names its stock buttons (OK, Cancel, Close) in the computer's language, not the one the
     * window speaks: a Chinese window on an English system asked "OK / Cancel" before 终结规划.
     */
    private void nameStockButtons(Dialog<?> dialog) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            String key = type == ButtonType.OK ? "ui.button.ok" : type == ButtonType.CANCEL ? "ui.button.cancel"
                    : type == ButtonType.CLOSE ? "ui.button.close" : null;
            if (key != null && dialog.getDialogPane().lookupButton(type) instanceof javafx.scene.control.Button b) {
                b.setText(messages.get().get(key));
            }
        }
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
        chooser.setInitialDirectory(initialFolder());
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            usedFolder(folder);
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
        chooser.setInitialDirectory(initialFolder());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        usedFolder(file.getParentFile());
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

    private FolderMemory folders;

    @Override
    public void rememberFolders(FolderMemory folders) {
        this.folders = folders;
    }

    /** The folder a save dialog starts in; never the program's own folder. */
    public File initialFolder() {
        if (folders != null) {
            return folders.initial().toFile();
        }
        return FolderMemory.documents(java.nio.file.Path.of(System.getProperty("user.home"))).toFile();
    }

    private void usedFolder(File folder) {
        if (folders != null && folder != null) {
            folders.used(folder.toPath());
        }
    }

    @Override
    public void showWritten(String title, String header, String message, Path file) {
        Messages m = messages.get();
        ButtonType openFile = new ButtonType(m.get("ui.written.openFile"), ButtonBar.ButtonData.LEFT);
        ButtonType openFolder = new ButtonType(m.get("ui.written.openFolder"), ButtonBar.ButtonData.LEFT);
        ButtonType ok = new ButtonType(m.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, openFile, openFolder, ok);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("written-dialog");
        alert.getDialogPane().lookupButton(openFile).setId("written-open-file");
        alert.getDialogPane().lookupButton(openFolder).setId("written-open-folder");
        Optional<ButtonType> answer = showCustomDialogAndWait(alert);
        Path absolute = file.toAbsolutePath();
        if (answer.filter(openFile::equals).isPresent()) {
            open(absolute, title);
        } else if (answer.filter(openFolder::equals).isPresent()) {
            open(absolute.getParent(), title);
        }
    }

    @Override
    public void openOnDesktop(Path fileOrFolder, String title) {
        open(fileOrFolder.toAbsolutePath(), title);
    }

    /**
     * Hands a file or folder to the desktop (Explorer, the file manager, Excel) off the FX thread;
     * a PC that cannot is told in the user's words. Tests override it.
     */
    protected void open(Path fileOrFolder, String title) {
        Thread opener = new Thread(() -> {
            try {
                DesktopOpen.open(fileOrFolder);
            } catch (java.io.IOException | RuntimeException e) {
                javafx.application.Platform.runLater(() -> showError(title,
                        messages.get().get("ui.written.openFailed", fileOrFolder.toString())));
            }
        }, "planledger-open");
        opener.setDaemon(true);
        opener.start();
    }
}
