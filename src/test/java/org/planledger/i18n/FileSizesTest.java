package org.planledger.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.planledger.app.BackupWords;

/** Sizes read as Windows writes them (KB, MB, in 1024s), the same for a backup as for an evidence file. */
class FileSizesTest {

    private static final Messages ZH = Messages.chinese();

    @Test
    void bytesKilobytesAndMegabytesAsWindowsShowsThem() {
        assertEquals("300 字节", FileSizes.text(ZH, 300));
        assertEquals("2.0 KB", FileSizes.text(ZH, 2048));
        assertEquals("12.3 KB", FileSizes.text(ZH, 12_600));
        assertEquals("1.4 MB", FileSizes.text(ZH, 1_468_006));
        assertEquals("2.0 GB", FileSizes.text(ZH, 2L * 1024 * 1024 * 1024));
        assertEquals("300 bytes", FileSizes.text(Messages.forLanguage("en"), 300));
    }

    @Test
    void aBackupReadsInTheSameUnitsAsAnEvidenceFile() {
        assertEquals("12.3 KB", new BackupWords(ZH).size(12_600), "not 12 KiB");
        assertEquals("3.5 MB", new BackupWords(ZH).size(3_670_016), "not 3.5 MiB");
    }
}
