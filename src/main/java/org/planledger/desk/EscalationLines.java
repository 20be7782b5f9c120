package org.planledger.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.progress.ItemLight;
import org.planledger.store.notice.EscalationRule;
import org.planledger.store.notice.NoticeCounts;
import org.planledger.store.notice.NoticeStore;

/** The manager's line from the register: items whose 督办单 meet the office's escalation rule. */
final class EscalationLines {

    private EscalationLines() {
    }

    /** The plan's items meeting the rule, red before yellow, most documents first. */
    static List<DeskLine> escalated(DeskReading r) {
        NoticeStore register = r.ledger().notices(r.clock());
        Map<ItemKey, NoticeCounts> counts = register.counts();
        if (counts.isEmpty()) {
            return List.of();
        }
        EscalationRule rule = register.escalation();
        List<DeskLine> lines = new ArrayList<>();
        List<ItemLight> met = r.ownLights().stream()
                .filter(l -> rule.metBy(counts.getOrDefault(l.item().key(), NoticeCounts.NONE)))
                .sorted(Comparator.comparing((ItemLight l) -> l.verdict().light().ordinal())
                        .thenComparing(l -> -counts.get(l.item().key()).documents()))
                .toList();
        for (ItemLight l : met) {
            NoticeCounts c = counts.get(l.item().key());
            lines.add(ManagerLines.line(DeskGroup.ESCALATION, l,
                    Text.of("desk.escalation", c.timesYellow(), c.timesRed(), rule.action()), null));
        }
        return lines;
    }
}
