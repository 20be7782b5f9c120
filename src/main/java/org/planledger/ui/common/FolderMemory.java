package org.planledger.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.planledger.app.Settings;

/**
 * Where save dialogs start: the folder the user last saved into (kept in the settings, so it
 * holds after a restart), else their Documents folder, else their home — never the program's
 * folder, where the file chooser starts on its own and an office user would never look.
 */
public final class FolderMemory {

    private final Settings settings;
    private final TaskExecutor executor;
    private final Path home;

    public FolderMemory(Settings settings, TaskExecutor executor, Path home) {
        this.settings = settings;
        this.executor = executor;
        this.home = home;
    }

    /** For the signed-in user. */
    public static FolderMemory forUser(Settings settings, TaskExecutor executor) {
        return new FolderMemory(settings, executor, Path.of(System.getProperty("user.home")));
    }

    public Path initial() {
        String last = settings.get(Settings.LAST_FOLDER);
        if (!last.isBlank()) {
            Path folder = Path.of(last);
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return documents(home);
    }

    /** Documents (Windows, English Linux), 文档 (Chinese Linux desktops), else home itself. */
    static Path documents(Path home) {
        for (String name : List.of("Documents", "文档", "My Documents")) {
            Path folder = home.resolve(name);
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return home;
    }

    /** The user saved into this folder: the next dialog starts here, this run and the next. */
    public void used(Path folder) {
        if (folder == null || folder.toString().equals(settings.get(Settings.LAST_FOLDER))) {
            return;
        }
        settings.set(Settings.LAST_FOLDER, folder.toAbsolutePath().toString());
        BackgroundTask.wrap(() -> {
            settings.save();
            return null;
        }).executeWith(executor);
    }
}
