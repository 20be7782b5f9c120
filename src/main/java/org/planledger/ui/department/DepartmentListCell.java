package org.planledger.ui.department;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.planledger.i18n.Messages;
import org.planledger.model.Department;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.DepartmentWords;

/** A department in the list: the short name it is listed by, its full name, its kind, and 待核实 / 已撤销 badges. */
final class DepartmentListCell extends ListCell<Department> {

    private final Messages messages;
    private final Label name = new Label();
    private final Label fullName = new Label();
    private final Label unverified = new Label();
    private final Label retired = new Label();
    private final Label kind = new Label();
    private final HBox row;

    DepartmentListCell(Messages messages) {
        this.messages = messages;
        getStyleClass().add("department-cell");
        name.getStyleClass().add("department-cell-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        fullName.getStyleClass().add("department-cell-full");
        fullName.setMinWidth(0);
        unverified.setText(messages.get("ui.department.unverified"));
        unverified.getStyleClass().addAll("badge", "badge-unverified");
        unverified.setMinWidth(Region.USE_PREF_SIZE);
        retired.getStyleClass().addAll("badge", "badge-retired");
        retired.setMinWidth(Region.USE_PREF_SIZE);
        kind.getStyleClass().add("department-cell-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row = new HBox(6, name, fullName, unverified, retired, spacer, kind);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Label l : new Label[] {fullName, unverified, retired}) {
            l.managedProperty().bind(l.visibleProperty());
        }
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Department d, boolean empty) {
        super.updateItem(d, empty);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("retired"), d != null && d.retired());
        if (empty || d == null) {
            setGraphic(null);
            return;
        }
        String listed = DepartmentRegistry.sortName(d);
        name.setText(listed);
        fullName.setText(d.name());
        fullName.setVisible(!listed.equals(d.name()));
        unverified.setVisible(!d.verified() && !d.retired());
        retired.setVisible(d.retired());
        retired.setText(messages.get(DepartmentWords.merged(d) ? "ui.department.merged" : "ui.department.retiredBadge"));
        kind.setText(messages.get(d.kind().messageKey()));
        setGraphic(row);
    }
}
