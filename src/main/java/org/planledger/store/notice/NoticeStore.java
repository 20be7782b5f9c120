package org.planledger.store.notice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.store.Json;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;

/**
 * The register of documents issued (督办台账): numbers, what each was about, 签收, the answer,
 * closing; the office's settings for its documents; the counters per item. Every write is one
 * transaction, the manager's only (a department's login is refused by the database as well).
 */
public final class NoticeStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SETTINGS = "notice-settings";
    private static final String ESCALATION = "notice-escalation";

    private final Ledger ledger;
    private final Clock clock;

    public NoticeStore(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public NoticeSettings settings() {
        return ledger.read(NoticeStore::settings);
    }

    public void setSettings(NoticeSettings settings) {
        if (settings.prefix().isEmpty()) {
            throw new StoreException(Text.of("notice.error.noPrefix"));
        }
        if (settings.feedbackWorkingDays() < 1 || settings.feedbackWorkingDays() > 30) {
            throw new StoreException(Text.of("notice.error.feedbackDays", settings.feedbackWorkingDays()));
        }
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            return Sql.update(c, "INSERT INTO ledger_setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", SETTINGS, Json.write(settings));
        });
    }

    private static NoticeSettings settings(Connection c) throws SQLException {
        String json = Sql.string(c, "SELECT value FROM ledger_setting WHERE key = ?", SETTINGS);
        NoticeSettings d = NoticeSettings.DEFAULT;
        if (json == null) {
            return d;
        }
        try {
            JsonNode n = MAPPER.readTree(json);
            return new NoticeSettings(n.path("office").asText(d.office()), n.path("prefix").asText(d.prefix()),
                    n.path("contact").asText(""), n.path("phone").asText(""),
                    n.path("feedbackWorkingDays").asInt(d.feedbackWorkingDays()),
                    names(n, "bodyFonts", d.bodyFonts()), names(n, "titleFonts", d.titleFonts()),
                    names(n, "heading1Fonts", d.heading1Fonts()), names(n, "heading2Fonts", d.heading2Fonts()),
                    names(n, "tableFonts", d.tableFonts()));
        } catch (java.io.IOException | RuntimeException e) {
            return d; // settings written by something else: the defaults, as for the light rules
        }
    }

    private static List<String> names(JsonNode n, String field, List<String> fallback) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(x -> out.add(x.asText()));
        return out.isEmpty() ? fallback : out;
    }

    /** The next free serial number of the year under the prefix: one past the highest used. */
    public int nextSerial(String prefix, int year) {
        return ledger.read(c -> Sql.count(c, "SELECT coalesce(max(serial), 0) FROM notice WHERE prefix = ? AND year = ?",
                prefix, year) + 1);
    }

    /** Whether a document of the register already has this number. */
    public boolean numberUsed(String number) {
        return ledger.read(c -> Sql.count(c, "SELECT count(*) FROM notice WHERE number = ?", number) > 0);
    }

    /**
     * Enters the documents in the register, in one transaction, and runs {@code alsoBeforeCommit}
     * inside it (the documents' files are moved into place there): if it throws, nothing is
     * registered. A number already used, a document about no item, a department or 督办单 that
     * does not exist is refused in words, with nothing registered.
     */
    public List<Notice> issue(List<NewNotice> notices, Runnable alsoBeforeCommit) {
        return register(notices, c -> alsoBeforeCommit.run());
    }

    /** One more step of the register's transaction. */
    private interface Step {
        void run(Connection c) throws SQLException;
    }

    private List<Notice> register(List<NewNotice> notices, Step alsoBeforeCommit) {
        if (notices.isEmpty()) {
            throw new StoreException(Text.of("notice.error.nothingSelected"));
        }
        String recordedAt = Instant.now(clock).toString();
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            List<Long> ids = new ArrayList<>();
            for (NewNotice n : notices) {
                ids.add(insert(c, n, recordedAt));
            }
            alsoBeforeCommit.run(c);
            List<Notice> issued = new ArrayList<>();
            for (long id : ids) {
                issued.add(read(c, "n.id = ?", id).get(0));
            }
            return issued;
        });
    }

    /**
     * Registers documents written under temporary names, recording which temporary file becomes
     * which document in the same transaction ({@link PendingDocuments}): once this returns the
     * numbers are taken, and the caller moves the files into place, then {@link #settle}s. A
     * process killed in between has its moves finished by the next opening of the ledger.
     */
    public List<Notice> issue(List<NewNotice> notices, PendingDocuments documents) {
        return register(notices, documents::record);
    }

    /** The documents are in place: their record of temporary names goes. */
    public void settle(PendingDocuments documents) {
        ledger.inTransaction(c -> {
            documents.drop(c);
            return null;
        });
    }

    /**
     * Takes back entries whose documents could not be moved into place after all (a file locked
     * at the last moment): the numbers were never shown to anyone, and are free again.
     */
    public void withdraw(List<Notice> issued, PendingDocuments documents) {
        ledger.inTransaction(c -> {
            for (Notice n : issued) {
                Sql.update(c, "DELETE FROM notice_item WHERE notice_id = (SELECT id FROM notice WHERE number = ?)", n.number());
                Sql.update(c, "DELETE FROM notice WHERE number = ?", n.number());
            }
            documents.drop(c);
            return null;
        });
    }

    private static long insert(Connection c, NewNotice n, String recordedAt) throws SQLException {
        if (n.items().isEmpty() && n.kind() != NoticeKind.BULLETIN) {
            throw new StoreException(Text.of("notice.error.nothingSelected"));
        }
        if (n.serial() < 1) {
            throw new StoreException(Text.of("notice.error.badSerial", n.serial()));
        }
        if (Sql.count(c, "SELECT count(*) FROM notice WHERE number = ?", n.number()) > 0) {
            throw new StoreException(Text.of("notice.error.numberUsed", n.number(),
                    Sql.string(c, "SELECT issued_on FROM notice WHERE number = ?", n.number())));
        }
        if (n.departmentId() != null && Sql.count(c, "SELECT count(*) FROM department WHERE id = ?", n.departmentId()) == 0) {
            throw new StoreException(Text.of("notice.error.noSuchDepartment", n.departmentId()));
        }
        if (n.feedbackDue() != null && n.feedbackDue().isBefore(n.issuedOn())) {
            throw new StoreException(Text.of("notice.error.feedbackBeforeIssue", n.feedbackDue(), n.issuedOn()));
        }
        Long refersTo = null;
        if (n.refersTo() != null) {
            refersTo = Sql.nullableLong(c, "SELECT id FROM notice WHERE number = ?", n.refersTo());
            if (refersTo == null) {
                throw new StoreException(Text.of("notice.error.noSuchNumber", n.refersTo()));
            }
        }
        long id = Sql.insert(c, "INSERT INTO notice (number, prefix, year, serial, kind, colour, department_id, refers_to_id, "
                        + "issued_on, feedback_due, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.number(), n.prefix(), n.year(), n.serial(), n.kind().name(), n.colour() == null ? null : n.colour().name(),
                n.departmentId(), refersTo, n.issuedOn().toString(), n.feedbackDue() == null ? null : n.feedbackDue().toString(),
                recordedAt);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice_item (notice_id, task_id, milestone_id, light, reason) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            for (NewNotice.Item item : n.items()) {
                Sql.execute(ps, id, item.key().taskId(), item.key().milestoneId(), item.light().name(), item.reason());
            }
        }
        return id;
    }

    /** Every document of the register, oldest first (by year and number). */
    public List<Notice> all() {
        return ledger.read(c -> read(c, null));
    }

    /** The document with this number. */
    public Optional<Notice> byNumber(String number) {
        return ledger.read(c -> read(c, "n.number = ?", number).stream().findFirst());
    }

    /**
     * Records that the department signed for the document (签收) on a day, not before it was
     * issued. The manager records it for any department; a department (its ledger, or its login
     * on a team ledger) for the documents addressed to it only — its next report carries the date
     * to the manager's ledger. A date recorded once is never overwritten.
     */
    public Notice recordReceipt(String number, LocalDate signedOn) {
        return ledger.inTransaction(c -> {
            LedgerIdentity me = LedgerIdentity.read(c);
            Notice n = existing(c, number);
            if (me.isDepartment() && !Long.valueOf(me.departmentId()).equals(n.departmentId())) {
                throw new StoreException(Text.of("notice.error.notAddressedToYou", number, me.departmentName()));
            }
            if (signedOn.isBefore(n.issuedOn())) {
                throw new StoreException(Text.of("notice.error.signedBeforeIssue", number, signedOn, n.issuedOn()));
            }
            if (signedOn.isAfter(LocalDate.now(clock))) {
                throw new StoreException(Text.of("notice.error.signedInFuture", number, signedOn));
            }
            if (n.signedOn() != null) {
                throw new StoreException(Text.of("notice.error.alreadySigned", number, n.signedOn()));
            }
            Sql.update(c, "UPDATE notice SET signed_on = ? WHERE id = ?", signedOn.toString(), n.id());
            return read(c, "n.id = ?", n.id()).get(0);
        });
    }

    /**
     * Links the progress entry that answered the document: one written by the department it was
     * addressed to, on one of its items' tasks, not before it was issued.
     */
    public Notice recordFeedback(String number, long entryId) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Notice n = existing(c, number);
            String writtenOn;
            long department;
            long task;
            try (PreparedStatement ps = Sql.prepare(c, "SELECT written_on, department_id, task_id FROM progress_entry WHERE id = ?", entryId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(Text.of("notice.error.noSuchEntry", entryId));
                }
                writtenOn = rs.getString(1);
                department = rs.getLong(2);
                task = rs.getLong(3);
            }
            boolean onItsItems = n.items().stream().anyMatch(i -> i.key().taskId() == task);
            if (!onItsItems || (n.departmentId() != null && n.departmentId() != department)
                    || LocalDate.parse(writtenOn).isBefore(n.issuedOn())) {
                throw new StoreException(Text.of("notice.error.notAnAnswer", entryId, number));
            }
            Sql.update(c, "UPDATE notice SET feedback_entry_id = ?, feedback_on = ? WHERE id = ?", entryId, writtenOn, n.id());
            return read(c, "n.id = ?", n.id()).get(0);
        });
    }

    /** Closes the document (办结): nothing more is expected of it. */
    public Notice close(String number, LocalDate on) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Notice n = existing(c, number);
            if (on.isBefore(n.issuedOn())) {
                throw new StoreException(Text.of("notice.error.closedBeforeIssue", number, on, n.issuedOn()));
            }
            Sql.update(c, "UPDATE notice SET closed_on = ? WHERE id = ?", on.toString(), n.id());
            return read(c, "n.id = ?", n.id()).get(0);
        });
    }

    /** The counters of every item that has been the subject of a document. */
    public Map<ItemKey, NoticeCounts> counts() {
        return ledger.read(c -> counts(c, ""));
    }

    /** The counters of a task's items (the task and its milestones) that have been the subject of a document. */
    public Map<ItemKey, NoticeCounts> counts(long taskId) {
        return ledger.read(c -> counts(c, " WHERE i.task_id = ?", taskId));
    }

    /** The documents about a task or one of its milestones, oldest first. */
    public List<Notice> about(long taskId) {
        return ledger.read(c -> read(c, "n.id IN (SELECT notice_id FROM notice_item WHERE task_id = ?)", taskId));
    }

    /** When an item's documents call for more (the second yellow → 专函督办); the default until the manager sets one. */
    public EscalationRule escalation() {
        return ledger.read(c -> {
            String json = Sql.string(c, "SELECT value FROM ledger_setting WHERE key = ?", ESCALATION);
            if (json == null) {
                return EscalationRule.DEFAULT;
            }
            try {
                JsonNode n = MAPPER.readTree(json);
                return new EscalationRule(n.path("timesYellow").asInt(EscalationRule.DEFAULT.timesYellow()),
                        n.path("timesRed").asInt(EscalationRule.DEFAULT.timesRed()),
                        n.path("action").asText(EscalationRule.DEFAULT.action()));
            } catch (java.io.IOException | RuntimeException e) {
                return EscalationRule.DEFAULT; // written by something else: the default, as for the other settings
            }
        });
    }

    /** Sets the escalation rule, in one transaction; a rule that can never be met or names no step is refused in words. */
    public void setEscalation(EscalationRule rule) {
        rule.check();
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            return Sql.update(c, "INSERT INTO ledger_setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", ESCALATION, Json.write(rule));
        });
    }

    private static Map<ItemKey, NoticeCounts> counts(Connection c, String where, Object... args) throws SQLException {
        Map<ItemKey, int[]> raw = new HashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT i.task_id, i.milestone_id, i.light, n.kind FROM notice_item i "
                + "JOIN notice n ON n.id = i.notice_id" + where, args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long ms = rs.getLong(2);
                ItemKey key = rs.wasNull() ? ItemKey.task(rs.getLong(1)) : ItemKey.milestone(rs.getLong(1), ms);
                int[] k = raw.computeIfAbsent(key, x -> new int[3]);
                boolean supervision = NoticeKind.SUPERVISION.name().equals(rs.getString(4));
                if (supervision && Light.YELLOW.name().equals(rs.getString(3))) {
                    k[0]++;
                }
                if (supervision && Light.RED.name().equals(rs.getString(3))) {
                    k[1]++;
                }
                k[2]++;
            }
        }
        Map<ItemKey, NoticeCounts> out = new HashMap<>();
        raw.forEach((key, k) -> out.put(key, new NoticeCounts(k[0], k[1], k[2])));
        return out;
    }

    private static Notice existing(Connection c, String number) throws SQLException {
        List<Notice> found = read(c, "n.number = ?", number);
        if (found.isEmpty()) {
            throw new StoreException(Text.of("notice.error.noSuchNumber", number));
        }
        return found.get(0);
    }

    private static List<Notice> read(Connection c, String where, Object... args) throws SQLException {
        Map<Long, List<Notice.Item>> items = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        String sql = "SELECT n.id, n.number, n.kind, n.colour, n.year, n.serial, n.issued_on, n.department_id, d.name, "
                + "n.feedback_due, n.signed_on, n.feedback_entry_id, n.feedback_on, n.closed_on, r.number "
                + "FROM notice n LEFT JOIN department d ON d.id = n.department_id LEFT JOIN notice r ON r.id = n.refers_to_id"
                + (where == null ? "" : " WHERE " + where) + " ORDER BY n.year, n.prefix, n.serial, n.id";
        try (PreparedStatement ps = Sql.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] row = new Object[15];
                for (int i = 0; i < 15; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
                items.put(rs.getLong(1), new ArrayList<>());
            }
        }
        if (!rows.isEmpty()) {
            String itemSql = "SELECT i.notice_id, i.task_id, i.milestone_id, t.code, i.light, i.reason FROM notice_item i "
                    + "JOIN task t ON t.id = i.task_id JOIN notice n ON n.id = i.notice_id"
                    + (where == null ? "" : " WHERE " + where) + " ORDER BY i.notice_id, i.id";
            try (PreparedStatement ps = Sql.prepare(c, itemSql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ms = rs.getLong(3);
                    ItemKey key = rs.wasNull() ? ItemKey.task(rs.getLong(2)) : ItemKey.milestone(rs.getLong(2), ms);
                    List<Notice.Item> list = items.get(rs.getLong(1));
                    if (list != null) {
                        list.add(new Notice.Item(key, rs.getString(4), Light.valueOf(rs.getString(5)), rs.getString(6)));
                    }
                }
            }
        }
        List<Notice> out = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.add(new Notice(id, (String) r[1], NoticeKind.valueOf((String) r[2]),
                    r[3] == null ? null : NoticeColour.valueOf((String) r[3]), ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue(), day(r[6]), r[7] == null ? null : ((Number) r[7]).longValue(), (String) r[8],
                    day(r[9]), day(r[10]), r[11] == null ? null : ((Number) r[11]).longValue(), day(r[12]), day(r[13]),
                    (String) r[14], items.get(id)));
        }
        return out;
    }

    private static LocalDate day(Object iso) {
        return iso == null ? null : LocalDate.parse(iso.toString());
    }
}
