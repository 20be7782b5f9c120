package org.planledger.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.planledger.docs.ChineseNumbers;
import org.planledger.docs.DocumentFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.i18n.Messages;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.IndicatorOutcome;

/**
 * Lays an evaluation out as a 公文, the 终期评估报告: 一、总体评价; 二、主要目标指标完成情况 (the
 * indicator table and its counts by conclusion); 三、重点任务完成情况 (by chapter: counts by outcome,
 * with the lead units); 四、未完成任务及原因; 五、主要成效 (the departments' words, else the
 * latest progress entry, for the office to edit); 六、存在的问题 (the reasons given); 七、下一规划期
 * 工作建议 with the carry-over list. Every count is {@link EvaluationSummary}'s.
 */
final class EvaluationReportDocument {

    private final Messages m;

    EvaluationReportDocument(Messages messages) {
        this.m = messages;
    }

    String title(EvaluationSummary s) {
        return m.get(s.evaluation().kind() == EvaluationKind.FINAL ? "evaluation.report.title.final"
                : "evaluation.report.title.midterm", s.plan().title());
    }

    /** “十五五” for a plan of 2021–2025 (the third five-year plan began in 1966, after three years of adjustment); else 下一规划期. */
    String nextPlan(EvaluationSummary s) {
        int start = s.plan().endYear() + 1;
        if (start >= 1966 && (start - 1966) % 5 == 0) {
            return m.get("evaluation.report.fiveYearPlan", ChineseNumbers.of((start - 1966) / 5 + 3));
        }
        return m.get("evaluation.report.nextPeriod");
    }

    OfficialDocument write(EvaluationSummary s, Successors successors, String office, DocumentFonts.Chosen fonts) {
        OfficialDocument d = OfficialDocument.create(fonts);
        d.title(title(s));
        d.line("", ParagraphAlignment.LEFT);
        d.body(m.get("evaluation.report.opening", s.plan().title(), String.valueOf(s.plan().startYear()), String.valueOf(s.plan().endYear()),
                m.date(s.evaluation().asOf())));
        if (s.unconfirmed() > 0) {
            d.body(m.get("evaluation.report.draft", s.unconfirmed()));
        }
        int n = 1;
        d.heading1(heading(n++, "evaluation.report.heading.overall"));
        overall(d, s);
        d.heading1(heading(n++, "evaluation.report.heading.indicators"));
        indicators(d, s);
        d.heading1(heading(n++, "evaluation.report.heading.tasks"));
        chapters(d, s);
        d.heading1(heading(n++, "evaluation.report.heading.unfinished"));
        unfinished(d, s);
        d.heading1(heading(n++, "evaluation.report.heading.achievements"));
        achievements(d, s);
        d.heading1(heading(n++, "evaluation.report.heading.problems"));
        problems(d, s);
        d.heading1(ChineseNumbers.of(n) + "、" + m.get("evaluation.report.heading.next", nextPlan(s)));
        carryOver(d, s, successors);
        d.line("", ParagraphAlignment.LEFT);
        if (!office.isEmpty()) {
            d.line(office, ParagraphAlignment.RIGHT);
        }
        d.line(m.date(s.evaluation().asOf()), ParagraphAlignment.RIGHT);
        return d;
    }

    private String heading(int n, String key) {
        return ChineseNumbers.of(n) + "、" + m.get(key);
    }

    private String outcomeParts(Map<FinalOutcome, Integer> counts, int unsaid) {
        List<String> parts = new ArrayList<>();
        for (FinalOutcome f : FinalOutcome.values()) {
            parts.add(m.get("evaluation.report.countPart", m.get(f.messageKey()), counts.get(f)));
        }
        if (unsaid > 0) {
            parts.add(m.get("evaluation.report.countPart", m.get("evaluation.report.unsaid"), unsaid));
        }
        return String.join("、", parts);
    }

    private String conclusionParts(Map<IndicatorConclusion, Integer> counts, boolean binding) {
        List<String> parts = new ArrayList<>();
        for (IndicatorConclusion c : IndicatorConclusion.values()) {
            if (c.binding() == binding) {
                parts.add(m.get("evaluation.report.countPart", m.get(c.messageKey()), counts.get(c)));
            }
        }
        return String.join("、", parts);
    }

    private void overall(OfficialDocument d, EvaluationSummary s) {
        d.body(m.get("evaluation.report.overall.tasks", s.tasks().size(), outcomeParts(s.byOutcome(), s.unsaid()),
                s.finishedPercent()));
        long binding = s.indicators().stream().filter(i -> "BINDING".equals(i.attribute())).count();
        Map<IndicatorConclusion, Integer> c = s.byConclusion();
        d.body(m.get("evaluation.report.overall.indicators", s.indicators().size(), binding, conclusionParts(c, true),
                s.indicators().size() - binding, conclusionParts(c, false)));
        if (!s.milestones().isEmpty()) {
            Map<FinalOutcome, Integer> ms = new java.util.EnumMap<>(FinalOutcome.class);
            for (FinalOutcome f : FinalOutcome.values()) {
                ms.put(f, 0);
            }
            s.milestones().stream().filter(o -> o.outcome() != null).forEach(o -> ms.merge(o.outcome(), 1, Integer::sum));
            int unsaid = (int) s.milestones().stream().filter(o -> o.outcome() == null).count();
            d.body(m.get("evaluation.report.overall.milestones", s.milestones().size(), outcomeParts(ms, unsaid)));
        }
    }

    private void indicators(OfficialDocument d, EvaluationSummary s) {
        Map<IndicatorConclusion, Integer> c = s.byConclusion();
        d.body(m.get("evaluation.report.indicators.counts", conclusionParts(c, true), conclusionParts(c, false)));
        XWPFTable t = d.table(3, 14, 4, 5, 5, 5, 6);
        d.row(t, true, m.get("evaluation.report.column.number"), m.get("evaluation.report.column.indicator"),
                m.get("evaluation.report.column.attribute"),
                m.get("evaluation.report.column.baseline", String.valueOf(s.plan().startYear() - 1)),
                m.get("evaluation.report.column.target", String.valueOf(s.plan().endYear())),
                m.get("evaluation.report.column.actual", String.valueOf(s.plan().endYear())), m.get("evaluation.report.column.conclusion"));
        for (IndicatorOutcome i : s.indicators()) {
            String unit = i.unit() == null || i.unit().isBlank() ? "" : "（" + i.unit() + "）";
            d.row(t, false, String.valueOf(i.number()), i.name() + unit, attribute(i.attribute()), i.baseline(), i.target(),
                    i.value() == null ? "—" : i.value(), i.conclusion() == null ? m.get("evaluation.report.unsaid")
                            : m.get(i.conclusion().messageKey()));
        }
    }

    String attribute(String attribute) {
        return "BINDING".equals(attribute) ? m.get("evaluation.report.attribute.binding")
                : "EXPECTED".equals(attribute) ? m.get("evaluation.report.attribute.expected") : "";
    }

    private void chapters(OfficialDocument d, EvaluationSummary s) {
        d.body(m.get("evaluation.report.tasks.intro", s.tasks().size(), s.chapters().size()));
        XWPFTable t = d.table(3, 11, 3, 3, 3, 3, 3, 3);
        d.row(t, true, m.get("evaluation.report.column.chapter"), m.get("evaluation.report.column.title"),
                m.get("evaluation.report.column.tasks"), m.get("evaluation.report.column.done"),
                m.get("evaluation.report.column.mostlyDone"), m.get("evaluation.report.column.notDone"),
                m.get("evaluation.report.column.ongoing"), m.get("evaluation.report.column.adjusted"));
        for (EvaluationSummary.ChapterCount c : s.chapters()) {
            d.row(t, false, ChineseNumbers.of(c.number()), c.title(), String.valueOf(c.total()),
                    String.valueOf(c.counts().get(FinalOutcome.DONE)), String.valueOf(c.counts().get(FinalOutcome.MOSTLY_DONE)),
                    String.valueOf(c.counts().get(FinalOutcome.NOT_DONE)), String.valueOf(c.counts().get(FinalOutcome.ONGOING)),
                    String.valueOf(c.counts().get(FinalOutcome.ADJUSTED)));
        }
        Map<FinalOutcome, Integer> all = s.byOutcome();
        d.row(t, true, m.get("evaluation.report.column.total"), "", String.valueOf(s.tasks().size()),
                String.valueOf(all.get(FinalOutcome.DONE)), String.valueOf(all.get(FinalOutcome.MOSTLY_DONE)),
                String.valueOf(all.get(FinalOutcome.NOT_DONE)), String.valueOf(all.get(FinalOutcome.ONGOING)),
                String.valueOf(all.get(FinalOutcome.ADJUSTED)));
        int part = 1;
        for (EvaluationSummary.ChapterCount c : s.chapters()) {
            d.heading2("（" + ChineseNumbers.of(part++) + "）" + m.get("evaluation.report.chapter", ChineseNumbers.of(c.number()), c.title()));
            d.body(m.get("evaluation.report.chapter.counts", c.total(), outcomeParts(c.counts(), c.unsaid()),
                    c.leads().isEmpty() ? m.get("evaluation.report.noLead") : String.join("、", c.leads())));
        }
    }

    private void unfinished(OfficialDocument d, EvaluationSummary s) {
        List<EvaluationSummary.Task> shortOf = s.shortOf();
        if (shortOf.isEmpty()) {
            d.body(m.get("evaluation.report.unfinished.none"));
            return;
        }
        d.body(m.get("evaluation.report.unfinished.intro", shortOf.size()));
        XWPFTable t = d.table(3, 12, 6, 4, 12);
        d.row(t, true, m.get("evaluation.report.column.number"), m.get("evaluation.report.column.task"),
                m.get("evaluation.report.column.lead"), m.get("evaluation.report.column.outcome"),
                m.get("evaluation.report.column.reason"));
        int i = 1;
        for (EvaluationSummary.Task task : shortOf) {
            String reason = !task.outcome().shortfall().isEmpty() ? task.outcome().shortfall() : task.outcome().note();
            d.row(t, false, String.valueOf(i++), task.code() + " " + task.outcome().title(), lead(task),
                    m.get(task.outcome().outcome().messageKey()), reason.isEmpty() ? m.get("evaluation.report.noReason") : reason);
        }
    }

    private void achievements(OfficialDocument d, EvaluationSummary s) {
        d.body(m.get("evaluation.report.achievements.intro"));
        boolean any = false;
        for (EvaluationSummary.ChapterCount c : s.chapters()) {
            List<EvaluationSummary.Task> said = s.tasks().stream().filter(t -> t.chapter() == c.number()
                    && !t.achievements().isBlank() && t.outcome().outcome() != FinalOutcome.ADJUSTED).toList();
            if (said.isEmpty()) {
                continue;
            }
            any = true;
            d.heading2(m.get("evaluation.report.chapter", ChineseNumbers.of(c.number()), c.title()));
            for (EvaluationSummary.Task t : said) {
                d.body(m.get("evaluation.report.achievement", t.code(), t.outcome().title(), t.achievements().strip(), lead(t)));
            }
        }
        if (!any) {
            d.body(m.get("evaluation.report.achievements.none"));
        }
    }

    private void problems(OfficialDocument d, EvaluationSummary s) {
        Set<String> reasons = new LinkedHashSet<>();
        for (EvaluationSummary.Task t : s.shortOf()) {
            if (!t.outcome().shortfall().isBlank()) {
                reasons.add(t.outcome().shortfall().strip());
            }
        }
        if (reasons.isEmpty()) {
            d.body(m.get("evaluation.report.problems.none"));
            return;
        }
        d.body(m.get("evaluation.report.problems.intro", reasons.size()));
        int i = 1;
        for (String r : reasons) {
            d.body("（" + ChineseNumbers.of(i++) + "）" + r);
        }
    }

    private void carryOver(OfficialDocument d, EvaluationSummary s, Successors successors) {
        List<EvaluationSummary.Task> carried = s.carriedOver();
        String next = nextPlan(s);
        if (carried.isEmpty()) {
            d.body(m.get("evaluation.report.carryOver.none", next));
            return;
        }
        d.body(m.get("evaluation.report.carryOver.intro", carried.size(), next));
        XWPFTable t = d.table(3, 13, 6, 5, 6);
        d.row(t, true, m.get("evaluation.report.column.number"), m.get("evaluation.report.column.task"),
                m.get("evaluation.report.column.lead"), m.get("evaluation.report.column.outcome"),
                m.get("evaluation.report.column.successor"));
        int i = 1;
        for (EvaluationSummary.Task task : carried) {
            String to = successors.of(task.outcome().key()).map(x -> m.get("evaluation.report.successor", x))
                    .orElse(m.get("evaluation.report.successor.pending"));
            d.row(t, false, String.valueOf(i++), task.code() + " " + task.outcome().title(), lead(task),
                    m.get(task.outcome().outcome().messageKey()), to);
        }
    }

    private String lead(EvaluationSummary.Task t) {
        return t.lead() == null ? m.get("evaluation.report.noLead") : t.lead();
    }
}
