package org.planledger.ui.progress;

import java.util.List;
import java.util.stream.Collectors;
import javafx.util.StringConverter;
import org.planledger.i18n.Messages;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.progress.LightVerdict;
import org.planledger.store.division.DeptRef;

/** How the task view names items, lights and departments: 整项任务, 节点2（2023年12月31日）, …. */
public final class ItemWords {

    private static final int SHORT = 28;

    private final Messages messages;
    private final ProgressSnapshot snapshot;

    public ItemWords(Messages messages, ProgressSnapshot snapshot) {
        this.messages = messages;
        this.snapshot = snapshot;
    }

    /** 整项任务, or 节点2（2023年12月31日）. */
    public String name(Long milestoneId) {
        if (milestoneId == null) {
            return messages.get("ui.taskProgress.item.task");
        }
        ItemState s = snapshot.items().stream().filter(i -> milestoneId.equals(i.item().key().milestoneId()))
                .map(ItemLight::item).findFirst().orElse(null);
        return messages.get("ui.taskProgress.item.milestone", snapshot.ordinal(milestoneId),
                s == null ? "" : messages.date(s.plannedDue()));
    }

    /** The name with the milestone's sentence, cut short: what a choice list shows. */
    public String longName(ItemLight item) {
        ItemState s = item.item();
        if (!s.isMilestone()) {
            return messages.get("ui.taskProgress.item.taskLong", s.code(), shorten(s.label()));
        }
        return name(s.key().milestoneId()) + " " + shorten(s.label());
    }

    public StringConverter<ItemLight> converter() {
        return converter(this::longName);
    }

    /** Why the light is what it is, every reason in one line. */
    public static String explanation(LightVerdict verdict, Messages messages) {
        return verdict.reasons().stream().map(messages::format).collect(Collectors.joining(messages.get("ui.taskProgress.reasonJoin")));
    }

    public static String department(DeptRef d) {
        return d == null ? "" : d.shortName() == null || d.shortName().isBlank() ? d.name() : d.shortName();
    }

    public static StringConverter<DeptRef> departments() {
        return converter(ItemWords::department);
    }

    public static <T> StringConverter<T> converter(java.util.function.Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : words.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static String shorten(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() <= SHORT ? one : one.substring(0, SHORT) + "…";
    }

    static List<ItemLight> where(ProgressSnapshot snapshot, java.util.function.Predicate<ItemState> ok) {
        return snapshot.items().stream().filter(i -> ok.test(i.item())).toList();
    }
}
