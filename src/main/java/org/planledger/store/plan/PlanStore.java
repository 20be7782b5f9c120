package org.planledger.store.plan;

import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.LedgerStats;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import org.planledger.i18n.Text;
import org.planledger.model.Comparison;
import org.planledger.model.Plan;
import org.planledger.model.TaskStatus;

/** The plans in a ledger: import, outline, task detail, status and search. */
public final class PlanStore {

    private final Ledger ledger;

    public PlanStore(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Writes an imported plan in one transaction; a plan of the same title is updated in place.
     * The backup before it is the caller's to ask for ({@code app.PlanImport}).
     */
    public ImportResult importPlan(Plan plan, String sourceName) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            return new PlanWriter(c, ledger.now()).write(plan, sourceName);
        });
    }

    public List<PlanSummary> plans() {
        return ledger.read(c -> {
            List<PlanSummary> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.title, p.document_number, p.start_year, "
                    + "p.end_year, (SELECT count(*) FROM task t WHERE t.plan_id = p.id AND t.withdrawn = 0), "
                    + "p.source_name, p.imported_at, p.updated_at, (SELECT pc.closed_on FROM plan_closure pc WHERE pc.plan_id = p.id), "
                    + "CASE WHEN EXISTS (SELECT 1 FROM evaluation e WHERE e.plan_id = p.id AND e.kind = 'FINAL') THEN 1 ELSE 0 END "
                    + "FROM plan p ORDER BY p.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new PlanSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getString(7), Instant.parse(rs.getString(8)),
                            Instant.parse(rs.getString(9)), rs.getString(10) == null ? null
                            : java.time.LocalDate.parse(rs.getString(10)), rs.getInt(11) == 1));
                }
            }
            return result;
        });
    }

    /** The outline of a plan, withdrawn tasks included (they show as withdrawn). */
    public Outline outline(long planId) {
        return ledger.read(c -> new OutlineQuery(c).outline(planId));
    }

    public TaskDetail task(long taskId) {
        return ledger.read(c -> {
            TaskDetail detail = new OutlineQuery(c).task(taskId);
            if (detail == null) {
                throw new StoreException(Text.of("store.error.noSuchTask", taskId));
            }
            return detail;
        });
    }

    /** Tasks whose title or text holds every word of the query; planId 0 searches all plans. */
    public List<SearchHit> search(long planId, String query, int limit) {
        return ledger.read(c -> new TaskSearch(c).search(planId, query, limit));
    }

    /** Counts for one plan, or for the whole ledger when planId is 0. */
    public LedgerStats stats(long planId) {
        return ledger.read(c -> {
            String plan = planId == 0 ? "" : " AND t.plan_id = " + planId;
            String planOf = planId == 0 ? "" : " WHERE plan_id = " + planId;
            int plans = planId == 0 ? Sql.count(c, "SELECT count(*) FROM plan") : 1;
            int chapters = Sql.count(c, "SELECT count(*) FROM chapter WHERE withdrawn = 0"
                    + (planId == 0 ? "" : " AND plan_id = " + planId));
            int sections = Sql.count(c, "SELECT count(*) FROM section s JOIN chapter ch ON ch.id = s.chapter_id "
                    + "WHERE s.withdrawn = 0 AND ch.withdrawn = 0" + (planId == 0 ? "" : " AND ch.plan_id = " + planId));
            int tasks = Sql.count(c, "SELECT count(*) FROM task t WHERE t.withdrawn = 0" + plan);
            int withdrawn = Sql.count(c, "SELECT count(*) FROM task t WHERE t.withdrawn = 1" + plan);
            var byYear = new TreeMap<Integer, Integer>();
            var byStatus = new LinkedHashMap<String, Integer>();
            var byAttribute = new LinkedHashMap<String, Integer>();
            groupCount(c, "SELECT m.year, count(*) FROM milestone m JOIN task t ON t.id = m.task_id "
                    + "WHERE m.withdrawn = 0 AND t.withdrawn = 0" + plan + " GROUP BY m.year",
                    (k, n) -> byYear.put(Integer.parseInt(k), n));
            for (TaskStatus s : TaskStatus.values()) {
                byStatus.put(s.name(), 0);
            }
            groupCount(c, "SELECT t.status, count(*) FROM task t WHERE t.withdrawn = 0" + plan + " GROUP BY t.status",
                    byStatus::put);
            int indicators = Sql.count(c, "SELECT count(*) FROM indicator" + planOf);
            groupCount(c, "SELECT coalesce(attribute, ''), count(*) FROM indicator" + planOf
                    + " GROUP BY attribute ORDER BY attribute", byAttribute::put);
            return new LedgerStats(plans, chapters, sections, tasks, withdrawn, byYear, indicators, byAttribute, byStatus);
        });
    }

    private interface GroupSink {
        void accept(String key, int count);
    }

    private static void groupCount(Connection c, String sql, GroupSink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(rs.getString(1), rs.getInt(2));
            }
        }
    }

    public static TaskDetail.MilestoneRow milestone(ResultSet rs) throws SQLException {
        String cmp = rs.getString("target_comparison");
        String value = rs.getString("target_value");
        return new TaskDetail.MilestoneRow(rs.getLong("id"), rs.getString("text"), rs.getInt("year"),
                LocalDate.parse(rs.getString("due_date")), rs.getString("target_text"),
                cmp == null ? null : Comparison.valueOf(cmp), value == null ? null : new BigDecimal(value),
                rs.getString("target_unit"));
    }
}
