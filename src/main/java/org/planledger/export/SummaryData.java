package org.planledger.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.Assignment;
import org.planledger.rollup.RollupInput;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.StoreException;
import org.planledger.store.notice.Notice;
import org.planledger.store.rollup.SummaryQuery;

/**
 * Everything the summary workbook shows, read from the ledger in one snapshot: the rollup input
 * (the items with their lights, as the app and the command line read it), the indicators, and the
 * latest progress entry, evidence names and measures of every item as of the day — these kept in
 * {@link LineTexts}' temporary file, not in memory (close it). Scope (department, chapter) is
 * applied to the items here, so every sheet and every count sees the same items.
 */
final class SummaryData implements AutoCloseable {

    final String planTitle;
    /** The day the plan was closed (已终结); null while it is open. */
    final LocalDate closedOn;
    final int startYear;
    final int endYear;
    final RollupInput input;
    final List<SummaryLine> lines;
    final LineTexts texts;
    final List<IndicatorRow> indicators;
    final Department department;
    /** The register's documents about the items in scope (督办台账), oldest first. */
    final List<Notice> notices;
    /** The tasks that carry on work of an earlier plan (a confirmed carry-over), with their predecessors. */
    final java.util.Map<Long, List<String>> carriesOn;

    private SummaryData(String planTitle, LocalDate closedOn, int startYear, int endYear, RollupInput input, List<SummaryLine> lines,
                        LineTexts texts, List<IndicatorRow> indicators, Department department, List<Notice> notices,
                        java.util.Map<Long, List<String>> carriesOn) {
        this.planTitle = planTitle;
        this.closedOn = closedOn;
        this.startYear = startYear;
        this.endYear = endYear;
        this.input = input;
        this.lines = lines;
        this.texts = texts;
        this.indicators = indicators;
        this.department = department;
        this.notices = notices;
        this.carriesOn = carriesOn;
    }

    /** {@code cancelCheck} is run every so often while the items' texts are read and throws to stop. */
    static SummaryData read(Ledger ledger, Clock clock, SummaryOptions o, Runnable cancelCheck) {
        PlanSummary plan = null;
        if (o.planId() != 0) {
            plan = ledger.plans().plans().stream().filter(p -> p.id() == o.planId()).findFirst()
                    .orElseThrow(() -> new ExportException(Text.of("export.summary.error.noSuchPlan", o.planId()), null));
        }
        LocalDate today = LocalDate.now(clock);
        if (o.asOf().isAfter(today)) {
            throw new ExportException(Text.of("export.summary.error.asOfFuture", o.asOf(), today), null);
        }
        if (plan != null && o.asOf().isBefore(LocalDate.of(plan.startYear(), 1, 1))) {
            throw new ExportException(Text.of("export.summary.error.asOfBeforePlan", o.asOf(), LocalDate.of(plan.startYear(), 1, 1)),
                    null);
        }
        Department department = null;
        if (o.departmentId() != null) {
            department = ledger.departments().all().stream().filter(d -> d.id() == o.departmentId()).findFirst()
                    .orElseThrow(() -> new ExportException(Text.of("export.summary.error.noSuchDepartment", o.departmentId()), null));
        }
        List<IndicatorRow> indicators;
        List<Notice> notices;
        java.util.Map<Long, List<String>> carriesOn;
        Scoped[] scoped = new Scoped[1];
        RollupInput all;
        try {
            all = new SummaryQuery(ledger).read(o.planId(), o.asOf(), clock, input -> {
                scoped[0] = scope(input, o, cancelCheck);
                return scoped[0].texts;
            });
            indicators = plan == null ? List.of() : ledger.indicators(clock).indicators(plan.id(), o.asOf());
            notices = inScope(ledger.notices(clock).all(), scoped[0].lines, o);
            carriesOn = ledger.carryover().predecessorLabels(o.planId());
        } catch (StoreException e) {
            close(scoped[0]);
            throw new ExportException(e.problem(), e);
        } catch (RuntimeException e) {
            close(scoped[0]);
            throw e;
        }
        String title = plan != null ? plan.title() : null;
        return new SummaryData(title, plan == null ? null : plan.closedOn(), all.startYear(), all.endYear(), all.withItems(scoped[0].items),
                scoped[0].lines, scoped[0].texts, indicators, department, notices, carriesOn);
    }

    /**
     * The documents issued by the day about an item in scope, addressed to the department when
     * limited to one; a 通报 about no item only in a summary of everything.
     */
    private static List<Notice> inScope(List<Notice> all, List<SummaryLine> lines, SummaryOptions o) {
        Set<Long> tasks = new HashSet<>();
        for (SummaryLine l : lines) {
            tasks.add(l.light().item().key().taskId());
        }
        boolean whole = o.planId() == 0 && o.chapterNumber() == null && o.departmentId() == null;
        List<Notice> out = new ArrayList<>();
        for (Notice n : all) {
            if (n.issuedOn().isAfter(o.asOf())) {
                continue;
            }
            if (o.departmentId() != null && !o.departmentId().equals(n.departmentId())) {
                continue;
            }
            boolean about = n.items().isEmpty() ? whole : n.items().stream().anyMatch(i -> tasks.contains(i.key().taskId()));
            if (about) {
                out.add(n);
            }
        }
        return out;
    }

    /** The items in scope, their lines in outline order, and where their texts go. */
    private record Scoped(List<ItemLight> items, List<SummaryLine> lines, LineTexts texts) {
    }

    private static Scoped scope(RollupInput all, SummaryOptions o, Runnable cancelCheck) {
        if (o.chapterNumber() != null && all.items().stream()
                .noneMatch(il -> il.item().chapterNumber() == o.chapterNumber())) {
            throw new ExportException(Text.of("export.summary.error.noSuchChapter", o.chapterNumber()), null);
        }
        List<ItemLight> items = new ArrayList<>();
        List<SummaryLine> lines = new ArrayList<>();
        for (ItemLight il : all.items()) {
            var s = il.item();
            if (o.chapterNumber() != null && s.chapterNumber() != o.chapterNumber()) {
                continue;
            }
            List<Assignment> on = all.assignments().getOrDefault(s.key().taskId(), List.of());
            List<String> coop = new ArrayList<>();
            List<Long> coopIds = new ArrayList<>();
            for (Assignment a : on) {
                if (!a.lead() && (s.leadId() == null || a.departmentId() != s.leadId())) {
                    coop.add(a.departmentName());
                    coopIds.add(a.departmentId());
                }
            }
            if (o.departmentId() != null && !o.departmentId().equals(s.leadId()) && !coopIds.contains(o.departmentId())) {
                continue;
            }
            items.add(il);
            lines.add(new SummaryLine(il, all.places().get(s.key().taskId()), coop, coopIds));
        }
        lines.sort(SummaryLine.OUTLINE_ORDER);
        return new Scoped(items, lines, new LineTexts(lines, cancelCheck));
    }

    private static void close(Scoped scoped) {
        if (scoped != null) {
            scoped.texts.close();
        }
    }

    /** Deletes the texts' temporary file. */
    @Override
    public void close() {
        texts.close();
    }
}
