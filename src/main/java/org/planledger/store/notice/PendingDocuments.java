package org.planledger.store.notice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;

/**
 * The documents of a register entry that are still under their temporary names. A register
 * number and its document live in two places, the ledger and a folder, and no single step writes
 * both: the register commits first, recording which temporary file becomes which document, then
 * the files are moved into place and the record is dropped. A process killed between the two
 * leaves the record; the next opening of the ledger finishes the moves for it
 * ({@link #recover}). So a number is never left without its document, and a document never
 * appears under a number the register does not hold (a kill before the commit leaves only hidden
 * temporary files).
 */
public final class PendingDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PREFIX = "documents-pending:";

    private final String id;
    /** Temporary file → the document's name, both absolute. */
    private final Map<Path, Path> moves;

    public PendingDocuments(Map<Path, Path> moves) {
        this.id = UUID.randomUUID().toString();
        this.moves = new LinkedHashMap<>(moves);
    }

    String key() {
        return PREFIX + id;
    }

    /** Recorded in the register's own transaction, with the process that will do the moves. */
    void record(Connection c) throws SQLException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("host", host());
        value.put("pid", ProcessHandle.current().pid());
        value.put("started", ProcessHandle.current().info().startInstant().map(Object::toString).orElse(""));
        List<List<String>> pairs = new ArrayList<>();
        moves.forEach((temp, target) -> pairs.add(List.of(temp.toString(), target.toString())));
        value.put("moves", pairs);
        try {
            Sql.update(c, "INSERT INTO ledger_setting (key, value) VALUES (?, ?)", key(), MAPPER.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The moves are done (or taken back): the record goes. */
    void drop(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM ledger_setting WHERE key = ?", key());
    }

    /**
     * Finishes the moves of writers that ended before they could (killed, power lost): each
     * temporary file still there is moved onto its document's name. Moves of a process still
     * running are its own. A folder that cannot be reached now keeps its record for a later
     * opening. Returns how many documents were put in place.
     */
    public static int recover(Ledger ledger) {
        Map<String, String> pending = ledger.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (var ps = Sql.prepare(c, "SELECT key, value FROM ledger_setting WHERE key LIKE ?", PREFIX + "%");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
        int placed = 0;
        for (Map.Entry<String, String> p : pending.entrySet()) {
            JsonNode v;
            try {
                v = MAPPER.readTree(p.getValue());
            } catch (IOException e) {
                continue;
            }
            // a team ledger's office may issue from another computer: its moves are its own
            if (!host().equals(v.path("host").asText("")) || running(v.path("pid").asLong(-1), v.path("started").asText(""))) {
                continue;
            }
            boolean done = true;
            for (JsonNode pair : v.path("moves")) {
                Path temp = Path.of(pair.get(0).asText());
                Path target = Path.of(pair.get(1).asText());
                try {
                    if (Files.exists(temp)) {
                        move(temp, target);
                        placed++;
                    }
                    // what the killed writer had set aside of a file its document replaces
                    Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + ".old"));
                } catch (IOException | RuntimeException e) {
                    done = false;
                }
            }
            if (done) {
                try {
                    ledger.inTransaction(c -> Sql.update(c, "DELETE FROM ledger_setting WHERE key = ?", p.getKey()));
                } catch (StoreException e) {
                    // a ledger that cannot be written now: the next opening tries again
                }
            }
        }
        return placed;
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean running(long pid, String started) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> started.isEmpty() || h.info().startInstant().map(Object::toString).orElse("").equals(started))
                .isPresent();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
