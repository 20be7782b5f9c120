package org.planledger.ui.department;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.planledger.i18n.Messages;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.Subscriptions;

/**
 * 部门: the registry on the left (search, kind, retired on request; pinyin order) with the
 * registry edits below it, and the selected department on the right.
 */
public final class DepartmentView {

    private final DepartmentViewModel vm;
    private final Messages messages;
    private final RegistryDialogs dialogs;
    private final ListView<Department> list;
    private final BorderPane root = new BorderPane();
    private final Label message = new Label();

    /** @param openTask shows a task in the task view (double-click on a task) */
    public DepartmentView(DepartmentViewModel vm, Messages messages, DialogService dialogService, Subscriptions subs,
                          LongConsumer openTask) {
        this.vm = vm;
        this.messages = messages;
        this.dialogs = new RegistryDialogs(dialogService, messages);
        list = new ListView<>(vm.shown());
        list.setId("department-list");
        list.getStyleClass().add("department-list");
        list.setCellFactory(l -> new DepartmentListCell(messages));
        list.setPlaceholder(new Label(messages.get("ui.department.list.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            // a list emptied by a filter or a reload keeps the department on the right
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        subs.listen(vm.selectedProperty(), (o, old, now) -> selectInList(now));
        subs.listen(vm.shown(), (javafx.collections.ListChangeListener<Department>) c ->
                javafx.application.Platform.runLater(() -> selectInList(vm.selectedProperty().get())));

        Node edits = editButtons(subs);
        vm.role().managerOnly(edits, subs);
        VBox left = new VBox(6, filters(subs), list, edits);
        left.getStyleClass().add("department-left");
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setMinWidth(300);
        DepartmentDetailView detail = new DepartmentDetailView(vm, messages, subs, openTask);
        SplitPane split = new SplitPane(left, detail.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.33);
        SplitPane.setResizableWithParent(left, false);
        root.setId("department-view");
        root.setCenter(split);
        message.setId("department-message");
        message.getStyleClass().add("assign-message");
        subs.bind(message.textProperty(), Bindings.createStringBinding(() -> vm.messageProperty().get() == null ? ""
                : messages.format(vm.messageProperty().get()), vm.messageProperty()));
        HBox line = new HBox(message);
        line.getStyleClass().add("assign-message-line");
        root.setBottom(line);
        selectInList(vm.selectedProperty().get());
    }

    public Node node() {
        return root;
    }

    private void selectInList(Department d) {
        if (d == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == d.id()) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 3));
                }
                return;
            }
        }
    }

    private Node filters(Subscriptions subs) {
        TextField search = TextFields.createClearableTextField();
        search.setId("department-filter");
        search.setPromptText(messages.get("ui.department.filter"));
        subs.bindBidirectional(search.textProperty(), vm.queryProperty());
        List<DepartmentKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(DepartmentKind.values()));
        ComboBox<DepartmentKind> kind = new ComboBox<>(FXCollections.observableArrayList(kinds));
        kind.setId("department-kind");
        kind.setButtonCell(new KindCell(true));
        kind.setCellFactory(l -> new KindCell(false));
        subs.bindBidirectional(kind.valueProperty(), vm.kindProperty());
        CheckBox retired = new CheckBox(messages.get("ui.department.showRetired"));
        retired.setId("department-show-retired");
        subs.bindBidirectional(retired.selectedProperty(), vm.showRetiredProperty());
        Label count = new Label();
        count.setId("department-count");
        count.getStyleClass().add("assign-count");
        subs.bind(count.textProperty(), Bindings.createStringBinding(() -> messages.get("ui.department.count",
                vm.shown().size(), vm.shown().stream().filter(d -> !d.verified() && !d.retired()).count()),
                vm.shown()));
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox row = new HBox(6, search, kind);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox row2 = new HBox(10, retired, count);
        row2.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, row2);
    }

    private Node editButtons(Subscriptions subs) {
        Button add = new Button(messages.get("ui.department.add"));
        add.setId("department-add");
        add.setOnAction(e -> dialogs.add().ifPresent(n -> vm.add(n.name(), n.shortName(), n.kind())));
        Button rename = new Button(messages.get("ui.department.rename"));
        rename.setId("department-rename");
        rename.setOnAction(e -> {
            Department d = vm.selectedProperty().get();
            if (d != null) {
                dialogs.rename(d).ifPresent(n -> vm.rename(n.name(), n.shortName()));
            }
        });
        Button merge = new Button(messages.get("ui.department.merge"));
        merge.setId("department-merge");
        merge.setOnAction(e -> {
            Department d = vm.selectedProperty().get();
            DepartmentViewModel.Detail detail = vm.detailProperty().get();
            if (d != null && detail != null && detail.department().id() == d.id()) {
                dialogs.merge(d, detail.leads(), detail.cooperates(), vm.registry().active()).ifPresent(vm::merge);
            }
        });
        Button retire = new Button(messages.get("ui.department.retire"));
        retire.setId("department-retire");
        retire.setOnAction(e -> {
            Department d = vm.selectedProperty().get();
            DepartmentViewModel.Detail detail = vm.detailProperty().get();
            if (d != null && detail != null && dialogs.retire(d, detail.leads(), detail.cooperates())) {
                vm.retire();
            }
        });
        var noActiveSelection = Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || vm.selectedProperty().get().retired(), vm.selectedProperty());
        subs.bind(rename.disableProperty(), vm.selectedProperty().isNull().or(vm.savingProperty()));
        subs.bind(merge.disableProperty(), noActiveSelection.or(vm.savingProperty()));
        subs.bind(retire.disableProperty(), noActiveSelection.or(vm.savingProperty()));
        subs.bind(add.disableProperty(), vm.savingProperty());
        FlowPane buttons = new FlowPane(6, 6, add, rename, merge, retire);
        buttons.getStyleClass().add("department-buttons");
        return buttons;
    }

    /** A kind, or 全部类别 for null (the button shows it for no choice too). */
    private final class KindCell extends ListCell<DepartmentKind> {
        private final boolean button;

        KindCell(boolean button) {
            this.button = button;
        }

        @Override
        protected void updateItem(DepartmentKind k, boolean empty) {
            super.updateItem(k, empty);
            if (k != null) {
                setText(messages.get(k.messageKey()));
            } else {
                setText(button || !empty ? messages.get("ui.department.kind.all") : null);
            }
        }
    }
}
