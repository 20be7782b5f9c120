package org.planledger.ui.indicator;

import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.Department;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.progress.DialogHost;

/** 指标: the indicators table above, the selected indicator below; a progress sign while reading. */
public final class IndicatorView {

    private final StackPane root = new StackPane();

    /** @param dialogs the window's dialog service, or null to show dialogs owned by this view's window */
    public IndicatorView(IndicatorViewModel vm, Messages messages, ObservableList<Department> departments,
                         DialogService dialogs, Subscriptions subs) {
        IndicatorWords words = new IndicatorWords(messages);
        IndicatorTable table = new IndicatorTable(vm, words, subs);
        DialogHost host = dialogs != null ? DialogHost.of(dialogs) : DialogHost.ownedBy(root);
        IndicatorDetail detail = new IndicatorDetail(vm, words, departments, () -> host, subs);
        javafx.scene.control.Button export = org.planledger.ui.common.TableExporter.button(messages, table.node(),
                () -> messages.get("ui.view.indicators"), "indicator-export");
        HBox exportBar = new HBox(export);
        exportBar.setAlignment(Pos.CENTER_RIGHT);
        exportBar.getStyleClass().add("export-bar");
        javafx.scene.layout.BorderPane tablePane = new javafx.scene.layout.BorderPane(table.node());
        tablePane.setTop(exportBar);
        SplitPane split = new SplitPane(tablePane, detail.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setId("indicator-view");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(48, 48);
        Label message = new Label(messages.get("ui.indicator.loading"));
        VBox loading = new VBox(12, progress, message);
        loading.setAlignment(Pos.CENTER);
        loading.getStyleClass().add("loading");
        loading.setMouseTransparent(true);
        subs.bind(loading.visibleProperty(), vm.loadingProperty().and(javafx.beans.binding.Bindings.isEmpty(vm.rows())));
        root.getChildren().addAll(split, loading);
    }

    public Node node() {
        return root;
    }
}
