package org.planledger.ui.register;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.notice.RegisterState;
import org.planledger.store.notice.Notice;
import org.planledger.ui.common.DateConverter;
import org.planledger.ui.common.LedgerRole;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.common.TableOrder;

/**
 * 督办台账 as a table: one row per document, sortable by every column (numbers in number order,
 * departments by the Chinese collator, dates as dates); a double-click opens the task of its first
 * item. Above it the manager records a 签收: the row chosen, the day picked, 登记签收.
 */
public final class RegisterView {

    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final TableView<Notice> table = new TableView<>();
    /** Every document; the table shows those the toolbar's words leave, sorted by its headers. */
    private final javafx.collections.ObservableList<Notice> all = javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.transformation.FilteredList<Notice> shown = new javafx.collections.transformation.FilteredList<>(all);
    private LocalDate day;

    /** @param openTask shows a task in 任务 */
    public RegisterView(RegisterViewModel vm, Messages messages, Subscriptions subs, LedgerRole role, LongConsumer openTask) {
        this.messages = messages;
        title.setId("register-title");
        title.getStyleClass().add("desk-title");
        table.setId("register-table");
        table.setPlaceholder(new Label(messages.get("ui.register.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns();
        javafx.collections.transformation.SortedList<Notice> sorted = new javafx.collections.transformation.SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        subs.onDispose(() -> sorted.comparatorProperty().unbind());
        subs.bind(shown.predicateProperty(), javafx.beans.binding.Bindings.createObjectBinding(() -> {
            String words = vm.queryProperty().get();
            return (java.util.function.Predicate<Notice>) n -> RegisterViewModel.matches(n, words);
        }, vm.queryProperty()));
        table.setRowFactory(t -> {
            TableRow<Notice> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && !row.getItem().items().isEmpty()) {
                    openTask.accept(row.getItem().items().get(0).key().taskId());
                }
            });
            return row;
        });

        DateConverter dates = new DateConverter(messages);
        DatePicker signedOn = new DatePicker();
        signedOn.setId("register-signed-on");
        signedOn.setConverter(dates);
        signedOn.setPromptText(messages.get("ui.register.signedOnPrompt"));
        Button sign = new Button(messages.get("ui.register.sign"));
        sign.setId("register-sign");
        sign.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.loadingProperty()));
        sign.setOnAction(e -> vm.recordReceipt(table.getSelectionModel().getSelectedItem(), signedOn.getValue()));
        Label problem = new Label();
        problem.setId("register-problem");
        problem.getStyleClass().add("as-of-problem");
        problem.setWrapText(true);
        subs.listen(vm.problemProperty(), (o, old, now) -> problem.setText(now == null ? "" : messages.format(now)));
        HBox signing = new HBox(8, new Label(messages.get("ui.register.signedOn")), signedOn, sign, problem);
        signing.setAlignment(Pos.CENTER_LEFT);
        signing.setId("register-signing");
        role.managerOnly(signing, subs);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, org.planledger.ui.common.FilterChip.of(vm.queryProperty(), messages, subs,
                "register-filter-chip"), gap, signing);
        head.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("ui.register.hint"));
        hint.getStyleClass().add("view-hint");
        VBox top = new VBox(4, head, hint);
        top.setPadding(new Insets(10, 14, 8, 14));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        subs.bind(loading.visibleProperty(), vm.loadingProperty());
        root.setId("register-view");
        root.setTop(top);
        root.setCenter(new StackPane(table, loading));
        subs.listen(vm.registerProperty(), (o, old, now) -> show(now));
        show(vm.registerProperty().get());
    }

    public Node node() {
        return root;
    }

    private void show(RegisterViewModel.Register register) {
        day = register.day();
        Notice selected = table.getSelectionModel().getSelectedItem();
        all.setAll(register.notices());
        if (selected != null) {
            register.notices().stream().filter(n -> n.id() == selected.id()).findFirst()
                    .ifPresent(n -> table.getSelectionModel().select(n));
        }
        title.setText(messages.get("ui.register.title", register.notices().size()));
    }

    private void columns() {
        java.text.Collator collator = Messages.chinese().collator();
        TableColumn<Notice, String> number = text("register-col-number", "export.summary.column.noticeNumber", Notice::number, 150);
        number.setComparator(TableOrder.natural());
        table.getColumns().add(number);
        table.getColumns().add(text("register-col-kind", "export.summary.column.noticeKind",
                n -> messages.get(n.kind().messageKey()), 90));
        TableColumn<Notice, String> colour = text("register-col-colour", "export.summary.column.noticeColour",
                n -> n.colour() == null ? "" : messages.get(colourKey(n.colour())), 60);
        colour.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                Notice n = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setGraphic(n == null || n.colour() == null ? null : dot(n.colour()));
            }
        });
        table.getColumns().add(colour);
        table.getColumns().add(date("register-col-issued", "export.summary.column.issuedOn", Notice::issuedOn));
        TableColumn<Notice, String> department = text("register-col-department", "export.summary.column.addressedTo",
                n -> n.departmentName() == null ? messages.get("export.summary.register.allUnits") : n.departmentName(), 160);
        department.setComparator(TableOrder.text(collator));
        table.getColumns().add(department);
        TableColumn<Notice, String> items = text("register-col-items", "export.summary.column.noticeItems",
                n -> String.join(messages.get("export.summary.list.separator"),
                        n.items().stream().map(Notice.Item::code).distinct().toList()), 140);
        items.setComparator(TableOrder.natural());
        table.getColumns().add(items);
        table.getColumns().add(date("register-col-due", "export.summary.column.feedbackDue", Notice::feedbackDue));
        table.getColumns().add(date("register-col-signed", "export.summary.column.signedOn", Notice::signedOn));
        table.getColumns().add(date("register-col-feedback", "export.summary.column.feedbackOn", Notice::feedbackOn));
        table.getColumns().add(text("register-col-state", "export.summary.column.noticeState",
                n -> day == null ? "" : messages.get(RegisterState.of(n, day).messageKey()), 90));
        table.getColumns().add(date("register-col-closed", "export.summary.column.closedOn", Notice::closedOn));
    }

    /** The document's colour as the lights are drawn: red and yellow as the lights, blue in the document's blue. */
    private static javafx.scene.shape.Circle dot(org.planledger.model.NoticeColour c) {
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(5);
        dot.getStyleClass().add("light-dot");
        switch (c) {
            case RED -> dot.getStyleClass().add("light-red");
            case YELLOW -> dot.getStyleClass().add("light-yellow");
            case BLUE -> dot.setFill(javafx.scene.paint.Color.web("#" + c.hex()));
        }
        return dot;
    }

    private static String colourKey(org.planledger.model.NoticeColour c) {
        return switch (c) {
            case RED -> "export.summary.register.red";
            case YELLOW -> "export.summary.register.yellow";
            case BLUE -> "export.summary.register.blue";
        };
    }

    private TableColumn<Notice, String> text(String id, String header, Function<Notice, String> value, double width) {
        TableColumn<Notice, String> c = new TableColumn<>(messages.get(header));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** A date column: 2026年12月7日 on screen, sorted as dates, blanks last. */
    private TableColumn<Notice, LocalDate> date(String id, String header, Function<Notice, LocalDate> value) {
        TableColumn<Notice, LocalDate> c = new TableColumn<>(messages.get(header));
        c.setId(id);
        c.setPrefWidth(115);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.date(item));
            }
        });
        return c;
    }
}
