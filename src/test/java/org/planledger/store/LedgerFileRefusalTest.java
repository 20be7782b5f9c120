package org.planledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.testing.TestClock;

/** A file that is not a ledger, or one from a newer PlanLedger, is refused and not changed by a byte (ledger files only). */
class LedgerFileRefusalTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotALedgerIsRefusedAndLeftUntouched() throws Exception {
        Path text = dir.resolve("notes.planledger");
        Files.writeString(text, "这不是台账");
        byte[] before = Files.readAllBytes(text);
        StoreException e = assertThrows(StoreException.class, () -> Ledger.open(text, TestClock.get()));
        assertEquals("文件“notes.planledger”不是规划任务台账文件，未作任何改动。", Messages.chinese().format(e.problem()));
        assertArrayEquals(before, Files.readAllBytes(text));

        Path otherDb = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + otherDb); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts (name TEXT)");
            st.execute("INSERT INTO contacts VALUES ('张三')");
        }
        byte[] dbBefore = Files.readAllBytes(otherDb);
        assertEquals("store.error.notLedger", assertThrows(StoreException.class, () -> Ledger.open(otherDb, TestClock.get())).problem().key());
        assertArrayEquals(dbBefore, Files.readAllBytes(otherDb));
        assertFalse(Files.exists(dir.resolve("other.db-wal")));
    }

    @Test
    void aLedgerFromANewerPlanLedgerIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.planledger");
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            ledger.inTransaction(c -> Sql.update(c, "INSERT INTO flyway_schema_history (installed_rank, version, "
                    + "description, type, script, checksum, installed_by, installed_on, execution_time, success) "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, '', '2030-01-01', 0, 1)"));
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, TestClock.get()));
        assertEquals("store.error.newerLedger", e.problem().key());
        assertTrue(Messages.chinese().format(e.problem()).contains("更新版本"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
