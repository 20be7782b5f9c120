package org.planledger.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.planledger.model.Department;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeKind;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemLight;
import org.planledger.store.Ledger;
import org.planledger.store.notice.Notice;
import org.planledger.store.progress.DeskRequests;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.progress.ReportingGrid;

/**
 * What the 工作台's line sources share, read once per desk: the plan's lights on the day, the last
 * closed reporting period, and — read the first time a source asks — who reported for it, the
 * lights at its end, the requests and decisions, the departments, the register of 督办单. On the ledger's thread only.
 */
public final class DeskReading {

    private final Ledger ledger;
    private final Clock clock;
    private final ProgressStore progress;
    private final long planId;
    private final LocalDate day;
    private final Long department;
    private final ReportingCycle cycle;
    private final ReportingPeriod lastClosed;
    private final List<ItemLight> lights;
    private final Map<ItemKey, ItemLight> byKey = new HashMap<>();
    private final Supplier<ReportingGrid> reporting;
    private final Supplier<Map<ItemKey, Light>> lightsAtPeriodEnd;
    private final Supplier<DeskRequests> requests;
    private final Supplier<Map<Long, Department>> departments;
    private final Supplier<List<Notice>> register;
    private final Supplier<Map<ItemKey, LastNotice>> lastNotices;

    /** The last 督办单 an item was on: its number, its day, and the item's light as printed on it. */
    public record LastNotice(String number, LocalDate issuedOn, Light light) {
    }

    /** @param department the department whose desk this is; null for the manager's */
    DeskReading(Ledger ledger, Clock clock, long planId, LocalDate day, Long department) {
        this.ledger = ledger;
        this.clock = clock;
        this.progress = ledger.progress(clock);
        this.planId = planId;
        this.day = day;
        this.department = department;
        this.cycle = progress.cycle();
        this.lastClosed = cycle.lastClosed(day);
        this.lights = progress.lights(planId, day);
        lights.forEach(l -> byKey.put(l.item().key(), l));
        this.reporting = once(() -> progress.reporting(planId, List.of(lastClosed), day));
        this.lightsAtPeriodEnd = once(() -> {
            Map<ItemKey, Light> then = new HashMap<>();
            progress.lights(planId, lastClosed.end()).forEach(l -> then.put(l.item().key(), l.verdict().light()));
            return then;
        });
        this.requests = once(() -> progress.desk(planId, department == null ? 0 : department, lastClosed.start(), day));
        this.departments = once(() -> {
            Map<Long, Department> map = new HashMap<>();
            ledger.departments().all().forEach(d -> map.put(d.id(), d));
            return map;
        });
        this.register = once(() -> ledger.notices(clock).all());
        this.lastNotices = once(() -> {
            Map<ItemKey, LastNotice> last = new HashMap<>();
            for (Notice n : register.get()) {
                if (n.kind() != NoticeKind.SUPERVISION) {
                    continue;
                }
                for (Notice.Item i : n.items()) {
                    // the register is in number order, which a number given by hand may not keep: the later day wins
                    LastNotice before = last.get(i.key());
                    if (before == null || !n.issuedOn().isBefore(before.issuedOn())) {
                        last.put(i.key(), new LastNotice(n.number(), n.issuedOn(), i.light()));
                    }
                }
            }
            return last;
        });
    }

    private static <T> Supplier<T> once(Supplier<T> read) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = read.get();
                }
                return value;
            }
        };
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The clock the desk was read with, for a store that asks for one. */
    public Clock clock() {
        return clock;
    }

    public long planId() {
        return planId;
    }

    /** The day the desk is for (today, or the as-of day). */
    public LocalDate day() {
        return day;
    }

    /** The department whose desk this is; null on the manager's desk. */
    public Long department() {
        return department;
    }

    public ReportingCycle cycle() {
        return cycle;
    }

    /** The latest period whose reports were due before the day. */
    public ReportingPeriod lastClosed() {
        return lastClosed;
    }

    /** Every live item of the plan with its light on the day. */
    public List<ItemLight> lights() {
        return lights;
    }

    /** The items this desk is for: all on the manager's desk, those the department leads on its own. */
    public List<ItemLight> ownLights() {
        return department == null ? lights
                : lights.stream().filter(l -> department.equals(l.item().leadId())).toList();
    }

    /** An item of the plan with its light on the day, or null (withdrawn, or not in the plan). */
    public ItemLight light(ItemKey item) {
        return byKey.get(item);
    }

    /** Who reported for the last closed period, one cell per lead department. */
    public ReportingGrid reporting() {
        return reporting.get();
    }

    /** Each item's light at the end of the last closed period. */
    public Map<ItemKey, Light> lightsAtPeriodEnd() {
        return lightsAtPeriodEnd.get();
    }

    /** Extension requests waiting, and the manager's decisions since the last closed period began. */
    public DeskRequests requests() {
        return requests.get();
    }

    /** Every document of the register (督办台账), oldest first. */
    public List<Notice> register() {
        return register.get();
    }

    /** Each item's last 督办单, for the items that have been on one. */
    public Map<ItemKey, LastNotice> lastNotices() {
        return lastNotices.get();
    }

    public Department departmentOf(long id) {
        return departments.get().get(id);
    }

    /** The name people use for a department: its short name, or its name. */
    public String shortName(long id, String fallback) {
        Department d = departmentOf(id);
        if (d == null) {
            return fallback;
        }
        return d.shortName() == null || d.shortName().isBlank() ? d.name() : d.shortName();
    }
}
