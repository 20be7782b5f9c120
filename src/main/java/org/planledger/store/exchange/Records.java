package org.planledger.store.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The append-only records that travel between ledgers, each with its global uid. Outline things
 * (tasks, milestones, departments, indicators) are named by the master ledger's ids, which a
 * department ledger keeps; records name each other by uid, since local row ids differ per ledger.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Records(List<Entry> entries, List<Event> events, List<Evidence> evidence,
                      List<ExtensionRequest> extensionRequests, List<ExtensionDecision> extensionDecisions,
                      List<Override> overrides, List<IndicatorValue> indicatorValues, List<Judgement> judgements) {

    public Records {
        // a null in a list is a broken file: refused as a whole (the reader words it), never half read
        for (List<?> list : java.util.Arrays.asList(entries, events, evidence, extensionRequests, extensionDecisions,
                overrides, indicatorValues, judgements)) {
            if (list != null && list.contains(null)) {
                throw new IllegalArgumentException("a record is null");
            }
        }
        entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
        events = events == null ? new ArrayList<>() : new ArrayList<>(events);
        evidence = evidence == null ? new ArrayList<>() : new ArrayList<>(evidence);
        extensionRequests = extensionRequests == null ? new ArrayList<>() : new ArrayList<>(extensionRequests);
        extensionDecisions = extensionDecisions == null ? new ArrayList<>() : new ArrayList<>(extensionDecisions);
        overrides = overrides == null ? new ArrayList<>() : new ArrayList<>(overrides);
        indicatorValues = indicatorValues == null ? new ArrayList<>() : new ArrayList<>(indicatorValues);
        judgements = judgements == null ? new ArrayList<>() : new ArrayList<>(judgements);
    }

    public static Records empty() {
        return new Records(null, null, null, null, null, null, null, null);
    }

    public int size() {
        return entries.size() + events.size() + evidence.size() + extensionRequests.size() + extensionDecisions.size()
                + overrides.size() + indicatorValues.size() + judgements.size();
    }

    /** 进展情况: one progress entry; a correction names the entry it supersedes. */
    public record Entry(String uid, long taskId, Long milestoneId, long departmentId, String periodKind,
                        String periodStart, String periodEnd, String writtenOn, String progress, String problems,
                        String nextSteps, Integer percent, String supersedes, String recordedAt) {
    }

    /** A status change; {@code byManager} false for the department's own (推进中, 申请销号). */
    public record Event(String uid, long taskId, Long milestoneId, String status, String effectiveOn, String reason,
                        Long departmentId, boolean byManager, String recordedAt) {
    }

    /** An evidence file of an entry or a close-out request; its bytes travel as evidence/&lt;uid&gt;. */
    public record Evidence(String uid, String entry, String event, String name, long size, String sha256) {
    }

    public record ExtensionRequest(String uid, long taskId, Long milestoneId, long departmentId, String requestedOn,
                                   String oldDue, String newDue, String reason, String recordedAt) {
    }

    public record ExtensionDecision(String uid, String request, boolean accepted, String decidedOn, String reason,
                                    String recordedAt) {
    }

    public record Override(String uid, long taskId, Long milestoneId, String light, String setOn, String reason,
                           String recordedAt) {
    }

    public record IndicatorValue(String uid, long indicatorId, int year, String value, String recordedOn, String source,
                                 String note, Long departmentId, String recordedAt) {
    }

    public record Judgement(String uid, long indicatorId, String verdict, String judgedOn, String reason,
                            String recordedAt) {
    }

    /**
     * Corrections after the entries they correct, whatever order they arrive in. Walks each chain
     * of corrections without recursion, so a long chain cannot overflow the stack and a circle of
     * corrections (only a hostile file has one) ends where it closes.
     */
    public static List<Entry> supersededFirst(List<Entry> entries) {
        Map<String, Entry> byUid = new HashMap<>();
        for (Entry e : entries) {
            byUid.put(e.uid(), e);
        }
        List<Entry> ordered = new ArrayList<>(entries.size());
        Set<String> placed = new HashSet<>();
        for (Entry e : entries) {
            java.util.ArrayDeque<Entry> chain = new java.util.ArrayDeque<>();
            Set<String> onChain = new HashSet<>();
            Entry x = e;
            while (x != null && !placed.contains(x.uid()) && onChain.add(x.uid())) {
                chain.push(x);
                x = x.supersedes() == null ? null : byUid.get(x.supersedes());
            }
            while (!chain.isEmpty()) {
                Entry y = chain.pop();
                if (placed.add(y.uid())) {
                    ordered.add(y);
                }
            }
        }
        return ordered;
    }
}
