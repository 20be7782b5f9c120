package org.planledger.ui.progress;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.TaskStatus;
import org.planledger.store.progress.ProgressHistory.Entry;
import org.planledger.store.progress.ProgressHistory.Evidence;
import org.planledger.store.progress.ProgressHistory.Extension;
import org.planledger.store.progress.ProgressHistory.Override;
import org.planledger.store.progress.ProgressHistory.StatusChange;
import org.planledger.ui.common.LightBadge;

/**
 * A task's history as a timeline, newest first: progress entries (a corrected one faded and
 * struck through, 已被更正; its correction marked 更正), status changes, extension requests and
 * decisions (原时限 → 新时限) and light overrides; evidence files are links that open them.
 */
public final class HistoryView {

    private final Messages messages;
    private final Consumer<Entry> correct;
    private final Consumer<Evidence> open;
    private final VBox lines = new VBox(8);
    private final Label empty = new Label();
    private final ScrollPane node = new ScrollPane(lines);
    private ItemWords words;
    private boolean readOnly;

    /**
     * @param correct opens the entry dialog to correct an entry
     * @param open    opens an evidence file with the system's viewer
     */
    public HistoryView(Messages messages, Consumer<Entry> correct, Consumer<Evidence> open) {
        this.messages = messages;
        this.correct = correct;
        this.open = open;
        lines.setId("task-history");
        lines.getStyleClass().add("history");
        node.setFitToWidth(true);
        node.getStyleClass().add("history-scroll");
        empty.setText(messages.get("ui.taskProgress.history.none"));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
    }

    public Node node() {
        return node;
    }

    public void show(List<HistoryLine> history, ProgressSnapshot snapshot) {
        words = snapshot == null ? null : new ItemWords(messages, snapshot);
        readOnly = snapshot == null || snapshot.writingOff().isPresent();
        lines.getChildren().clear();
        if (history.isEmpty() || words == null) {
            lines.getChildren().add(empty);
            return;
        }
        for (HistoryLine line : history) {
            lines.getChildren().add(card(line));
        }
        node.setVvalue(0);
    }

    private VBox card(HistoryLine line) {
        VBox card = new VBox(3);
        card.getStyleClass().add("history-line");
        if (line instanceof HistoryLine.EntryLine e) {
            entry(card, e.entry());
        } else if (line instanceof HistoryLine.StatusLine s) {
            status(card, s.change());
        } else if (line instanceof HistoryLine.ExtensionRequestLine r) {
            extensionRequest(card, r.request());
        } else if (line instanceof HistoryLine.ExtensionDecisionLine d) {
            extensionDecision(card, d.request());
        } else if (line instanceof HistoryLine.OverrideLine o) {
            override(card, o.override());
        }
        return card;
    }

    private HBox header(VBox card, String kindKey, java.time.LocalDate date, Long milestoneId, String who) {
        Label day = new Label(messages.date(date));
        day.getStyleClass().add("history-date");
        Label what = new Label(messages.get(kindKey));
        what.getStyleClass().addAll("history-kind", "history-kind-" + kindKey.substring(kindKey.lastIndexOf('.') + 1));
        Label item = new Label(words.name(milestoneId));
        item.getStyleClass().add("history-item");
        HBox header = new HBox(8, day, what, item);
        if (who != null && !who.isBlank()) {
            Label by = new Label(who);
            by.getStyleClass().add("history-who");
            header.getChildren().add(by);
        }
        header.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(header);
        return header;
    }

    private void entry(VBox card, Entry e) {
        HBox header = header(card, "ui.taskProgress.history.entry", e.writtenOn(), e.milestoneId(), e.departmentName());
        card.getStyleClass().add("history-entry");
        if (e.supersededBy() != null) {
            card.getStyleClass().add("superseded");
            header.getChildren().add(tag(messages.get("ui.taskProgress.history.superseded"), "history-superseded"));
        }
        if (e.supersedes() != null) {
            header.getChildren().add(tag(messages.get("ui.taskProgress.history.correction"), "history-correction"));
        }
        if (e.supersededBy() == null && !readOnly) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Hyperlink fix = new Hyperlink(messages.get("ui.taskProgress.history.correct"));
            fix.getStyleClass().add("history-correct");
            fix.setTooltip(new Tooltip(messages.get("ui.taskProgress.history.correctTip")));
            fix.setOnAction(a -> {
                fix.setVisited(false);
                correct.accept(e);
            });
            header.getChildren().addAll(spacer, fix);
        }
        String period = messages.format(e.period().label());
        text(card, e.percent() == null ? messages.get("ui.taskProgress.history.period", period)
                : messages.get("ui.taskProgress.history.periodPercent", period, e.percent()), "history-period");
        text(card, messages.get("ui.taskProgress.history.progress", e.progress()), "history-text");
        if (!e.problems().isBlank()) {
            text(card, messages.get("ui.taskProgress.history.problems", e.problems()), "history-text");
        }
        if (!e.nextSteps().isBlank()) {
            text(card, messages.get("ui.taskProgress.history.nextSteps", e.nextSteps()), "history-text");
        }
        evidence(card, e.evidence());
        if (e.source() != null) {
            text(card, messages.get("ui.taskProgress.history.source", e.source()), "history-note");
        }
    }

    private void status(VBox card, StatusChange c) {
        String who = c.departmentName() != null ? c.departmentName()
                : c.byManager() ? messages.get("ui.taskProgress.history.manager") : "";
        header(card, "ui.taskProgress.history.status", c.on(), c.milestoneId(), who);
        Label pill = LightBadge.status(c.status(), messages);
        Label to = new Label(messages.get("ui.taskProgress.history.statusTo"));
        HBox line = new HBox(6, to, pill);
        line.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(line);
        if (c.reason() != null && !c.reason().isBlank()) {
            text(card, messages.get(c.status() == TaskStatus.CLOSE_OUT_REQUESTED ? "ui.taskProgress.history.explanation"
                    : "ui.taskProgress.history.reason", c.reason()), "history-text");
        } else if (c.status() == TaskStatus.IN_PROGRESS && c.departmentName() != null) {
            text(card, messages.get("ui.taskProgress.history.autoStarted"), "history-note");
        }
        evidence(card, c.evidence());
    }

    private void extensionRequest(VBox card, Extension x) {
        HBox header = header(card, "ui.taskProgress.history.extension", x.requestedOn(), x.milestoneId(), x.departmentName());
        header.getChildren().add(x.pending() ? tag(messages.get("ui.taskProgress.history.pending"), "history-pending")
                : tag(messages.get(x.accepted() ? "ui.taskProgress.history.accepted" : "ui.taskProgress.history.refused"),
                        x.accepted() ? "history-accepted" : "history-refused"));
        text(card, messages.get("ui.taskProgress.history.extensionDates", x.oldDue(), x.newDue()), "history-period");
        text(card, messages.get("ui.taskProgress.history.reason", x.reason()), "history-text");
    }

    private void extensionDecision(VBox card, Extension x) {
        header(card, "ui.taskProgress.history.extensionDecision", x.decidedOn(), x.milestoneId(), messages.get("ui.taskProgress.history.manager"));
        text(card, Boolean.TRUE.equals(x.accepted())
                ? messages.get("ui.taskProgress.history.extensionAccepted", x.oldDue(), x.newDue())
                : messages.get("ui.taskProgress.history.extensionRefused", x.newDue(), x.oldDue()), "history-period");
        if (x.decisionReason() != null && !x.decisionReason().isBlank()) {
            text(card, messages.get("ui.taskProgress.history.opinion", x.decisionReason()), "history-text");
        }
    }

    private void override(VBox card, Override o) {
        header(card, "ui.taskProgress.history.override", o.on(), o.milestoneId(), messages.get("ui.taskProgress.history.manager"));
        if (o.light() == null) {
            text(card, messages.get("ui.taskProgress.history.overrideCleared"), "history-period");
        } else {
            Label light = LightBadge.label(o.light(), messages);
            HBox line = new HBox(6, new Label(messages.get("ui.taskProgress.history.overrideTo")), light);
            line.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(line);
        }
        text(card, messages.get("ui.taskProgress.history.reason", o.reason()), "history-text");
    }

    private void evidence(VBox card, List<Evidence> files) {
        if (files.isEmpty()) {
            return;
        }
        FlowPane links = new FlowPane(10, 2);
        links.getStyleClass().add("history-evidence");
        links.getChildren().add(new Label(messages.get("ui.taskProgress.history.evidence")));
        for (Evidence f : files) {
            Hyperlink link = new Hyperlink(messages.get("ui.taskProgress.evidence.item", f.name(), size(f.size())));
            link.getStyleClass().add("evidence-link");
            link.setTooltip(new Tooltip(messages.get("ui.taskProgress.evidence.openTip")));
            link.setOnAction(a -> {
                link.setVisited(false);
                open.accept(f);
            });
            links.getChildren().add(link);
        }
        card.getChildren().add(links);
    }

    /** 812 字节, 12.3 KB, 1.4 MB: as everywhere (FileSizes). */
    String size(long bytes) {
        return org.planledger.i18n.FileSizes.text(messages, bytes);
    }

    private void text(VBox card, String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        card.getChildren().add(l);
    }

    private static Label tag(String s, String style) {
        Label l = new Label(s);
        l.getStyleClass().addAll("history-tag", style);
        return l;
    }
}
