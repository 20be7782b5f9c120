package org.planledger.ui.common;

import impl.org.controlsfx.skin.AutoCompletePopup;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.planledger.model.Department;

/**
 * A text field with type-ahead over departments: typing part of a full or short name (水务局,
 * 生态环境) offers the matches in ControlsFX's auto-complete pop-up; a click, or ↓/↑ and Enter,
 * chooses one, and so does Enter on a name that is exact. The choice goes to {@link #setOnChosen}.
 * <p>We drive {@link AutoCompletePopup} ourselves rather than through ControlsFX's
 * {@code AutoCompletionBinding}, which needs {@code com.sun.javafx.event} exported and so fails
 * wherever JavaFX runs as named modules (javafx:run, the jlink'ed runtime of the installers).
 */
public final class DepartmentPicker {

    private static final int SUGGESTIONS = 12;

    private final TextField field = new TextField();
    private final DepartmentWords words;
    private final AutoCompletePopup<Department> popup = new AutoCompletePopup<>();
    private List<Department> choices;
    private Consumer<Department> onChosen = d -> { };
    private boolean clearAfterChoice;
    private boolean writing;

    public DepartmentPicker(ObservableList<Department> choices, DepartmentWords words, Subscriptions subs) {
        this.words = words;
        this.choices = List.copyOf(choices);
        subs.listen(choices, (ListChangeListener<Department>) c -> this.choices = List.copyOf(choices));
        field.getStyleClass().add("department-picker");
        popup.setConverter(new StringConverter<>() {
            @Override
            public String toString(Department d) {
                return words.label(d);
            }

            @Override
            public Department fromString(String s) {
                return null;
            }
        });
        popup.setVisibleRowCount(10);
        popup.setOnSuggestion(e -> choose(e.getSuggestion()));
        subs.onDispose(popup::hide);
        field.textProperty().addListener((o, old, now) -> {
            if (!writing && field.isFocused()) {
                offer(now);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(field::selectAll);
            } else {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    public TextField node() {
        return field;
    }

    /** Empties the field after each choice (to add several, one by one). */
    public DepartmentPicker clearAfterChoice() {
        this.clearAfterChoice = true;
        return this;
    }

    public void setOnChosen(Consumer<Department> handler) {
        this.onChosen = handler;
    }

    /** Shows what is chosen now (or nothing), unless the user is typing in the field. */
    public void show(String text) {
        if (!field.isFocused()) {
            write(text == null ? "" : text);
        }
    }

    private void offer(String typed) {
        List<Department> offered = DepartmentSuggestions.suggest(choices, typed, SUGGESTIONS);
        if (offered.isEmpty()) {
            popup.hide();
            return;
        }
        popup.getSuggestions().setAll(offered);
        popup.setPrefWidth(Math.max(field.getWidth(), 280));
        if (!popup.isShowing() && field.getScene() != null) {
            popup.show(field);
        }
        list().ifPresent(l -> l.getSelectionModel().select(0));
    }

    private void key(KeyEvent e) {
        Optional<ListView<Department>> list = popup.isShowing() ? list() : Optional.empty();
        switch (e.getCode()) {
            case DOWN, UP -> list.ifPresent(l -> {
                int i = l.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                l.getSelectionModel().select(Math.max(0, Math.min(l.getItems().size() - 1, i)));
                l.scrollTo(Math.max(0, l.getSelectionModel().getSelectedIndex() - 3));
                e.consume();
            });
            case ENTER -> {
                Department d = list.map(l -> l.getSelectionModel().getSelectedItem()).orElse(null);
                (d != null ? Optional.of(d) : typed()).ifPresent(this::choose);
                e.consume();
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<ListView<Department>> list() {
        return popup.getSkin() != null && popup.getSkin().getNode() instanceof ListView<?> l
                ? Optional.of((ListView<Department>) l) : Optional.empty();
    }

    private Optional<Department> typed() {
        String text = field.getText();
        Optional<Department> exact = DepartmentSuggestions.exact(choices, text);
        if (exact.isPresent()) {
            return exact;
        }
        List<Department> offered = DepartmentSuggestions.suggest(choices, text, 2);
        return offered.size() == 1 ? Optional.of(offered.get(0)) : Optional.empty();
    }

    private void choose(Department d) {
        popup.hide();
        if (d == null) {
            return;
        }
        write(clearAfterChoice ? "" : words.label(d));
        field.positionCaret(field.getLength());
        onChosen.accept(d);
    }

    private void write(String text) {
        writing = true;
        try {
            field.setText(text);
        } finally {
            writing = false;
        }
    }
}
