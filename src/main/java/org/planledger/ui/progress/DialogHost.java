package org.planledger.ui.progress;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.planledger.ui.common.DialogService;

/** Where the progress dialogs are shown and evidence files chosen. */
public interface DialogHost {

    <R> Optional<R> show(Dialog<R> dialog);

    /** Files the user picks to attach; empty when cancelled. */
    List<Path> chooseFiles(String title);

    /** Where to save a copy of a file; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String initialName);

    /** Through the window's dialog service (one file at a time, as the service chooses one). */
    static DialogHost of(DialogService dialogs) {
        return new DialogHost() {
            @Override
            public <R> Optional<R> show(Dialog<R> dialog) {
                return dialogs.showCustomDialogAndWait(dialog);
            }

            @Override
            public List<Path> chooseFiles(String title) {
                return dialogs.showOpenDialog(title, List.of()).map(List::of).orElse(List.of());
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String initialName) {
                return dialogs.showSaveDialog(title, initialName, List.of());
            }
        };
    }

    /** Owned by the window a node is in, styled like its scene (stylesheets and font). */
    static DialogHost ownedBy(Node node) {
        return new DialogHost() {
            @Override
            public <R> Optional<R> show(Dialog<R> dialog) {
                Scene scene = node.getScene();
                if (scene != null) {
                    if (dialog.getOwner() == null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                        dialog.initOwner(scene.getWindow());
                    }
                    for (String sheet : scene.getStylesheets()) {
                        if (!dialog.getDialogPane().getStylesheets().contains(sheet)) {
                            dialog.getDialogPane().getStylesheets().add(sheet);
                        }
                    }
                    if (scene.getRoot() != null) {
                        dialog.getDialogPane().setStyle(scene.getRoot().getStyle());
                    }
                }
                org.planledger.ui.common.LinuxDialogs.prepare(dialog);
                dialog.setResizable(true);
                dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
                return dialog.showAndWait();
            }

            @Override
            public List<Path> chooseFiles(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                Window owner = node.getScene() == null ? null : node.getScene().getWindow();
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String initialName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(initialName);
                Window owner = node.getScene() == null ? null : node.getScene().getWindow();
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
