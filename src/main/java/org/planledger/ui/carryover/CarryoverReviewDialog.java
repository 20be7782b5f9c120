package org.planledger.ui.carryover;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.planledger.carryover.Proposal;
import org.planledger.i18n.Messages;
import org.planledger.model.CarryoverState;
import org.planledger.model.PlanShortName;
import org.planledger.model.TaskText;
import org.planledger.store.carryover.PlanTask;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.common.DialogService;

/**
 * 工具 → 结转到新规划…: the earlier plan and the new one, the counts (待定 · 已确认 · 不结转), then one
 * line per task of the earlier plan needing a decision — the task and its lead unit, the first proposal
 * with the phrases both share as the reason, the state — with 确认, 改选… and 不结转… on each line and
 * 确认所选 for the lines selected. It stays open beside the window, which shows each decision as it is made.
 */
public final class CarryoverReviewDialog extends Dialog<ButtonType> {

    private final Messages messages;
    private final DialogService dialogs;
    private final CarryoverReviewModel model;
    private final TableView<CarryoverReviewModel.Row> table = new TableView<>();
    /** Of the shared phrases, about two lines are shown; the rest would make each line of the list a paragraph. */
    private static final int SHARED_SHOWN = 44;
    private boolean choosing;

    public CarryoverReviewDialog(Messages messages, DialogService dialogs, CarryoverReviewModel model) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.model = model;
        setTitle(messages.get("ui.carryover.title"));
        setResizable(true);
        getDialogPane().setId("carryover-dialog");

        ComboBox<PlanSummary> from = planBox("carryover-from");
        ComboBox<PlanSummary> to = planBox("carryover-to");
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        from.valueProperty().addListener((o, old, now) -> planChosen(old, now, from, to));
        to.valueProperty().addListener((o, old, now) -> planChosen(old, now, from, to));
        from.disableProperty().bind(model.busyProperty());
        to.disableProperty().bind(model.busyProperty());
        Label fromLabel = new Label(messages.get("ui.carryover.from"));
        Label toLabel = new Label(messages.get("ui.carryover.to"));
        for (Label l : new Label[] {fromLabel, toLabel}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox plans = new HBox(8, fromLabel, from, toLabel, to);
        plans.setAlignment(Pos.CENTER_LEFT);

        Label counts = new Label();
        counts.setId("carryover-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        counts.textProperty().bind(Bindings.createStringBinding(() -> messages.get("ui.carryover.counts",
                model.pendingProperty().get(), model.confirmedProperty().get(), model.droppedProperty().get()),
                model.pendingProperty(), model.confirmedProperty(), model.droppedProperty()));
        counts.getStyleClass().add("carryover-counts");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label proposing = new Label(messages.get("ui.carryover.proposing"), spinner);
        proposing.setId("carryover-proposing");
        proposing.visibleProperty().bind(model.proposingProperty());
        proposing.managedProperty().bind(model.proposingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(16, plans, gap, proposing, counts);
        top.setAlignment(Pos.CENTER_LEFT);

        table.setId("carryover-table");
        table.getStyleClass().add("carryover-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // sorted by a header click as the other tables are; the model's order (the plan's) until then
        javafx.collections.transformation.SortedList<CarryoverReviewModel.Row> sorted =
                new javafx.collections.transformation.SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("ui.carryover.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns();
        VBox.setVgrow(table, Priority.ALWAYS);

        Button confirmSelected = new Button(messages.get("ui.carryover.confirmSelected"));
        confirmSelected.setId("carryover-confirm-selected");
        confirmSelected.setMinWidth(Region.USE_PREF_SIZE);
        confirmSelected.disableProperty().bind(model.busyProperty()
                .or(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())));
        confirmSelected.setOnAction(e -> model.confirmFirst(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Label problem = new Label();
        problem.setId("carryover-problem");
        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() == null ? ""
                : messages.format(model.problemProperty().get()), model.problemProperty()));
        Label done = new Label();
        done.setId("carryover-done");
        done.getStyleClass().add("progress-note");
        done.setWrapText(true);
        done.textProperty().bind(Bindings.createStringBinding(() -> model.doneProperty().get() == null ? ""
                : messages.format(model.doneProperty().get()), model.doneProperty()));
        VBox said = new VBox(2, problem, done);
        HBox.setHgrow(said, Priority.ALWAYS);
        HBox bottom = new HBox(12, confirmSelected, said);
        bottom.setAlignment(Pos.CENTER_LEFT);

        Label note = new Label(messages.get("ui.carryover.note"));
        note.setWrapText(true);
        note.getStyleClass().add("progress-note");

        VBox box = new VBox(10, top, note, table, bottom);
        box.setPadding(new Insets(6, 10, 0, 10));
        box.setPrefSize(1220, 600);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("ui.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /**
     * Another plan chosen on either side: proposals are worked out afresh. Choosing on one side the
     * plan the other side shows swaps the two.
     */
    private void planChosen(PlanSummary old, PlanSummary now, ComboBox<PlanSummary> from, ComboBox<PlanSummary> to) {
        if (choosing || now == null || old == null || now.equals(old) || model.busyProperty().get()) {
            return;
        }
        choosing = true;
        try {
            ComboBox<PlanSummary> other = from.getValue() == now ? to : from;
            if (other.getValue() != null && other.getValue().id() == now.id()) {
                other.setValue(old);
            }
            if (from.getValue() != null && to.getValue() != null) {
                model.choose(from.getValue().id(), to.getValue().id());
            }
        } finally {
            choosing = false;
        }
    }

    private ComboBox<PlanSummary> planBox(String id) {
        ComboBox<PlanSummary> box = new ComboBox<>(model.plans());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanSummary p) {
                return p == null ? "" : messages.get("ui.carryover.plan", PlanShortName.of(p.title(), p.startYear(), p.endYear()),
                        p.startYear(), p.endYear());
            }

            @Override
            public PlanSummary fromString(String s) {
                return null;
            }
        });
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private void columns() {
        TableColumn<CarryoverReviewModel.Row, CarryoverReviewModel.Row> task = column("carryover-col-task", "ui.carryover.column.task", 250);
        task.setCellFactory(c -> cell(r -> r.from().code() + "  " + r.from().title(), null));
        TableColumn<CarryoverReviewModel.Row, CarryoverReviewModel.Row> lead = column("carryover-col-lead", "ui.carryover.column.lead", 130);
        lead.setCellFactory(c -> cell(CarryoverReviewModel.Row::lead, null));
        TableColumn<CarryoverReviewModel.Row, CarryoverReviewModel.Row> proposal = column("carryover-col-proposal", "ui.carryover.column.proposal", 380);
        proposal.setCellFactory(c -> cell(this::proposalText, this::sharedText));
        TableColumn<CarryoverReviewModel.Row, CarryoverReviewModel.Row> state = column("carryover-col-state", "ui.carryover.column.state", 140);
        state.setCellFactory(c -> cell(r -> r.pending() && r.first() == null ? messages.get("ui.carryover.undecided")
                : messages.get(r.state().messageKey()), this::stateDetail));
        TableColumn<CarryoverReviewModel.Row, CarryoverReviewModel.Row> actions = column("carryover-col-actions", "ui.carryover.column.actions", 230);
        actions.setCellFactory(c -> new ActionCell());
        // as wide as its three buttons in the language shown ("Not carried over…" is longer than 不结转…)
        actions.setPrefWidth(Math.max(actions.getPrefWidth(), actionsWidth()));
        java.text.Collator collator = messages.collator();
        sortBy(task, java.util.Comparator.comparing((CarryoverReviewModel.Row r) -> r.from().code(),
                org.planledger.ui.common.TableOrder.natural()));
        sortBy(lead, java.util.Comparator.comparing((CarryoverReviewModel.Row r) -> r.lead() == null ? "" : r.lead(),
                org.planledger.ui.common.TableOrder.text(collator)));
        // the likeliest successors first when sorted descending; no proposal counts as 0
        sortBy(proposal, java.util.Comparator.comparingDouble((CarryoverReviewModel.Row r) -> r.first() == null ? 0 : r.first().score()));
        sortBy(state, java.util.Comparator.comparing((CarryoverReviewModel.Row r) -> r.state().ordinal()));
        table.getColumns().setAll(List.of(task, lead, proposal, state, actions));
    }

    private double actionsWidth() {
        double width = 24;
        for (String key : new String[] {"ui.carryover.confirm", "ui.carryover.pick", "ui.carryover.drop"}) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(messages.get(key));
            width += t.getLayoutBounds().getWidth() * 1.15 + 30;
        }
        return Math.ceil(width);
    }

    private String proposalText(CarryoverReviewModel.Row r) {
        Proposal p = r.first();
        return p == null ? messages.get("ui.carryover.noSuccessor")
                : messages.get("ui.carryover.proposal", p.to().code(), p.to().title(), score(p.score()));
    }

    private String sharedText(CarryoverReviewModel.Row r) {
        Proposal p = r.first();
        return p == null || p.shared().isEmpty() ? "" : messages.get("ui.carryover.shared",
                shortened(String.join(messages.get("ui.carryover.phraseSeparator"), p.shared()), SHARED_SHOWN));
    }

    private String stateDetail(CarryoverReviewModel.Row r) {
        if (r.state() == CarryoverState.CONFIRMED) {
            return messages.get("ui.carryover.successors", r.successors().stream().map(PlanTask::label)
                    .collect(Collectors.joining(messages.get("ui.carryover.phraseSeparator"))));
        }
        return r.state() == CarryoverState.NOT_CARRIED ? r.reason() : "";
    }

    /** A task's code as part of a node's id: 5.3.6 → 5-3-6 (a dot would read as a style class in a lookup). */
    static String idPart(String code) {
        return code.replaceAll("[^0-9A-Za-z]", "-");
    }

    /** A text cut at {@code max} characters with "…": the longest shared phrases are whole sentences. */
    static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    private static void sortBy(TableColumn<CarryoverReviewModel.Row, CarryoverReviewModel.Row> column,
                               java.util.Comparator<CarryoverReviewModel.Row> order) {
        column.setSortable(true);
        column.setComparator(order);
    }

    private TableColumn<CarryoverReviewModel.Row, CarryoverReviewModel.Row> column(String id, String key, double width) {
        TableColumn<CarryoverReviewModel.Row, CarryoverReviewModel.Row> c = new TableColumn<>(messages.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        return c;
    }

    /** A cell of two lines: the text, and under it in grey a detail (the shared phrases, the successor, the reason). */
    private static TableCell<CarryoverReviewModel.Row, CarryoverReviewModel.Row> cell(
            java.util.function.Function<CarryoverReviewModel.Row, String> main,
            java.util.function.Function<CarryoverReviewModel.Row, String> detail) {
        return new TableCell<>() {
            // Text, not Label: a wrapped Text's height follows its wrapping width, so the line is as tall as its words
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();
            private final javafx.scene.text.Text more = new javafx.scene.text.Text();
            private final VBox box = new VBox(2, text, more);

            {
                text.getStyleClass().add("carryover-text");
                more.getStyleClass().add("carryover-detail");
                more.managedProperty().bind(more.textProperty().isNotEmpty());
                setAlignment(Pos.TOP_LEFT);
                tableColumnProperty().addListener((o, old, column) -> {
                    if (column != null) {
                        text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                        more.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                    }
                });
            }

            @Override
            protected void updateItem(CarryoverReviewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                text.setText(main.apply(row));
                more.setText(detail == null ? "" : detail.apply(row));
                setGraphic(box);
            }
        };
    }

    /** 确认 · 改选… · 不结转… for the line's task. */
    private final class ActionCell extends TableCell<CarryoverReviewModel.Row, CarryoverReviewModel.Row> {
        private final Button confirm = new Button(messages.get("ui.carryover.confirm"));
        private final Button pick = new Button(messages.get("ui.carryover.pick"));
        private final Button drop = new Button(messages.get("ui.carryover.drop"));
        private final HBox box = new HBox(6, confirm, pick, drop);

        ActionCell() {
            for (Button b : new Button[] {confirm, pick, drop}) {
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.disableProperty().bind(model.busyProperty());
            }
            box.setAlignment(Pos.TOP_LEFT);
            setAlignment(Pos.TOP_LEFT);
            confirm.setOnAction(e -> model.confirmFirst(List.of(getItem())));
            pick.setOnAction(e -> pick(getItem()));
            drop.setOnAction(e -> drop(getItem()));
        }

        @Override
        protected void updateItem(CarryoverReviewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            String code = idPart(row.from().code());
            confirm.setId("carryover-confirm-" + code);
            pick.setId("carryover-pick-" + code);
            drop.setId("carryover-drop-" + code);
            // nothing to confirm without a proposal, nor again what is confirmed
            confirm.setVisible(row.first() != null && !(row.state() == CarryoverState.CONFIRMED
                    && row.successors().stream().anyMatch(s -> s.taskId() == row.first().to().taskId())));
            setGraphic(box);
        }
    }

    private void pick(CarryoverReviewModel.Row row) {
        Optional<TaskText> chosen = dialogs.showCustomDialogAndWait(owned(new SuccessorPickDialog(messages, row, model.candidates(row))));
        chosen.ifPresent(t -> model.pick(row, t));
    }

    private void drop(CarryoverReviewModel.Row row) {
        Optional<String> reason = dialogs.showCustomDialogAndWait(owned(new NotCarriedDialog(messages, row)));
        reason.ifPresent(r -> model.drop(row, r));
    }

    private <R> Dialog<R> owned(Dialog<R> dialog) {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            dialog.initOwner(getDialogPane().getScene().getWindow());
        }
        return dialog;
    }

    /** Shows the text of a list entry: 2.1.3 title (0.93 when proposed). */
    static final class TaskCell extends ListCell<TaskText> {
        private final CarryoverReviewModel.Row row;

        TaskCell(CarryoverReviewModel.Row row) {
            this.row = row;
        }

        @Override
        protected void updateItem(TaskText t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                return;
            }
            String score = row.proposals().stream().filter(p -> p.to().taskId() == t.taskId()).findFirst()
                    .map(p -> "  (" + score(p.score()) + ")").orElse("");
            setText(t.code() + "  " + t.title() + score);
        }
    }
}
