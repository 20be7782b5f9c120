package org.planledger.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.notice.RegisterState;
import org.planledger.store.notice.EscalationRule;
import org.planledger.store.notice.Notice;
import org.planledger.store.notice.NoticeCounts;

/**
 * The task's 督办 tab: the counters of each of its items (times yellow, times red, documents),
 * the items meeting the office's escalation rule flagged, and each document about it — number,
 * kind, colour, date, 签收 and 反馈 — oldest first.
 */
final class NoticePart {

    private final Messages messages;
    private final Label rule = new Label();
    private final Label escalated = new Label();
    private final VBox counters = new VBox(2);
    private final ListView<String> documents = new ListView<>();
    private final VBox root;

    NoticePart(Messages messages) {
        this.messages = messages;
        rule.setId("task-notice-rule");
        rule.getStyleClass().add("view-hint");
        rule.setWrapText(true);
        escalated.setId("task-notice-escalated");
        escalated.getStyleClass().add("as-of-problem");
        escalated.setWrapText(true);
        escalated.managedProperty().bind(escalated.visibleProperty());
        counters.setId("task-notice-counters");
        documents.setId("task-notice-documents");
        documents.setPlaceholder(new Label(messages.get("ui.task.notices.none")));
        Label title = new Label(messages.get("ui.task.notices.documents"));
        title.getStyleClass().add("task-part-title");
        VBox.setVgrow(documents, Priority.ALWAYS);
        root = new VBox(6, escalated, counters, rule, title, documents);
        root.getStyleClass().add("task-plan");
    }

    Node node() {
        return root;
    }

    /** @param itemName names an item of the task (本任务, or the milestone) */
    void show(TaskNotices notices, java.time.LocalDate today, Function<ItemKey, String> itemName) {
        EscalationRule r = notices.rule();
        rule.setText(messages.get("ui.task.notices.rule", r.timesYellow(), r.timesRed(), r.action()));
        List<String> flagged = notices.escalated().stream().map(itemName).toList();
        escalated.setVisible(!flagged.isEmpty());
        escalated.setText(flagged.isEmpty() ? "" : messages.get("ui.task.notices.escalated",
                String.join(messages.get("export.summary.list.separator"), flagged), r.action()));
        List<Node> lines = new ArrayList<>();
        notices.counts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(
                        (ItemKey k) -> k.milestoneId() == null ? 0L : k.milestoneId())))
                .forEach(e -> lines.add(counter(itemName.apply(e.getKey()), e.getValue())));
        if (lines.isEmpty()) {
            lines.add(new Label(messages.get("ui.task.notices.noCounts")));
        }
        counters.getChildren().setAll(lines);
        List<String> texts = new ArrayList<>();
        for (Notice n : notices.documents()) {
            texts.add(line(n, today));
        }
        documents.getItems().setAll(texts);
    }

    private Label counter(String item, NoticeCounts c) {
        Label l = new Label(messages.get("ui.task.notices.counts", item, c.timesYellow(), c.timesRed(), c.documents()));
        l.getStyleClass().add("task-notice-counter");
        return l;
    }

    private String line(Notice n, java.time.LocalDate today) {
        String kind = n.colour() != null && n.kind() == org.planledger.model.NoticeKind.SUPERVISION
                ? messages.get(n.colour().messageKey()) : messages.get(n.kind().messageKey());
        String signed = n.signedOn() == null ? messages.get("ui.task.notices.notSigned")
                : messages.get("ui.task.notices.signed", messages.date(n.signedOn()));
        String answer = n.feedbackOn() != null ? messages.get("ui.task.notices.answered", messages.date(n.feedbackOn()))
                : today == null ? "" : messages.get(RegisterState.of(n, today).messageKey());
        return messages.get("ui.task.notices.line", n.number(), kind, messages.date(n.issuedOn()), signed, answer);
    }
}
