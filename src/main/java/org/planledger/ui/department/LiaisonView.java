package org.planledger.ui.department;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.ui.common.Subscriptions;

/**
 * The department's liaison officer (联络员): name, phone, email; the deputy's name and phone.
 * A phone that does not look like one is marked on its field (ControlsFX) and said below the
 * form; 保存 is enabled when something changed and nothing is wrong.
 */
final class LiaisonView {

    private final VBox root;

    LiaisonView(DepartmentViewModel vm, Messages messages, Subscriptions subs) {
        LiaisonForm form = vm.liaison();
        TextField name = field("liaison-name", form.nameProperty(), subs, 8);
        TextField phone = field("liaison-phone", form.phoneProperty(), subs, 12);
        TextField email = field("liaison-email", form.emailProperty(), subs, 16);
        TextField deputyName = field("liaison-deputy-name", form.deputyNameProperty(), subs, 8);
        TextField deputyPhone = field("liaison-deputy-phone", form.deputyPhoneProperty(), subs, 12);
        name.setPromptText(messages.get("ui.liaison.name.prompt"));
        phone.setPromptText(messages.get("ui.liaison.phone.prompt"));
        email.setPromptText(messages.get("ui.liaison.email.prompt"));
        deputyName.setPromptText(messages.get("ui.liaison.name.prompt"));
        deputyPhone.setPromptText(messages.get("ui.liaison.phone.prompt"));

        ValidationSupport validation = new ValidationSupport();
        Validator<String> phoneCheck = (control, value) -> {
            Text problem = LiaisonForm.phoneProblem(value);
            return ValidationResult.fromMessageIf(control, problem == null ? "" : messages.format(problem),
                    Severity.ERROR, problem != null);
        };
        validation.registerValidator(phone, false, phoneCheck);
        validation.registerValidator(deputyPhone, false, phoneCheck);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("liaison-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), new ColumnConstraints(), grow());
        grid.addRow(0, label(messages, "ui.liaison.officer", name), name, label(messages, "ui.liaison.phone", phone), phone,
                label(messages, "ui.liaison.email", email), email);
        grid.addRow(1, label(messages, "ui.liaison.deputy", deputyName), deputyName,
                label(messages, "ui.liaison.phone", deputyPhone), deputyPhone);
        GridPane.setHgrow(email, Priority.ALWAYS);

        Button save = new Button(messages.get("ui.liaison.save"));
        save.setId("liaison-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.saveLiaison());
        subs.bind(save.disableProperty(), form.changedProperty().not().or(form.problemProperty().isNotNull())
                .or(vm.savingProperty()).or(vm.selectedProperty().isNull()));
        // the contacts come with the package: the manager keeps them
        vm.role().managerOnly(save, subs);
        subs.bind(grid.disableProperty(), vm.role().departmentProperty());
        Label problem = new Label();
        problem.setId("liaison-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        subs.bind(problem.textProperty(), Bindings.createStringBinding(() -> {
            Text p = form.problemProperty().get();
            if (!form.changedProperty().get()) {
                return form.hasLiaison() ? "" : messages.get("ui.liaison.missing");
            }
            return p == null ? messages.get("ui.liaison.unsaved") : messages.format(p);
        }, form.problemProperty(), form.changedProperty()));
        problem.getStyleClass().add("liaison-message");
        HBox actions = new HBox(10, save, problem);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(messages.get("ui.liaison.title"));
        title.getStyleClass().add("task-part-title");
        root = new VBox(6, title, grid, actions);
        root.setId("liaison");
        root.getStyleClass().add("liaison");
        subs.listen(form.problemProperty(), (o, old, now) -> markProblem(problem, form));
        subs.listen(form.changedProperty(), (o, old, now) -> markProblem(problem, form));
        markProblem(problem, form);
    }

    private static void markProblem(Label problem, LiaisonForm form) {
        boolean bad = form.changedProperty().get() && form.problemProperty().get() != null;
        problem.getStyleClass().removeAll("liaison-problem");
        if (bad) {
            problem.getStyleClass().add("liaison-problem");
        }
    }

    Node node() {
        return root;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static TextField field(String id, StringProperty value, Subscriptions subs, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        subs.bindBidirectional(f.textProperty(), value);
        return f;
    }

    private static Label label(Messages messages, String key, Node field) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
