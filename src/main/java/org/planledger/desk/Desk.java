package org.planledger.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.planledger.model.Light;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemLight;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;

/**
 * The 工作台 of one plan on a day: how many of its items (the department's own, on a department's
 * desk) show each light, and the lines that need doing, grouped in {@link DeskGroup} order.
 *
 * @param department the department whose desk it is; null for the manager's
 * @param lastClosed the last reporting period whose reports were due before the day
 * @param closedOn the day the plan was closed (已终结: nothing to do, the lights its outcomes); null while open
 */
public record Desk(LocalDate day, String department, ReportingPeriod lastClosed, Map<Light, Integer> counts,
                   List<DeskLine> lines, LocalDate closedOn) {

    public static final Desk EMPTY = new Desk(null, null, null, Map.of(), List.of(), null);

    public Desk {
        counts = Map.copyOf(counts);
        lines = List.copyOf(lines);
    }

    /** Reads the desk the ledger's owner sees: the manager's, or the department's it is logged in as. */
    public static Desk read(Ledger ledger, Clock clock, long planId, LocalDate day) {
        LedgerIdentity who = ledger.identity();
        Long department = who.isDepartment() ? who.departmentId() : null;
        // a closed plan (已终结) is read-only: nothing on it is to be decided, reported or chased
        LocalDate closedOn = ledger.plans().plans().stream().filter(p -> p.id() == planId).map(p -> p.closedOn())
                .filter(d -> d != null).findFirst().orElse(null);
        List<DeskSource> sources = closedOn != null ? List.of() : department == null ? DeskSources.MANAGER : DeskSources.DEPARTMENT;
        Desk desk = read(new DeskReading(ledger, clock, planId, day, department), sources,
                who.isDepartment() ? who.departmentName() : null);
        return new Desk(desk.day(), desk.department(), desk.lastClosed(), desk.counts(), desk.lines(), closedOn);
    }

    static Desk read(DeskReading reading, List<DeskSource> sources, String departmentName) {
        List<DeskLine> lines = new ArrayList<>();
        for (DeskSource source : sources) {
            lines.addAll(source.lines(reading));
        }
        lines.sort(Comparator.comparing(DeskLine::group)); // stable: each source's own order stays
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, 0);
        }
        for (ItemLight l : reading.ownLights()) {
            counts.merge(l.verdict().light(), 1, Integer::sum);
        }
        return new Desk(reading.day(), departmentName, reading.lastClosed(), counts, lines, null);
    }

    public boolean isDepartment() {
        return department != null;
    }

    public int count(Light light) {
        return counts.getOrDefault(light, 0);
    }

    /** The lines of one group, in their order. */
    public List<DeskLine> lines(DeskGroup group) {
        return lines.stream().filter(l -> l.group() == group).toList();
    }
}
