package org.planledger.testing;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;

/** Damage as an office meets it: bytes overwritten inside a ledger that SQLite still opens. */
public final class DamagedFiles {

    private DamagedFiles() {
    }

    /** A kilobyte of garbage over the first page of {@code table}: the file still opens as a ledger. */
    public static void writeGarbageInto(Path ledger, String table) throws Exception {
        long root;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            try (ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
                rs.next();
                root = rs.getLong(1);
            }
        }
        byte[] garbage = new byte[1024];
        new Random(16).nextBytes(garbage);
        try (RandomAccessFile f = new RandomAccessFile(ledger.toFile(), "rw")) {
            f.seek(16);
            int pageSize = f.readUnsignedShort();
            f.seek((root - 1) * (pageSize == 1 ? 65536 : pageSize));
            f.write(garbage);
        }
    }
}
