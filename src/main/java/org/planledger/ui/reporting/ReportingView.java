package org.planledger.ui.reporting;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.planledger.i18n.Messages;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.ReportingGrid;
import org.planledger.ui.common.Subscriptions;

/**
 * 报送: the cycle (with 更改… for the settings), the last closed period in one sentence, a legend,
 * and the grid of lead departments × periods, each cell "已报 3/5" in its state's colour with the
 * tasks still missing in its tooltip.
 */
public final class ReportingView {

    private final ReportingViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<ReportingData.DepartmentRow> table = new TableView<>();
    private final Label cycle = new Label();
    private final Label summary = new Label();

    public ReportingView(ReportingViewModel vm, Messages messages, Subscriptions subs, Runnable editSettings) {
        this.vm = vm;
        this.messages = messages;
        cycle.setId("reporting-cycle");
        cycle.getStyleClass().add("reporting-cycle");
        Button change = new Button(messages.get("ui.reporting.change"));
        change.setId("reporting-change");
        change.setOnAction(e -> editSettings.run());
        // the reporting cycle is the manager's rule
        vm.role().managerOnly(change, subs);
        HBox cycleLine = new HBox(10, cycle, change, org.planledger.ui.common.TableExporter.button(messages, table,
                () -> messages.get("ui.view.reporting"), "reporting-export"));
        cycleLine.setAlignment(Pos.CENTER_LEFT);
        summary.setId("reporting-summary");
        summary.getStyleClass().add("reporting-summary");
        summary.setWrapText(true);
        VBox top = new VBox(6, cycleLine, summary, legend());
        top.setPadding(new Insets(8, 10, 8, 10));
        table.setId("reporting-table");
        table.getStyleClass().add("reporting-table");
        table.setPlaceholder(new Label(messages.get("ui.reporting.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        root.setId("reporting-view");
        root.setTop(top);
        root.setCenter(new StackPane(table, loading(subs)));
        subs.listen(vm.dataProperty(), (o, old, now) -> show(now));
        show(vm.dataProperty().get());
    }

    public Node node() {
        return root;
    }

    private void show(ReportingData data) {
        cycle.setText(data.asOf() == null ? "" : messages.get("ui.reporting.cycle",
                messages.get(data.cycle().kind().messageKey()), data.cycle().dueDay()));
        summary.setText(summaryText(data));
        table.getColumns().clear();
        TableColumn<ReportingData.DepartmentRow, String> name = new TableColumn<>(
                messages.get("ui.reporting.column.department"));
        name.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().shortName()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                ReportingData.DepartmentRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(row.fullName()));
            }
        });
        name.setPrefWidth(150);
        name.setComparator(messages.collator()::compare);
        name.getStyleClass().add("reporting-department");
        table.getColumns().add(name);
        ReportingPeriod last = data.summary() == null ? null : data.summary().period();
        for (int i = 0; i < data.periods().size(); i++) {
            table.getColumns().add(periodColumn(data, i, data.periods().get(i).equals(last)));
        }
        table.getItems().setAll(data.rows());
    }

    private TableColumn<ReportingData.DepartmentRow, ReportingGrid.Cell> periodColumn(ReportingData data, int index,
                                                                                      boolean lastClosed) {
        ReportingPeriod period = data.periods().get(index);
        TableColumn<ReportingData.DepartmentRow, ReportingGrid.Cell> c = new TableColumn<>(
                messages.format(period.label()));
        c.setId("reporting-period-" + period.code());
        c.setSortable(false);
        // wide enough for 2026年10月 or 2026年第4季度 in one line
        double width = switch (period.kind()) {
            case MONTH -> 100;
            case QUARTER -> 116;
            case YEAR -> 90;
        };
        // English words are longer: "Reported 10/14 (2 late)"
        c.setPrefWidth("zh".equals(messages.locale().getLanguage()) ? width : width + 40);
        c.getStyleClass().add("reporting-period");
        if (lastClosed) {
            c.getStyleClass().add("reporting-last-closed");
        }
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().cells().get(index)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ReportingGrid.Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().removeIf(s -> s.startsWith("reporting-state-"));
                if (empty || cell == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                ReportingGrid.State state = cell.state(data.asOf());
                getStyleClass().add(stateClass(state));
                setText(CellWords.text(messages, cell, true));
                setAccessibleText(CellWords.text(messages, cell, false));
                Tooltip tip = new Tooltip(cellTip(cell, state));
                tip.setWrapText(true);
                tip.setMaxWidth(460);
                tip.setShowDelay(Duration.millis(200));
                tip.setShowDuration(Duration.seconds(30));
                setTooltip(tip);
            }
        });
        return c;
    }

    static String stateClass(ReportingGrid.State state) {
        return "reporting-state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String cellTip(ReportingGrid.Cell cell, ReportingGrid.State state) {
        StringBuilder tip = new StringBuilder(messages.get("ui.reporting.tip.state", messages.format(cell.period().label()),
                messages.get(state.messageKey()), cell.due()));
        if (cell.owed() > 0) {
            tip.append('\n').append(messages.get("ui.reporting.tip.counts", cell.owed(), cell.reported()));
        }
        if (!cell.missing().isEmpty()) {
            List<String> codes = cell.missing();
            String listed = list(codes.subList(0, Math.min(30, codes.size())));
            if (codes.size() > 30) {
                listed += " " + messages.get("ui.reporting.tip.more", codes.size());
            }
            tip.append('\n').append(messages.get("ui.reporting.tip.missing", listed));
        }
        if (cell.late() > 0) {
            tip.append('\n').append(messages.get("ui.reporting.tip.late", cell.late()));
        }
        return tip.toString();
    }

    private String summaryText(ReportingData data) {
        ReportingData.PeriodSummary s = data.summary();
        if (data.asOf() == null) {
            return "";
        }
        if (s == null) {
            return messages.get("ui.reporting.noPeriod");
        }
        if (s.owing() == 0) {
            return messages.get("ui.reporting.summary.none", s.period().label());
        }
        StringBuilder text = new StringBuilder(messages.get("ui.reporting.summary", s.period().label(), s.owing(),
                s.reported().size(), s.partial().size(), s.missing().size(), s.due()));
        // sentences follow each other without a space in Chinese, with one in English
        String gap = "zh".equals(messages.locale().getLanguage()) ? "" : " ";
        if (!s.missing().isEmpty()) {
            text.append(gap).append(messages.get("ui.reporting.summary.missing", list(s.missing())));
        }
        if (!s.partial().isEmpty()) {
            text.append(gap).append(messages.get("ui.reporting.summary.partial", list(s.partial())));
        }
        return text.toString();
    }

    /** 财政局、水务局 in Chinese; a comma in English. */
    private String list(List<String> items) {
        return String.join("zh".equals(messages.locale().getLanguage()) ? "、" : ", ", items);
    }

    private Node legend() {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_LEFT);
        for (ReportingGrid.State state : ReportingGrid.State.values()) {
            Label l = new Label(messages.get(state.messageKey()));
            l.getStyleClass().addAll("reporting-legend", stateClass(state));
            box.getChildren().add(l);
        }
        return box;
    }

    private VBox loading(Subscriptions subs) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(40, 40);
        Label text = new Label(messages.get("ui.reporting.loading"));
        VBox box = new VBox(10, progress, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("loading");
        subs.bind(box.visibleProperty(), vm.loadingProperty());
        return box;
    }
}
