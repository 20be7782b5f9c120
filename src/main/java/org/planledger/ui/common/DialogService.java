package org.planledger.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser;

/** Every dialog the app shows goes through here, so tests can answer them (JabRef's DialogService). */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String header, String message);

    /** Shows a dialog built by a feature, styled like the app, and waits for its answer. */
    <R> Optional<R> showCustomDialogAndWait(Dialog<R> dialog);

    /**
     * Shows a dialog without waiting and without blocking the window behind it: the progress of
     * background work, while the user keeps reading. The caller closes it.
     */
    <R> void showCustomDialog(Dialog<R> dialog);

    Optional<Path> showOpenDialog(String title, List<FileChooser.ExtensionFilter> filters);

    /** A file to open, the chooser starting in {@code folder} (where it exists). */
    default Optional<Path> showOpenDialog(String title, List<FileChooser.ExtensionFilter> filters, Path folder) {
        return showOpenDialog(title, filters);
    }

    /** Asks for one or more files to open; empty when the user cancelled. */
    List<Path> showOpenMultipleDialog(String title, List<FileChooser.ExtensionFilter> filters);

    /** Asks for a folder. */
    Optional<Path> showDirectoryDialog(String title);

    /**
     * Asks where to save a file. The answer carries the extension of the chosen filter when the
     * user typed a name without one.
     */
    Optional<Path> showSaveDialog(String title, String initialFileName, List<FileChooser.ExtensionFilter> filters);

    /**
     * Says a file was written, with 打开文件 and 打开所在文件夹 beside 确定, so the user need not go
     * looking for it.
     */
    default void showWritten(String title, String header, String message, Path file) {
        showInformation(title, header, message);
    }

    /**
     * Hands a file or folder to the system's program (Word or WPS for a .docx, the file manager
     * for a folder) without waiting; a PC that cannot is told in words under {@code title}.
     */
    default void openOnDesktop(Path fileOrFolder, String title) {
    }

    /** Save and folder dialogs start where the user last saved (else in Documents); see {@link FolderMemory}. */
    default void rememberFolders(FolderMemory folders) {
    }
}
