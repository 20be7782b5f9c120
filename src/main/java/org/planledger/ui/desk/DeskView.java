package org.planledger.ui.desk;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.planledger.desk.Desk;
import org.planledger.desk.DeskGroup;
import org.planledger.desk.DeskLine;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.ui.common.LightBadge;
import org.planledger.ui.common.Subscriptions;

/**
 * 工作台: the day and the plan's lights counted at the top, then one section per kind of line
 * (销号申请, 延期申请, 需督办处理, 未报送, 转为红黄灯 on the manager's desk; 被退回, 主管已决定, 到期,
 * 等待决定, 本部门未报送 on a department's); a click or Enter on a line opens its task or department.
 */
public final class DeskView {

    private final Messages messages;
    private final Consumer<DeskLine> open;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final HBox counts = new HBox(14);
    private final VBox sections = new VBox(14);
    private final org.planledger.ui.notice.NoticeAction notices;

    /**
     * @param open    shows what a line is about (its task in 任务, its department)
     * @param notices 发督办单… for the items of a section or a line (the manager's only)
     */
    public DeskView(DeskViewModel vm, Messages messages, Subscriptions subs, Consumer<DeskLine> open,
                    org.planledger.ui.notice.NoticeAction notices) {
        this.messages = messages;
        this.open = open;
        this.notices = notices;
        title.setId("desk-title");
        title.getStyleClass().add("desk-title");
        subtitle.setId("desk-subtitle");
        subtitle.getStyleClass().add("desk-subtitle");
        subtitle.setWrapText(true);
        counts.setId("desk-counts");
        counts.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, gap, counts);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, head, subtitle);
        top.setPadding(new Insets(10, 14, 8, 14));
        top.getStyleClass().add("desk-top");
        sections.setPadding(new Insets(8, 14, 14, 14));
        sections.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setId("desk-lines");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("desk-scroll");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        subs.bind(loading.visibleProperty(), vm.loadingProperty());
        root.setId("desk-view");
        root.getStyleClass().add("desk-view");
        root.setTop(top);
        root.setCenter(new StackPane(scroll, loading));
        subs.listen(vm.deskProperty(), (o, old, now) -> show(now));
        show(vm.deskProperty().get());
    }

    public Node node() {
        return root;
    }

    private void show(Desk desk) {
        counts.getChildren().clear();
        sections.getChildren().clear();
        if (desk.day() == null) {
            title.setText(messages.get("ui.view.desk"));
            subtitle.setText("");
            return;
        }
        title.setText(messages.get("ui.desk.title", desk.day()));
        subtitle.setText(desk.isDepartment()
                ? messages.get("ui.desk.subtitle.department", desk.department(), desk.lastClosed().label())
                : messages.get("ui.desk.subtitle.manager", desk.lastClosed().label()));
        for (Light light : Light.values()) {
            Label count = new Label(messages.get("ui.desk.count", messages.get(light.messageKey()), desk.count(light)),
                    LightBadge.dot(light));
            count.setId("desk-count-" + light.name().toLowerCase(java.util.Locale.ROOT));
            count.getStyleClass().add("desk-count");
            counts.getChildren().add(count);
        }
        if (desk.closedOn() != null) {
            subtitle.setText(messages.get("ui.desk.subtitle.closed", desk.closedOn()));
            return;
        }
        for (DeskGroup group : DeskGroup.of(desk.isDepartment())) {
            sections.getChildren().add(section(desk, group));
        }
    }

    private Node section(Desk desk, DeskGroup group) {
        List<DeskLine> lines = desk.lines(group);
        String id = group.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        Label heading = new Label(messages.get("ui.desk.heading", messages.get(group.headingKey(),
                desk.lastClosed().label(), desk.lastClosed().end(), org.planledger.desk.DeskSources.DUE_WITHIN_DAYS),
                lines.size()));
        heading.setId("desk-group-" + id);
        heading.getStyleClass().add("desk-heading");
        heading.setWrapText(true);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox head = new HBox(8, heading);
        head.setAlignment(Pos.CENTER_LEFT);
        if (issuesNotices(group)) {
            head.getChildren().add(issueMenu(lines, id));
        }
        VBox box = new VBox(4, head);
        box.getStyleClass().add("desk-section");
        if (lines.isEmpty()) {
            Label none = new Label(messages.get("ui.desk.none"));
            none.getStyleClass().add("desk-none");
            box.getChildren().add(none);
        }
        for (DeskLine line : lines) {
            box.getChildren().add(lineButton(line, id));
        }
        return box;
    }

    /** The sections whose items a 督办单 answers: turned red or yellow, and those the escalation rule names. */
    private static boolean issuesNotices(DeskGroup group) {
        return group == DeskGroup.TURNED || group == DeskGroup.ESCALATION;
    }

    /** 发督办单 ▾: all the section's items, its red ones, its yellow ones (each document goes to one lead department). */
    private Node issueMenu(List<DeskLine> lines, String groupId) {
        List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
        if (!lines.isEmpty()) {
            items.add(notices.menuItem("desk-issue-" + groupId + "-all",
                    messages.get("ui.notice.action.all", lines.size()), () -> keys(lines, null), false));
        }
        for (Light light : List.of(Light.RED, Light.YELLOW)) {
            List<org.planledger.model.ItemKey> some = keys(lines, light);
            if (!some.isEmpty() && some.size() < lines.size()) {
                items.add(notices.menuItem("desk-issue-" + groupId + "-" + light.name().toLowerCase(java.util.Locale.ROOT),
                        messages.get("ui.notice.action.light", messages.get(light.messageKey()), some.size()),
                        () -> some, false));
            }
        }
        return notices.menuButton("desk-issue-" + groupId, "ui.notice.action.menu", items);
    }

    private static List<org.planledger.model.ItemKey> keys(List<DeskLine> lines, Light light) {
        return lines.stream().filter(l -> l.opensItem() && (light == null || l.light() == light))
                .map(DeskLine::item).distinct().toList();
    }

    private Node lineButton(DeskLine line, String groupId) {
        Label code = new Label(line.code());
        code.getStyleClass().add("desk-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label what = new Label(line.title());
        what.getStyleClass().add("desk-what");
        what.setTextOverrun(OverrunStyle.ELLIPSIS);
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox first = new HBox(8, code, what);
        first.setAlignment(Pos.CENTER_LEFT);
        if (line.light() != null) {
            first.getChildren().add(0, LightBadge.dot(line.light()));
        }
        Label detail = new Label(messages.format(line.detail()));
        detail.getStyleClass().add("desk-detail");
        detail.setWrapText(true);
        // a box, not a Button: a button lays its graphic out at its preferred width, so the detail would not wrap
        VBox box = new VBox(2, first, detail);
        box.getStyleClass().addAll("desk-line", "desk-line-" + groupId);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setFocusTraversable(true);
        box.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        box.setAccessibleText(line.code() + " " + line.title() + " " + detail.getText());
        box.setUserData(line);
        box.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                open.accept(line);
            }
        });
        if (issuesNotices(line.group()) && line.opensItem()) {
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(notices.menuItem(
                    "desk-line-issue", messages.get("ui.notice.action.one", line.code()), () -> List.of(line.item()), false));
            box.setOnContextMenuRequested(e -> {
                if (notices.offered()) {
                    menu.show(box, e.getScreenX(), e.getScreenY());
                }
            });
        }
        box.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                e.consume();
                open.accept(line);
            }
        });
        return box;
    }
}
