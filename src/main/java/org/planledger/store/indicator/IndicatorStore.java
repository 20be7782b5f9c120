package org.planledger.store.indicator;

import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.planledger.i18n.Text;
import org.planledger.model.Indicator;
import org.planledger.model.IndicatorAttribute;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.IndicatorVerdict;
import org.planledger.model.Numbers;
import org.planledger.rollup.IndicatorEvaluator;

/**
 * The plan's indicators followed year by year. Values and judgements are only ever added; what
 * counts on a day is what was recorded on or before it. Every write is one transaction, checked
 * first; a refusal leaves the ledger as it was.
 */
public final class IndicatorStore {

    private final Ledger ledger;
    private final Clock clock;

    public IndicatorStore(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The indicators of a plan as they stood on a day, in the plan's order. */
    public List<IndicatorRow> indicators(long planId, LocalDate asOf) {
        return ledger.read(c -> rows(c, planId, 0, asOf));
    }

    public IndicatorRow indicator(long indicatorId, LocalDate asOf) {
        return ledger.read(c -> {
            List<IndicatorRow> rows = rows(c, 0, indicatorId, asOf);
            if (rows.isEmpty()) {
                throw new StoreException(Text.of("indicator.error.noSuchIndicator", indicatorId));
            }
            return rows.get(0);
        });
    }

    /** An actual value for a year, as the responsible department reports it. */
    public long recordValue(long indicatorId, int year, String value, LocalDate on, String source, String note,
                            Long departmentId) {
        return ledger.inTransaction(c -> {
            Info info = info(c, indicatorId);
            BigDecimal number = Numbers.parse(value);
            if (number == null) {
                throw refused("indicator.error.notNumber", value == null ? "" : value.strip(), info.name);
            }
            checkDate(on, info);
            if (year < info.startYear - 1 || year > on.getYear()) {
                throw refused("indicator.error.year", String.valueOf(year), info.name,
                        String.valueOf(info.startYear - 1), String.valueOf(on.getYear()));
            }
            if (departmentId != null && Sql.count(c, "SELECT count(*) FROM department WHERE id = ?", departmentId) == 0) {
                throw refused("progress.error.noSuchDepartment", departmentId);
            }
            requireOwnIndicator(c, indicatorId, departmentId);
            return Sql.insert(c, "INSERT INTO indicator_value (uid, indicator_id, year, value, recorded_on, source, note, "
                            + "department_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), indicatorId, year, IndicatorEvaluator.plain(number), on.toString(),
                    source == null ? "" : source.strip(), note == null ? "" : note.strip(), departmentId,
                    ledger.now());
        });
    }

    /** A department ledger records values only for the indicators its department reports. */
    private static void requireOwnIndicator(Connection c, long indicatorId, Long departmentId) throws SQLException {
        LedgerIdentity id = LedgerIdentity.read(c);
        if (!id.isDepartment()) {
            return;
        }
        Long owner = Sql.longOrNull(c, "SELECT department_id FROM indicator_profile WHERE indicator_id = ?", indicatorId);
        if (departmentId == null || !departmentId.equals(id.departmentId()) || !id.departmentId().equals(owner)) {
            throw new StoreException(org.planledger.store.Dialect.of(c).team()
                    ? Text.of("exchange.error.notOwnIndicator.team", id.departmentName())
                    : Text.of("exchange.error.notOwnIndicator", id.departmentName()));
        }
    }

    /** The manager's judgement of a target the rules cannot compute (a word target, or no baseline). */
    public long judge(long indicatorId, IndicatorVerdict verdict, LocalDate on, String reason) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Info info = info(c, indicatorId);
            if (verdict == null || !verdict.judgeable()) {
                throw refused("indicator.error.verdict");
            }
            checkDate(on, info);
            if (reason == null || reason.isBlank()) {
                throw refused("indicator.error.reasonRequired", info.name);
            }
            if (Numbers.parse(info.target) != null && Numbers.parse(info.baseline) != null) {
                throw refused("indicator.error.computed", info.name);
            }
            return Sql.insert(c, "INSERT INTO indicator_judgement (uid, indicator_id, verdict, judged_on, reason, "
                            + "recorded_at) VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), indicatorId,
                    verdict.name(), on.toString(), reason.strip(), ledger.now());
        });
    }

    /** Which way the indicator should move; null returns to what the plan implies. */
    public void setDirection(long indicatorId, IndicatorDirection direction) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            info(c, indicatorId);
            upsertProfile(c, indicatorId, "direction", direction == null ? null : direction.name());
            return null;
        });
    }

    /** The department that reports the indicator's values; null for none. */
    public void setDepartment(long indicatorId, Long departmentId) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            info(c, indicatorId);
            if (departmentId != null && Sql.count(c, "SELECT count(*) FROM department WHERE id = ?", departmentId) == 0) {
                throw refused("progress.error.noSuchDepartment", departmentId);
            }
            requireOwnIndicator(c, indicatorId, departmentId);
            upsertProfile(c, indicatorId, "department_id", departmentId);
            return null;
        });
    }

    private void upsertProfile(Connection c, long indicatorId, String column, Object value) throws SQLException {
        Sql.update(c, "INSERT INTO indicator_profile (indicator_id, " + column + ", updated_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (indicator_id) DO UPDATE SET " + column + " = excluded." + column
                + ", updated_at = excluded.updated_at", indicatorId, value, ledger.now());
    }

    private record Info(String name, String baseline, String target, int startYear) {
    }

    private static Info info(Connection c, long indicatorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.name, i.baseline, i.target, p.start_year "
                + "FROM indicator i JOIN plan p ON p.id = i.plan_id WHERE i.id = ?")) {
            ps.setLong(1, indicatorId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw refused("indicator.error.noSuchIndicator", indicatorId);
                }
                return new Info(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
            }
        }
    }

    private void checkDate(LocalDate on, Info info) {
        if (on == null) {
            throw refused("progress.error.dateMissing", Text.of("indicator.field.recordedOn"));
        }
        LocalDate start = LocalDate.of(info.startYear, 1, 1);
        if (on.isBefore(start)) {
            throw refused("progress.error.dateBeforePlan", Text.of("indicator.field.recordedOn"), on, start);
        }
        if (on.isAfter(today())) {
            throw refused("progress.error.dateInFuture", Text.of("indicator.field.recordedOn"), on, today());
        }
    }

    private static List<IndicatorRow> rows(Connection c, long planId, long indicatorId, LocalDate asOf) throws SQLException {
        String where = indicatorId != 0 ? "i.id = " + indicatorId : planId != 0 ? "i.plan_id = " + planId : "1 = 1";
        String day = asOf.toString();
        Map<Long, List<IndicatorRow.Value>> values = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.indicator_id, v.id, v.year, v.value, v.recorded_on, "
                + "v.source, v.note, v.department_id, d.name FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                + "LEFT JOIN department d ON d.id = v.department_id WHERE " + where + " AND v.recorded_on <= ? "
                + "ORDER BY v.year, v.recorded_on, v.id")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long dept = rs.getLong(8);
                    Long deptId = rs.wasNull() ? null : dept;
                    values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new IndicatorRow.Value(rs.getLong(2),
                            rs.getInt(3), new BigDecimal(rs.getString(4)), LocalDate.parse(rs.getString(5)), rs.getString(6),
                            rs.getString(7), deptId, rs.getString(9), false));
                }
            }
        }
        Map<Long, List<IndicatorRow.Judgement>> judgements = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT j.indicator_id, j.id, j.verdict, j.judged_on, j.reason "
                + "FROM indicator_judgement j JOIN indicator i ON i.id = j.indicator_id WHERE " + where
                + " AND j.judged_on <= ? ORDER BY j.judged_on, j.id")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    judgements.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new IndicatorRow.Judgement(
                            rs.getLong(2), IndicatorVerdict.valueOf(rs.getString(3)), LocalDate.parse(rs.getString(4)),
                            rs.getString(5)));
                }
            }
        }
        List<IndicatorRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.plan_id, i.group_name, i.number, i.name, i.unit, "
                + "i.baseline, i.target, i.attribute, i.footnoted, i.target_from_merged_cell, p.start_year, p.end_year, "
                + "f.direction, f.department_id, d.name FROM indicator i JOIN plan p ON p.id = i.plan_id "
                + "LEFT JOIN indicator_profile f ON f.indicator_id = i.id LEFT JOIN department d ON d.id = f.department_id "
                + "WHERE " + where + " ORDER BY i.plan_id, i.number");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String attribute = rs.getString(9);
                Indicator indicator = new Indicator(rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), attribute == null ? null : IndicatorAttribute.valueOf(attribute),
                        rs.getInt(10) == 1, rs.getInt(11) == 1);
                String set = rs.getString(14);
                IndicatorDirection direction = set == null ? IndicatorDirection.infer(indicator) : IndicatorDirection.valueOf(set);
                long dept = rs.getLong(15);
                Long deptId = rs.wasNull() ? null : dept;
                List<IndicatorRow.Value> raw = values.getOrDefault(id, List.of());
                Map<Integer, BigDecimal> actuals = new TreeMap<>();
                Map<Integer, Long> latestId = new HashMap<>();
                for (IndicatorRow.Value v : raw) {
                    actuals.put(v.year(), v.value());
                    latestId.put(v.year(), v.id());
                }
                List<IndicatorRow.Value> marked = raw.stream().map(v -> latestId.get(v.year()) == v.id() ? v
                        : new IndicatorRow.Value(v.id(), v.year(), v.value(), v.recordedOn(), v.source(), v.note(),
                        v.departmentId(), v.departmentName(), true)).toList();
                List<IndicatorRow.Judgement> js = judgements.getOrDefault(id, List.of());
                IndicatorRow.Judgement last = js.isEmpty() ? null : js.get(js.size() - 1);
                IndicatorEvaluator evaluator = new IndicatorEvaluator(rs.getInt(12) - 1, rs.getInt(13));
                rows.add(new IndicatorRow(id, rs.getLong(2), indicator, direction, set != null, deptId, rs.getString(16),
                        marked, actuals, js, evaluator.evaluate(indicator, direction, actuals,
                        last == null ? null : new IndicatorEvaluator.Judgement(last.verdict(), last.on(), last.reason()))));
            }
        }
        return rows;
    }

    private static StoreException refused(String key, Object... args) {
        return new StoreException(Text.of(key, args));
    }
}
