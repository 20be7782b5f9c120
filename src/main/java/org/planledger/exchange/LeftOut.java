package org.planledger.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.store.exchange.Records;

/**
 * Records the manager leaves out of a merge. A left-out record is not written; its uid and the
 * manager's reason are kept in the merge's batch summary ({@code "leftOut"}), and every later
 * package to the department names it until a later report brings it and it is merged — so the
 * department ledger counts it as not acknowledged, sends it again, and shows the reason.
 * What depends on a left-out record (its evidence, a correction of it) is left out with it.
 */
final class LeftOut {

    /** The records to write, and the records left out with their reasons. */
    record Split(Records kept, Map<String, String> leftOut) {
    }

    private LeftOut() {
    }

    /** Refuses a left-out record without a reason: the department is owed one. */
    static void requireReasons(Map<String, String> asked) {
        for (Map.Entry<String, String> e : asked.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new ExchangeException(Text.of("exchange.error.leftOutNoReason"));
            }
        }
    }

    static Split split(Records fresh, Map<String, String> asked) {
        Map<String, String> out = new LinkedHashMap<>();
        if (asked.isEmpty()) {
            return new Split(fresh, out);
        }
        Records kept = Records.empty();
        // corrections follow what they correct (the records come sorted so), evidence follows its owner
        for (Records.Entry e : Records.supersededFirst(fresh.entries())) {
            String reason = asked.containsKey(e.uid()) ? asked.get(e.uid())
                    : e.supersedes() == null ? null : out.get(e.supersedes());
            if (reason != null) {
                out.put(e.uid(), reason.strip());
            } else {
                kept.entries().add(e);
            }
        }
        for (Records.Event e : fresh.events()) {
            keep(e.uid(), asked, out, () -> kept.events().add(e));
        }
        for (Records.ExtensionRequest e : fresh.extensionRequests()) {
            keep(e.uid(), asked, out, () -> kept.extensionRequests().add(e));
        }
        for (Records.IndicatorValue v : fresh.indicatorValues()) {
            keep(v.uid(), asked, out, () -> kept.indicatorValues().add(v));
        }
        for (Records.Evidence e : fresh.evidence()) {
            String owner = e.entry() != null ? e.entry() : e.event();
            if (owner != null && out.containsKey(owner)) {
                out.put(e.uid(), out.get(owner));
            } else {
                kept.evidence().add(e);
            }
        }
        return new Split(kept, out);
    }

    private static void keep(String uid, Map<String, String> asked, Map<String, String> out, Runnable keep) {
        if (asked.containsKey(uid)) {
            out.put(uid, asked.get(uid).strip());
        } else {
            keep.run();
        }
    }

    /** The batch summary's entry for the left-out records: [{uid, reason}, …]. */
    static List<Map<String, Object>> summary(Map<String, String> leftOut) {
        List<Map<String, Object>> list = new ArrayList<>();
        leftOut.forEach((uid, reason) -> list.add(Map.of("uid", uid, "reason", reason)));
        return list;
    }
}
