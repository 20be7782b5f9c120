package org.planledger.ui.timeline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.ui.common.LightBadge;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.outline.OutlineLabels;

/**
 * 时间轴: the plan's years across with a line at the day viewed, a lane per chapter, each
 * milestone a dot in its light's colour at its due date (an extended one with a ring at the date
 * it had in the plan). A dot's tooltip says what it is and why it has its light; a click opens the task.
 */
public final class TimelineView {

    private final TimelineViewModel vm;
    private final Messages messages;
    private final LongConsumer openTask;
    private final Supplier<LocalDate> today;
    private final OutlineLabels labels;
    private final BorderPane root = new BorderPane();
    private final Pane canvas = new Pane();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final Label summary = new Label();

    public TimelineView(TimelineViewModel vm, Messages messages, Subscriptions subs, LongConsumer openTask,
                        Supplier<LocalDate> today) {
        this.vm = vm;
        this.today = today;
        this.messages = messages;
        this.openTask = openTask;
        this.labels = new OutlineLabels(messages);
        canvas.setId("timeline-canvas");
        canvas.getStyleClass().add("timeline");
        scroll.setId("timeline-scroll");
        scroll.getStyleClass().add("timeline-scroll");
        scroll.setFitToHeight(false);
        summary.setId("timeline-summary");
        summary.getStyleClass().add("timeline-summary");
        Label hint = new Label(messages.get("ui.timeline.hint"));
        hint.getStyleClass().add("view-hint");
        HBox top = new HBox(16, summary, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 10, 6, 10));
        root.setId("timeline-view");
        root.setTop(top);
        root.setCenter(new StackPane(scroll, loading(subs)));
        subs.listen(vm.dataProperty(), (o, old, now) -> draw());
        subs.listen(scroll.viewportBoundsProperty(), (o, old, now) -> {
            if (old == null || Math.abs(old.getWidth() - now.getWidth()) > 1) {
                draw();
            }
        });
        draw();
    }

    public Node node() {
        return root;
    }

    private void draw() {
        TimelineData data = vm.dataProperty().get();
        canvas.getChildren().clear();
        summary.setText(summaryText(data));
        if (data.isEmpty()) {
            Label empty = new Label(messages.get("ui.timeline.empty"));
            empty.getStyleClass().add("placeholder");
            empty.relocate(24, 24);
            canvas.getChildren().add(empty);
            canvas.setPrefSize(400, 80);
            return;
        }
        double available = scroll.getViewportBounds() == null ? 0 : scroll.getViewportBounds().getWidth();
        TimelineLayout layout = new TimelineLayout(data, available);
        canvas.setPrefSize(layout.width(), layout.height());
        canvas.setMinSize(layout.width(), layout.height());
        lanes(layout);
        axis(layout, data);
        for (TimelineLayout.Marker m : layout.markers()) {
            marker(layout, m);
        }
        asOfLine(layout, data.asOf(), today.get());
    }

    private String summaryText(TimelineData data) {
        if (data.isEmpty()) {
            return "";
        }
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        data.lanes().forEach(l -> l.milestones().forEach(m -> counts.merge(m.verdict().light(), 1, Integer::sum)));
        StringBuilder text = new StringBuilder(messages.get("ui.timeline.summary", data.milestoneCount(),
                data.lanes().size(), String.valueOf(data.startYear()), String.valueOf(data.endYear())));
        for (Light l : Light.values()) {
            if (counts.containsKey(l)) {
                text.append("  ·  ").append(messages.get("ui.deadline.count", messages.get(l.messageKey()), counts.get(l)));
            }
        }
        if (data.undated() > 0) {
            text.append("  ·  ").append(messages.get("ui.timeline.undated", data.undated()));
        }
        return text.toString();
    }

    private void lanes(TimelineLayout layout) {
        boolean odd = false;
        for (TimelineLayout.LaneBox box : layout.lanes()) {
            Rectangle band = new Rectangle(0, box.y(), layout.width(), box.height());
            band.getStyleClass().addAll("timeline-lane", odd ? "timeline-lane-odd" : "timeline-lane-even");
            odd = !odd;
            TimelineData.Lane lane = box.lane();
            String title = messages.get("ui.timeline.lane", labels.chapterCode(lane.chapterNumber()),
                    lane.chapterTitle() == null ? "" : lane.chapterTitle());
            Label label = new Label(title);
            label.getStyleClass().add("timeline-lane-label");
            label.setWrapText(true);
            label.setMaxWidth(TimelineLayout.LABEL_WIDTH - 16);
            label.setPrefWidth(TimelineLayout.LABEL_WIDTH - 16);
            label.setMaxHeight(box.height() - 4);
            label.setTooltip(new Tooltip(title));
            label.relocate(10, box.y() + 4);
            canvas.getChildren().addAll(band, label);
        }
    }

    private void axis(TimelineLayout layout, TimelineData data) {
        double bottom = layout.height();
        // years after the plan period (the final evaluation) are shaded
        if (layout.lastYear() > data.endYear()) {
            double from = layout.x(LocalDate.of(data.endYear() + 1, 1, 1));
            Rectangle after = new Rectangle(from, 0, layout.width() - from, bottom);
            after.getStyleClass().add("timeline-after-plan");
            after.setMouseTransparent(true);
            canvas.getChildren().add(after);
        }
        for (int year = layout.firstYear(); year <= layout.lastYear() + 1; year++) {
            double x = layout.x(LocalDate.of(year, 1, 1));
            Line tick = new Line(x, 18, x, bottom);
            tick.getStyleClass().add("timeline-year-line");
            tick.setMouseTransparent(true);
            canvas.getChildren().add(tick);
            if (year <= layout.lastYear()) {
                Label label = new Label(messages.get(year > data.endYear() ? "ui.timeline.yearAfterPlan"
                        : "ui.timeline.year", String.valueOf(year)));
                label.getStyleClass().add("timeline-year");
                label.setMinWidth(layout.yearWidth());
                label.setAlignment(Pos.CENTER);
                label.relocate(x, 2);
                canvas.getChildren().add(label);
            }
        }
        Line axisLine = new Line(TimelineLayout.LABEL_WIDTH, TimelineLayout.AXIS_HEIGHT - 1,
                layout.width() - TimelineLayout.RIGHT_MARGIN, TimelineLayout.AXIS_HEIGHT - 1);
        axisLine.getStyleClass().add("timeline-axis");
        canvas.getChildren().add(axisLine);
    }

    private void marker(TimelineLayout layout, TimelineLayout.Marker m) {
        ItemState s = m.item().item();
        Light light = m.item().verdict().light();
        if (s.plannedDue() != null && !s.plannedDue().equals(s.due()) && layout.onAxis(s.plannedDue())) {
            double from = layout.x(s.plannedDue());
            Line moved = new Line(from, m.y(), m.x(), m.y());
            moved.getStyleClass().add("timeline-extension");
            Circle was = new Circle(from, m.y(), 5);
            was.getStyleClass().addAll("timeline-planned", LightBadge.styleClass(light));
            was.setMouseTransparent(true);
            moved.setMouseTransparent(true);
            canvas.getChildren().addAll(moved, was);
        }
        Circle dot = new Circle(m.x(), m.y(), 6.5);
        dot.getStyleClass().addAll("light-dot", LightBadge.styleClass(light), "timeline-marker");
        dot.setUserData(m.item());
        dot.setCursor(Cursor.HAND);
        Tooltip tip = new Tooltip(tooltip(m));
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        Tooltip.install(dot, tip);
        dot.setOnMouseClicked(e -> openTask.accept(s.key().taskId()));
        canvas.getChildren().add(dot);
        if (!m.hidden().isEmpty()) {
            Label more = new Label(messages.get("ui.timeline.more", m.hidden().size()));
            more.getStyleClass().add("timeline-more");
            more.relocate(m.x() + 9, m.y() - 9);
            Tooltip.install(more, new Tooltip(hiddenText(m)));
            canvas.getChildren().add(more);
        }
    }

    private String tooltip(TimelineLayout.Marker m) {
        ItemState s = m.item().item();
        String due = s.plannedDue() != null && !s.plannedDue().equals(s.due())
                ? messages.get("ui.deadline.due.extended", s.due(), s.plannedDue()) : messages.date(s.due());
        return messages.get("ui.timeline.tooltip", s.code(), s.label(), due,
                messages.get(m.item().verdict().light().messageKey()),
                messages.format(m.item().verdict().mainReason()),
                messages.get(m.item().verdict().outcome().messageKey()));
    }

    private String hiddenText(TimelineLayout.Marker m) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (ItemLight r : m.hidden()) {
            if (shown++ == 20) {
                text.append(messages.get("ui.timeline.moreRest", m.hidden().size() - 20));
                break;
            }
            text.append(r.item().code()).append(' ').append(messages.date(r.item().due())).append(' ')
                    .append(messages.get(r.verdict().light().messageKey())).append('\n');
        }
        return text.toString().strip();
    }

    private void asOfLine(TimelineLayout layout, LocalDate asOf, LocalDate today) {
        if (asOf == null) {
            return;
        }
        double x = layout.clampedX(asOf);
        Line line = new Line(x, 16, x, layout.height());
        line.getStyleClass().add("timeline-asof");
        line.setMouseTransparent(true);
        // 今天 2026年11月29日, or the past day viewed; left of the line in the right half
        String day = asOf.equals(today) ? messages.get("ui.asOf.today") + " " + messages.date(asOf) : messages.date(asOf);
        boolean left = x > layout.width() / 2;
        Label label = new Label(messages.get(left ? "ui.timeline.asOfLeft" : "ui.timeline.asOf", day));
        label.getStyleClass().add("timeline-asof-label");
        label.setMouseTransparent(true);
        if (left) {
            label.translateXProperty().bind(label.widthProperty().negate());
            label.relocate(x + 5, 22);
        } else {
            label.relocate(x - 5, 22);
        }
        label.setId("timeline-asof");
        canvas.getChildren().addAll(line, label);
    }

    private VBox loading(Subscriptions subs) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(40, 40);
        Label text = new Label(messages.get("ui.timeline.loading"));
        VBox box = new VBox(10, progress, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("loading");
        subs.bind(box.visibleProperty(), vm.loadingProperty());
        return box;
    }
}
