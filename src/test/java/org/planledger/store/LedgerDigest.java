package org.planledger.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A digest of every row of every table: two ledgers with equal digests hold exactly the same. */
public final class LedgerDigest {

    private LedgerDigest() {
    }

    public static String of(Ledger ledger) {
        return ledger.read(c -> {
            MessageDigest md = sha256();
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                         + "AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                md.update(table.getBytes(StandardCharsets.UTF_8));
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            byte[] value = rs.getBytes(i);
                            row.append(value == null ? "-" : HexFormat.of().formatHex(value)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null); // tables without rowid have no natural order
                rows.forEach(r -> md.update(r.getBytes(StandardCharsets.US_ASCII)));
            }
            return HexFormat.of().formatHex(md.digest());
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
