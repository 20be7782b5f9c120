package org.planledger.notice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.model.NoticeColour;
import org.planledger.progress.ItemLight;

/**
 * Which 督办单 a set of items makes: one per lead department listing its items, or one per item;
 * items in plan order (task, then its milestones), departments in the order of their first item,
 * each document the worst colour of its items. The issuer numbers them in this order, and the app
 * shows the same list before anything is written.
 */
public final class NoticeGrouping {

    /** One document to be: its addressee (the items' lead), its colour and its items. */
    public record Group(long leadId, String leadName, NoticeColour colour, List<ItemLight> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    /** Plan order: by task, the task before its milestones. */
    public static final Comparator<ItemLight> PLAN_ORDER = Comparator
            .comparing((ItemLight il) -> il.item().key().taskId())
            .thenComparing(il -> il.item().key().milestoneId(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private NoticeGrouping() {
    }

    /**
     * The documents for {@code items}; items without a colour (green, grey) or without a lead are
     * not on any (the caller says so).
     */
    public static List<Group> of(List<ItemLight> items, boolean perItem) {
        List<ItemLight> sorted = items.stream().filter(NoticeGrouping::supervisable).sorted(PLAN_ORDER).toList();
        List<List<ItemLight>> lists = new ArrayList<>();
        if (perItem) {
            sorted.forEach(il -> lists.add(List.of(il)));
        } else {
            Map<Long, List<ItemLight>> byLead = new LinkedHashMap<>();
            sorted.forEach(il -> byLead.computeIfAbsent(il.item().leadId(), d -> new ArrayList<>()).add(il));
            lists.addAll(byLead.values());
        }
        return lists.stream().map(l -> new Group(l.get(0).item().leadId(), l.get(0).item().leadName(),
                l.stream().map(il -> NoticeColours.of(il.verdict()).orElseThrow()).reduce(NoticeColour::worse).orElseThrow(),
                l)).toList();
    }

    /** Whether the item can be on a 督办单: red or yellow, and led by a department. */
    public static boolean supervisable(ItemLight il) {
        return il.item().leadId() != null && NoticeColours.of(il.verdict()).isPresent();
    }
}
