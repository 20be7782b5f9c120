package org.planledger.store.progress;

import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.LightRules;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.progress.LightCalculator;

/**
 * Progress, close-out, extensions and lights. Every write is one transaction and is checked
 * first; every read takes an as-of date and sees only what was recorded as dated on or before it.
 * "Today" comes from the clock, so tests and the as-of view never depend on the real date.
 */
public final class ProgressStore {

    private final Ledger ledger;
    private final Clock clock;

    public ProgressStore(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long addEntry(NewEntry entry) {
        return ledger.inTransaction(c -> new ProgressWriter(c, clock).addEntry(entry));
    }

    /** The lead department says the item is done; at least one evidence file is required. */
    public long requestCloseOut(ItemKey item, long departmentId, LocalDate on, String explanation,
                                List<EvidenceFile> evidence) {
        return requestCloseOut(item, departmentId, on, explanation, evidence, List.of());
    }

    /**
     * As above; {@code attached} names evidence already stored on the task's entries or requests
     * (by id), which counts as the request's evidence too.
     */
    public long requestCloseOut(ItemKey item, long departmentId, LocalDate on, String explanation,
                                List<EvidenceFile> evidence, List<Long> attached) {
        return ledger.inTransaction(c -> new ProgressWriter(c, clock)
                .requestCloseOut(item, departmentId, on, explanation, evidence, List.copyOf(attached)));
    }

    /**
     * The manager accepts a close-out request (已销号). Accepting the whole task closes its
     * milestones that are not yet 已销号, on the same day, in the same transaction; they are returned.
     */
    public List<ItemState> acceptCloseOut(ItemKey item, LocalDate on, String note) {
        return ledger.inTransaction(c -> new ProgressWriter(c, clock).decideCloseOut(item, true, on, note));
    }

    /** The manager returns a close-out request with a reason (退回). */
    public void returnCloseOut(ItemKey item, LocalDate on, String reason) {
        ledger.inTransaction(c -> {
            new ProgressWriter(c, clock).decideCloseOut(item, false, on, reason);
            return null;
        });
    }

    /** Sets 未启动, 推进中, 暂缓 (with a reason) or 持续推进. */
    public void setStatus(ItemKey item, TaskStatus status, LocalDate on, String reason) {
        ledger.inTransaction(c -> {
            new ProgressWriter(c, clock).setStatus(item, status, on, reason);
            return null;
        });
    }

    public long requestExtension(ItemKey item, long departmentId, LocalDate on, LocalDate newDue, String reason) {
        return ledger.inTransaction(c -> new ProgressWriter(c, clock)
                .requestExtension(item, departmentId, on, newDue, reason));
    }

    public void decideExtension(long requestId, boolean accept, LocalDate on, String reason) {
        ledger.inTransaction(c -> {
            new ProgressWriter(c, clock).decideExtension(requestId, accept, on, reason);
            return null;
        });
    }

    /** The manager's light for an item, with a reason; {@code light} null returns it to the rules. */
    public void overrideLight(ItemKey item, Light light, LocalDate on, String reason) {
        ledger.inTransaction(c -> {
            new ProgressWriter(c, clock).overrideLight(item, light, on, reason);
            return null;
        });
    }

    public LightRules rules() {
        return ledger.read(c -> new SettingsQuery(c).rules());
    }

    public ReportingCycle cycle() {
        return ledger.read(c -> new SettingsQuery(c).cycle());
    }

    public void setRules(LightRules rules) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            new SettingsQuery(c).setRules(rules);
            return null;
        });
    }

    public void setCycle(ReportingCycle cycle) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            new SettingsQuery(c).setCycle(cycle);
            return null;
        });
    }

    /** The rules and the cycle together, in one transaction: both are saved, or neither. */
    public void setRulesAndCycle(LightRules rules, ReportingCycle cycle) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            SettingsQuery settings = new SettingsQuery(c);
            settings.setRules(rules);
            settings.setCycle(cycle);
            return null;
        });
    }

    /** Every live task and milestone of a plan (0: all plans) with its light, as of a date. */
    public List<ItemLight> lights(long planId, LocalDate asOf) {
        return ledger.read(c -> {
            SettingsQuery settings = new SettingsQuery(c);
            LightCalculator calc = new LightCalculator(settings.rules(), settings.cycle());
            List<ItemState> items = new ItemStateQuery(c).items(planId, 0, asOf, calc.cycle().lastClosed(asOf));
            List<ItemLight> result = new ArrayList<>(items.size());
            for (ItemState s : items) {
                result.add(new ItemLight(s, calc.verdict(s, asOf)));
            }
            return result;
        });
    }

    /** One task and its milestones with their lights, as of a date. */
    public List<ItemLight> taskLights(long taskId, LocalDate asOf) {
        return ledger.read(c -> {
            SettingsQuery settings = new SettingsQuery(c);
            LightCalculator calc = new LightCalculator(settings.rules(), settings.cycle());
            List<ItemLight> result = new ArrayList<>();
            for (ItemState s : new ItemStateQuery(c).items(0, taskId, asOf, calc.cycle().lastClosed(asOf))) {
                result.add(new ItemLight(s, calc.verdict(s, asOf)));
            }
            return result;
        });
    }

    public ProgressHistory history(long taskId, LocalDate asOf) {
        return ledger.read(c -> new HistoryQuery(c).history(taskId, asOf));
    }

    /**
     * The 工作台's requests and decisions in a plan as known on {@code asOf}: the extension requests
     * still waiting, and the manager's decisions dated from {@code from} on; departmentId 0 for every
     * department, else that department's requests and the decisions on the items it leads.
     */
    public DeskRequests desk(long planId, long departmentId, LocalDate from, LocalDate asOf) {
        return ledger.read(c -> new DeskQuery(c).read(planId, departmentId, from, asOf));
    }

    /** Who reported for which period, per lead department. */
    public ReportingGrid reporting(long planId, List<ReportingPeriod> periods, LocalDate asOf) {
        return ledger.read(c -> new ReportingQuery(c).grid(planId, periods, new SettingsQuery(c).cycle(), asOf));
    }

    /** The bytes of a stored evidence file, checked against its SHA-256. */
    public byte[] evidenceContent(long evidenceId) {
        return ledger.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content, sha256, name FROM evidence WHERE id = ?")) {
                ps.setLong(1, evidenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException(Text.of("progress.error.noSuchEvidence", evidenceId));
                    }
                    byte[] bytes = rs.getBytes(1);
                    if (!EvidenceFile.sha256(bytes).equals(rs.getString(2))) {
                        throw new StoreException(Text.of("progress.error.evidenceDamaged", rs.getString(3)));
                    }
                    return bytes;
                }
            }
        });
    }

    /** The years that have milestones in a plan (0: all plans), ascending: the plan's own years. */
    public List<Integer> milestoneYears(long planId) {
        return ledger.read(c -> {
            List<Integer> years = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT m.year FROM milestone m JOIN task t ON t.id = m.task_id "
                    + "WHERE m.withdrawn = 0 AND t.withdrawn = 0" + (planId == 0 ? "" : " AND t.plan_id = " + planId)
                    + " ORDER BY m.year");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
            }
            return years;
        });
    }
}
