package org.planledger.i18n;

import java.util.Locale;

/**
 * A file's size as Windows shows it in a file's properties: 812 字节, 12.3 KB, 1.4 MB, 2.1 GB,
 * counted in 1024s and written KB/MB/GB. One style for every size the app and the command line
 * show (backups, evidence files), so the same file never reads 12 KiB here and 12.3 KB there.
 */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private FileSizes() {
    }

    public static String text(Messages m, long bytes) {
        if (bytes < KB) {
            return m.get("size.bytes", String.valueOf(Math.max(0, bytes)));
        }
        if (bytes < MB) {
            return one(bytes / (double) KB) + " KB";
        }
        if (bytes < GB) {
            return one(bytes / (double) MB) + " MB";
        }
        return one(bytes / (double) GB) + " GB";
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
