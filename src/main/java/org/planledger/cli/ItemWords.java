package org.planledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.progress.LightVerdict;
import org.planledger.progress.Outcome;

/**
 * How the progress commands show a task or milestone: its code (a milestone as 5.3.6 节点2, its
 * 1-based place among the task's live milestones, the number {@code report add --milestone}
 * takes), its text shortened for a table, its lead by short name, dates in the user's words; and
 * the same as a JSON object with ISO dates and English names.
 */
final class ItemWords {

    /** Columns the item's text may take in a table (a Chinese character takes two). */
    static final int TEXT_COLUMNS = 36;

    private final Messages m;
    private final Map<Long, Department> departments = new HashMap<>();
    private final Map<Long, Integer> milestoneIndex = new HashMap<>();

    /** {@code items}: every item of the scope, in the store's order, so milestones are numbered as in the plan. */
    ItemWords(Messages messages, List<Department> departments, List<ItemLight> items) {
        this.m = messages;
        departments.forEach(d -> this.departments.put(d.id(), d));
        milestoneIndex.putAll(milestoneIndex(items));
    }

    /** Each milestone's 1-based place among its task's milestones, from the store's order (task, then ordinal). */
    static Map<Long, Integer> milestoneIndex(List<ItemLight> items) {
        Map<Long, Integer> index = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (ItemLight il : items) {
            ItemState s = il.item();
            if (s.isMilestone()) {
                index.put(s.key().milestoneId(), counts.merge(s.key().taskId(), 1, Integer::sum));
            }
        }
        return index;
    }

    /** The milestone's place among its task's milestones, or null for a task. */
    Integer milestone(ItemState s) {
        return s.isMilestone() ? milestoneIndex.get(s.key().milestoneId()) : null;
    }

    String code(ItemState s) {
        Integer n = milestone(s);
        return n == null ? s.code() : m.get("cli.progress.milestoneCode", s.code(), String.valueOf(n));
    }

    /** The task's title or the milestone's sentence, cut to fit a table column. */
    String shortText(ItemState s) {
        return shorten(s.label(), TEXT_COLUMNS);
    }

    static String shorten(String text, int columns) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (TextTable.width(t) <= columns) {
            return t;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            int cw = TextTable.width(new String(Character.toChars(cp)));
            if (w + cw > columns - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    /** The lead's short name, else the name the store gave, else 未定. */
    String lead(ItemState s) {
        if (s.leadId() == null) {
            return m.get("cli.progress.noLead");
        }
        Department d = departments.get(s.leadId());
        return d != null ? d.shortName() : s.leadName();
    }

    String date(LocalDate d) {
        return d == null ? m.get("cli.progress.noDue") : m.date(d);
    }

    String light(Light light) {
        return m.get(light.messageKey());
    }

    String status(ItemState s) {
        return m.get(s.status().messageKey());
    }

    String outcome(Outcome o) {
        return m.get(o.messageKey());
    }

    String reason(LightVerdict v) {
        return m.format(v.mainReason());
    }

    /** 红灯：完成时限2023年12月31日已过，未启动，未销号（逾期1064天）, every reason after the light. */
    String explained(LightVerdict v) {
        List<String> reasons = v.reasons().stream().map(m::format).toList();
        return m.get("cli.progress.explained", light(v.light()), String.join(m.get("cli.progress.reasonSeparator"), reasons));
    }

    /** How many items have each light, worst first, every light listed. */
    static Map<Light, Integer> byLight(List<ItemLight> items) {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, 0);
        }
        items.forEach(i -> counts.merge(i.verdict().light(), 1, Integer::sum));
        return counts;
    }

    static Map<Outcome, Integer> byOutcome(List<ItemLight> items) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        items.forEach(i -> counts.merge(i.verdict().outcome(), 1, Integer::sum));
        return counts;
    }

    /** 红灯 163 项，黄灯 0 项，绿灯 0 项，灰灯 0 项. */
    String lightCounts(Map<Light, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((l, n) -> parts.add(m.get("cli.progress.count", light(l), n)));
        return String.join(m.get("cli.progress.countSeparator"), parts);
    }

    String outcomeCounts(Map<Outcome, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((o, n) -> parts.add(m.get("cli.progress.count", outcome(o), n)));
        return String.join(m.get("cli.progress.countSeparator"), parts);
    }

    /** Light counts as JSON: {"RED": 163, ...}. */
    static Map<String, Object> json(Map<? extends Enum<?>, Integer> counts) {
        Map<String, Object> o = Json.object();
        counts.forEach((k, n) -> o.put(k.name(), n));
        return o;
    }

    /** One item as JSON: ids, code, text, lead, ISO dates, status, light, outcome and every reason. */
    Map<String, Object> json(ItemLight il) {
        ItemState s = il.item();
        LightVerdict v = il.verdict();
        Map<String, Object> o = Json.object();
        o.put("kind", s.isMilestone() ? "milestone" : "task");
        o.put("planId", s.planId());
        o.put("taskId", s.key().taskId());
        o.put("milestoneId", s.key().milestoneId());
        o.put("milestone", milestone(s));
        o.put("code", s.code());
        o.put("text", s.label());
        Map<String, Object> lead = Json.object();
        Department d = s.leadId() == null ? null : departments.get(s.leadId());
        lead.put("id", s.leadId());
        lead.put("name", s.leadName());
        lead.put("shortName", d == null ? null : d.shortName());
        o.put("lead", s.leadId() == null ? null : lead);
        o.put("start", iso(s.start()));
        o.put("plannedDue", iso(s.plannedDue()));
        o.put("due", iso(s.due()));
        o.put("daysToDue", v.daysToDue());
        o.put("status", s.status().name());
        o.put("statusName", status(s));
        o.put("statusSince", iso(s.statusSince()));
        o.put("percent", s.percent());
        o.put("expectedPercent", v.expectedPercent() == null ? null : Math.round(v.expectedPercent()));
        o.put("lastWritten", iso(s.lastWritten()));
        o.put("reportedLastPeriod", s.reportedLastPeriod());
        o.put("light", v.light().name());
        o.put("lightName", light(v.light()));
        o.put("computedLight", v.computed().name());
        o.put("overridden", v.overridden());
        o.put("outcome", v.outcome().name());
        o.put("outcomeName", outcome(v.outcome()));
        o.put("reason", reason(v));
        List<Object> reasons = new ArrayList<>();
        for (Text t : v.reasons()) {
            Map<String, Object> r = Json.object();
            r.put("key", t.key());
            r.put("message", m.format(t));
            reasons.add(r);
        }
        o.put("reasons", reasons);
        return o;
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
