package org.planledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings beside the ledger: saved whole, read back, readable by their owner only. */
class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBackAndAreOwnerOnly() throws Exception {
        Path file = dir.resolve("数据").resolve("settings.properties");
        Settings s = Settings.load(file);
        s.set(Settings.LAST_LEDGER, "/home/联络员/部门台账.planledger");
        s.save();
        s.set(Settings.LANGUAGE, "en");
        s.save();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Settings read = Settings.load(file);
        assertEquals("/home/联络员/部门台账.planledger", read.get(Settings.LAST_LEDGER));
        assertEquals("en", read.get(Settings.LANGUAGE));
        assertEquals(1, Files.list(file.getParent()).count(), "no temporary file left behind");
    }
}
