package org.planledger.assign;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.planledger.i18n.Text;
import org.planledger.model.AssignmentRole;
import org.planledger.model.DivisionProposal;
import org.planledger.model.TaskText;

/**
 * Proposes a lead and cooperating units for a task, and says why. The plan's own words win
 * over the keyword table; in the table the lead sentence is read before the body, and the
 * more specific (longer) keyword wins: 农村黑臭水体 over 黑臭水体. A keyword that is a place
 * name (小清河) counts only in a sentence that also names the work its rule stands for.
 */
public final class DraftDivision {

    private record Hit(AssignmentRules.KeywordRule rule, String keyword, boolean inTitle, int count) {
        boolean beats(Hit other) {
            if (inTitle != other.inTitle) {
                return inTitle;
            }
            if (keyword.length() != other.keyword.length()) {
                return keyword.length() > other.keyword.length();
            }
            return count > other.count;
        }
    }

    /** Where one sentence ends and the next begins, for the place-name rule. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；\\n]");

    private final AssignmentRules rules;

    public DraftDivision(AssignmentRules rules) {
        this.rules = rules;
    }

    public List<DivisionProposal> proposeAll(List<TaskText> tasks) {
        return tasks.stream().map(this::propose).toList();
    }

    public DivisionProposal propose(TaskText task) {
        List<Text> reasons = new ArrayList<>();
        Hit best = bestKeyword(task, true);
        Hit placeOnly = bestKeyword(task, false);
        if (placeOnly != null && rules.place(placeOnly.keyword()).isPresent()
                && (best == null || placeOnly.beats(best))) {
            // say why the place name the text is full of did not decide it
            reasons.add(Text.of("assign.reason.placeNameOnly", placeOnly.keyword()));
        }
        String lead;
        Set<String> cooperating = new LinkedHashSet<>();
        if (best != null) {
            lead = best.rule().lead();
            cooperating.addAll(best.rule().cooperating());
            reasons.add(best.inTitle()
                    ? Text.of("assign.reason.keywordInTitle", best.keyword())
                    : Text.of("assign.reason.keywordInText", best.keyword(), best.count()));
        } else {
            lead = rules.fallbackLead();
            reasons.add(Text.of("assign.reason.fallback"));
        }
        String text = task.title() + "\n" + task.body();
        for (AssignmentRules.PlanPhrase p : rules.planPhrases()) {
            if (!text.contains(p.phrase())) {
                continue;
            }
            if (p.role() == AssignmentRole.LEAD && !p.department().equals(lead)) {
                cooperating.add(lead);
                lead = p.department();
            }
            if (p.role() == AssignmentRole.COOPERATE && !p.department().equals(lead)) {
                cooperating.add(p.department());
            }
            Text reason = Text.of(p.role() == AssignmentRole.LEAD ? "assign.reason.planNamesLead"
                    : "assign.reason.planNamesCooperating", p.phrase());
            if (!reasons.contains(reason)) {
                reasons.add(reason); // one phrase may name several departments
            }
        }
        cooperating.remove(lead);
        return new DivisionProposal(task.taskId(), task.code(), task.title(), lead, new ArrayList<>(cooperating),
                rules.territorialByDefault(), reasons);
    }

    /** The best keyword hit; with {@code placesInContext}, place names only where their sentence names the work. */
    private Hit bestKeyword(TaskText task, boolean placesInContext) {
        Hit best = null;
        for (AssignmentRules.KeywordRule rule : rules.keywords()) {
            for (String keyword : rule.keywords()) {
                Optional<AssignmentRules.PlaceNames> place = placesInContext ? rules.place(keyword) : Optional.empty();
                Hit hit = place.isPresent() ? placeHit(rule, keyword, place.get(), task) : hit(rule, keyword, task);
                if (hit != null && (best == null || hit.beats(best))) {
                    best = hit;
                }
            }
        }
        return best;
    }

    private static Hit hit(AssignmentRules.KeywordRule rule, String keyword, TaskText task) {
        if (task.title().contains(keyword)) {
            return new Hit(rule, keyword, true, 1);
        }
        int count = occurrences(task.body(), keyword);
        return count == 0 ? null : new Hit(rule, keyword, false, count);
    }

    private static Hit placeHit(AssignmentRules.KeywordRule rule, String keyword, AssignmentRules.PlaceNames place,
                                TaskText task) {
        if (task.title().contains(keyword) && namesTheWork(task.title(), place)) {
            return new Hit(rule, keyword, true, 1);
        }
        int count = 0;
        for (String sentence : SENTENCE_END.split(task.body())) {
            if (namesTheWork(sentence, place)) {
                count += occurrences(sentence, keyword);
            }
        }
        return count == 0 ? null : new Hit(rule, keyword, false, count);
    }

    private static boolean namesTheWork(String sentence, AssignmentRules.PlaceNames place) {
        return place.countOnlyWith().stream().anyMatch(sentence::contains);
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
