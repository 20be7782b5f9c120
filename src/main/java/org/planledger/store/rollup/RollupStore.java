package org.planledger.store.rollup;

import org.planledger.store.Json;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.progress.ItemStateQuery;
import org.planledger.store.progress.SettingsQuery;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.planledger.i18n.Text;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.progress.LightCalculator;
import org.planledger.rollup.Assignment;
import org.planledger.rollup.RollupInput;
import org.planledger.rollup.RollupOptions;
import org.planledger.rollup.TaskPlace;

/**
 * Reads what a rollup is computed from, in one snapshot, and keeps the manager's weights and
 * counting options. The rollups themselves are {@link org.planledger.rollup.Rollup}'s.
 */
public final class RollupStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String OPTIONS = "rollup-options";

    private final Ledger ledger;
    private final Clock clock;

    public RollupStore(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Every live item of the plan with its light as of the day, with places, assignments, weights, options. */
    public RollupInput input(long planId, LocalDate asOf) {
        return ledger.read(c -> {
            SettingsQuery settings = new SettingsQuery(c);
            LightCalculator calc = new LightCalculator(settings.rules(), settings.cycle());
            List<ItemState> states = new ItemStateQuery(c).items(planId, 0, asOf, calc.cycle().lastClosed(asOf));
            List<ItemLight> items = new ArrayList<>(states.size());
            for (ItemState s : states) {
                items.add(new ItemLight(s, calc.verdict(s, asOf)));
            }
            int[] years = years(c, planId);
            return new RollupInput(asOf, years[0], years[1], items, places(c, planId), assignments(c, planId),
                    weights(c, planId), options(c));
        });
    }

    /** One task's items as of a day (after an edit), for {@link org.planledger.rollup.LiveItems}. */
    public List<ItemLight> taskItems(long taskId, LocalDate asOf) {
        return ledger.progress(clock).taskLights(taskId, asOf);
    }

    public RollupOptions options() {
        return ledger.read(RollupStore::options);
    }

    public void setOptions(RollupOptions options) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Sql.update(c, "INSERT INTO ledger_setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", OPTIONS, Json.write(options));
            return null;
        });
    }

    /** A task's weight in the weighted completion; 1 is the default and removes the setting. */
    public void setWeight(long taskId, double weight) {
        if (!(weight > 0 && weight <= 1000)) {
            throw new StoreException(Text.of("rollup.error.weight", String.valueOf(weight)));
        }
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            if (Sql.count(c, "SELECT count(*) FROM task WHERE id = ?", taskId) == 0) {
                throw new StoreException(Text.of("store.error.noSuchTask", taskId));
            }
            if (weight == 1.0) {
                Sql.update(c, "DELETE FROM task_weight WHERE task_id = ?", taskId);
            } else {
                Sql.update(c, "INSERT INTO task_weight (task_id, weight, updated_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (task_id) DO UPDATE SET weight = excluded.weight, updated_at = excluded.updated_at",
                        taskId, weight, ledger.now());
            }
            return null;
        });
    }

    /** The weights set for a plan's tasks (tasks not listed weigh 1). */
    public Map<Long, Double> weights(long planId) {
        return ledger.read(c -> weights(c, planId));
    }

    private static RollupOptions options(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM ledger_setting WHERE key = ?")) {
            ps.setString(1, OPTIONS);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return RollupOptions.DEFAULT;
                }
                var n = MAPPER.readTree(rs.getString(1));
                return new RollupOptions(n.path("countMilestones").asBoolean(), n.path("departmentIncludesCooperation").asBoolean());
            } catch (JsonProcessingException e) {
                return RollupOptions.DEFAULT;
            }
        }
    }

    private static int[] years(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT min(start_year), max(end_year) FROM plan"
                + (planId == 0 ? "" : " WHERE id = " + planId));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    private static Map<Long, TaskPlace> places(Connection c, long planId) throws SQLException {
        Map<Long, TaskPlace> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, ch.number, ch.title, s.number, s.title FROM task t "
                + "JOIN section s ON s.id = t.section_id JOIN chapter ch ON ch.id = s.chapter_id WHERE t.withdrawn = 0"
                + (planId == 0 ? "" : " AND t.plan_id = " + planId));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.put(rs.getLong(1), new TaskPlace(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5)));
            }
        }
        return map;
    }

    private static Map<Long, List<Assignment>> assignments(Connection c, long planId) throws SQLException {
        Map<Long, List<Assignment>> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.task_id, a.department_id, d.name, a.role "
                + "FROM task_assignment a JOIN department d ON d.id = a.department_id JOIN task t ON t.id = a.task_id "
                + "WHERE t.withdrawn = 0" + (planId == 0 ? "" : " AND t.plan_id = " + planId)
                + " ORDER BY a.task_id, a.role DESC, a.ordinal");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Assignment(rs.getLong(2), rs.getString(3), "LEAD".equals(rs.getString(4))));
            }
        }
        return map;
    }

    private static Map<Long, Double> weights(Connection c, long planId) throws SQLException {
        Map<Long, Double> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT w.task_id, w.weight FROM task_weight w JOIN task t "
                + "ON t.id = w.task_id" + (planId == 0 ? "" : " WHERE t.plan_id = " + planId));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.put(rs.getLong(1), rs.getDouble(2));
            }
        }
        return map;
    }
}
