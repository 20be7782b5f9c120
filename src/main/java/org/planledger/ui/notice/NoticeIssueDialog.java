package org.planledger.ui.notice;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.planledger.i18n.Messages;
import org.planledger.model.NoticeColour;
import org.planledger.progress.ItemLight;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.FormDialog;
import org.planledger.ui.common.LightBadge;

/**
 * 发督办单: the picked items (编号 · 事项 · 牵头单位 · 灯色 · 督办单颜色), each with a box to keep or
 * drop it; 每个牵头单位一份 or 每个事项一份; the first number; the documents that gives, listed as
 * the form changes; 反馈时限 (2026年12月7日, a date picker); 办理要求; the folder. 出具 writes them
 * and registers them, or says in the dialog what is wrong with nothing written.
 */
final class NoticeIssueDialog extends FormDialog {

    NoticeIssueDialog(NoticeIssueViewModel vm, Messages messages, DialogService dialogs) {
        super("notice-issue-dialog", "notice-issue", messages.get("ui.notice.issue.title"),
                messages.get("ui.notice.issue.save"), 820, messages);
        setResizable(true);

        note(messages.get("ui.notice.issue.intro", vm.today())).setId("notice-issue-intro");
        wide(itemsTable(vm, messages));
        Label leftOut = note(leftOutText(vm, messages));
        leftOut.setId("notice-issue-left-out");
        leftOut.setVisible(!vm.leftOut().isEmpty());
        leftOut.setManaged(!vm.leftOut().isEmpty());

        ToggleGroup split = new ToggleGroup();
        RadioButton perDepartment = new RadioButton(messages.get("ui.notice.issue.perDepartment"));
        perDepartment.setId("notice-issue-per-department");
        perDepartment.setToggleGroup(split);
        RadioButton perItem = new RadioButton(messages.get("ui.notice.issue.perItem"));
        perItem.setId("notice-issue-per-item");
        perItem.setToggleGroup(split);
        (vm.perItemProperty().get() ? perItem : perDepartment).setSelected(true);
        perItem.selectedProperty().addListener((o, was, now) -> vm.perItemProperty().set(now));
        row(messages.get("ui.notice.issue.split"), new HBox(16, perDepartment, perItem));

        TextField serial = new TextField();
        serial.setId("notice-issue-serial");
        serial.setPrefColumnCount(5);
        serial.textProperty().bindBidirectional(vm.serialProperty());
        serial.textProperty().addListener((o, was, now) -> clearProblem());
        HBox number = new HBox(4, new Label(vm.numberPrefix()), serial, new Label(messages.get("ui.notice.issue.numberSuffix")));
        number.setAlignment(Pos.CENTER_LEFT);
        row(messages.get("ui.notice.issue.number"), number);

        ListView<NoticeIssueViewModel.Planned> documents = new ListView<>(vm.documents());
        documents.setId("notice-issue-documents");
        documents.setPrefHeight(3 * 26 + 4);
        documents.setFocusTraversable(false);
        documents.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NoticeIssueViewModel.Planned p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("notice-number-used");
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String codes = String.join(messages.get("export.summary.list.separator"), p.codes());
                setText(messages.get(p.numberUsed() ? "ui.notice.issue.documentUsed" : "ui.notice.issue.document",
                        p.number(), messages.get(p.colour().messageKey()), p.department(), p.items(), codes));
                setGraphic(dot(p.colour()));
                if (p.numberUsed()) {
                    getStyleClass().add("notice-number-used");
                }
            }
        });
        Label count = new Label();
        count.setId("notice-issue-count");
        Runnable counted = () -> count.setText(messages.get("ui.notice.issue.count", vm.documents().size(),
                vm.rows().stream().filter(r -> r.keptProperty().get()).count()));
        counted.run();
        vm.documents().addListener((javafx.collections.ListChangeListener<NoticeIssueViewModel.Planned>) c -> {
            counted.run();
            clearProblem();
        });
        row(messages.get("ui.notice.issue.documents"), new VBox(4, count, documents));

        DatePicker due = dateField("notice-issue-feedback-due", messages.get("ui.notice.issue.feedbackDue"),
                vm.feedbackDueProperty().get());
        due.setEditable(true);
        due.valueProperty().addListener((o, was, now) -> vm.feedbackDueProperty().set(now));
        note(messages.get("ui.notice.issue.feedbackNote", vm.feedbackWorkingDays()));

        TextArea requirement = textArea("notice-issue-requirement", messages.get("ui.notice.issue.requirement"), 3);
        requirement.textProperty().bindBidirectional(vm.requirementProperty());

        TextField folder = new TextField();
        folder.setId("notice-issue-folder");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(messages.get("ui.notice.issue.chooseFolder"));
        choose.setId("notice-issue-choose-folder");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.setOnAction(e -> dialogs.showDirectoryDialog(messages.get("ui.notice.issue.folderTitle"))
                .map(Path::toString).ifPresent(folder::setText));
        HBox where = new HBox(6, folder, choose);
        where.setAlignment(Pos.CENTER_LEFT);
        row(messages.get("ui.notice.issue.folder"), where);

        onSubmit(() -> {
            vm.feedbackDueProperty().set(dateOf(due));
            var wrong = vm.problem();
            if (wrong != null) {
                return showProblem(wrong);
            }
            return vm::issue;
        });
    }

    private TableView<NoticeIssueViewModel.Row> itemsTable(NoticeIssueViewModel vm, Messages messages) {
        TableView<NoticeIssueViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("notice-issue-items");
        table.setEditable(true);
        table.setPrefHeight(190);
        table.setPlaceholder(new Label(messages.get("ui.notice.issue.noRows")));
        TableColumn<NoticeIssueViewModel.Row, Boolean> kept = new TableColumn<>(messages.get("ui.notice.issue.column.kept"));
        kept.setCellValueFactory(c -> c.getValue().keptProperty());
        kept.setCellFactory(CheckBoxTableCell.forTableColumn(kept));
        kept.setEditable(true);
        kept.setSortable(false);
        kept.setPrefWidth(52);
        table.getColumns().add(kept);
        table.getColumns().add(text(messages.get("ui.deadline.column.code"), 70, r -> r.item().code()));
        TableColumn<NoticeIssueViewModel.Row, String> item = text(messages.get("ui.deadline.column.item"), 330, r -> r.item().label());
        // a milestone has its task's code: the badge tells the two apart, as in 期限
        item.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                NoticeIssueViewModel.Row r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : label);
                if (r != null && r.light().item().isMilestone()) {
                    Label badge = new Label(messages.get("ui.deadline.milestone"));
                    badge.getStyleClass().addAll("badge", "deadline-milestone-badge");
                    setGraphic(badge);
                } else {
                    setGraphic(null);
                }
            }
        });
        table.getColumns().add(item);
        table.getColumns().add(text(messages.get("ui.deadline.column.lead"), 150, r -> r.item().leadName()));
        TableColumn<NoticeIssueViewModel.Row, NoticeIssueViewModel.Row> light = new TableColumn<>(messages.get("ui.deadline.column.light"));
        light.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        light.setCellFactory(c -> new TableCell<>() {
            private final Label label = new Label();

            @Override
            protected void updateItem(NoticeIssueViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                LightBadge.show(label, empty || r == null ? null : r.light().verdict().light(), messages);
                setGraphic(empty ? null : label);
            }
        });
        light.setPrefWidth(64);
        table.getColumns().add(light);
        TableColumn<NoticeIssueViewModel.Row, NoticeColour> colour = new TableColumn<>(messages.get("ui.notice.issue.column.colour"));
        colour.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().colour()));
        colour.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(NoticeColour value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : messages.get(value.messageKey()));
                setGraphic(empty || value == null ? null : dot(value));
            }
        });
        colour.setPrefWidth(100);
        table.getColumns().add(colour);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static String leftOutText(NoticeIssueViewModel vm, Messages messages) {
        if (vm.leftOut().isEmpty()) {
            return "";
        }
        return messages.get("ui.notice.issue.leftOut", vm.leftOut().size(), String.join(
                messages.get("export.summary.list.separator"), vm.leftOut().stream().map(il -> il.item().code()).distinct().toList()));
    }

    /** The document's colour as its band prints it. */
    static Circle dot(NoticeColour colour) {
        Circle dot = new Circle(6, Color.web("#" + colour.hex()));
        dot.getStyleClass().add("notice-colour-dot");
        return dot;
    }

    private static TableColumn<NoticeIssueViewModel.Row, String> text(String title, double width, Function<ItemLight, String> value) {
        TableColumn<NoticeIssueViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue().light())));
        c.setPrefWidth(width);
        return c;
    }
}
