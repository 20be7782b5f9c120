package org.planledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.Settings;

/** Save dialogs start in Documents, then where the user last saved — after a restart too. */
class FolderMemoryTest {

    @TempDir
    Path dir;

    @Test
    void documentsFirstThenTheLastFolderUsedKeptAcrossARestart() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path settingsFile = dir.resolve("app/settings.properties");
        FolderMemory first = new FolderMemory(Settings.load(settingsFile), new CurrentThreadTaskExecutor(), home);
        assertEquals(home, first.initial(), "no Documents folder: home, not the program's folder");

        Path documents = Files.createDirectories(home.resolve("文档"));
        assertEquals(documents, first.initial(), "a Chinese desktop's 文档");

        Path reports = Files.createDirectories(dir.resolve("报送材料/2026年11月"));
        first.used(reports);
        assertEquals(reports, first.initial());

        FolderMemory afterRestart = new FolderMemory(Settings.load(settingsFile), new CurrentThreadTaskExecutor(), home);
        assertEquals(reports, afterRestart.initial(), "remembered in the settings");

        Files.delete(reports);
        assertEquals(documents, afterRestart.initial(), "a folder since removed: back to Documents");
    }
}
