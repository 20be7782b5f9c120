package org.planledger.ui.progress;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.progress.ItemLight;
import org.planledger.ui.common.FormDialog;

/**
 * The frame every progress dialog shares: a two-column form, a line for what is wrong, and a
 * save button that keeps the dialog open while the action is written in the background. A
 * refusal (the store's own words) shows in the dialog; only success closes it.
 */
public class ProgressDialog extends FormDialog {

    private final ProgressSaver saver;

    protected ProgressDialog(String id, String title, String saveText, Messages messages, ProgressSaver saver) {
        super(id, "progress", title, saveText, 600, messages);
        this.saver = saver;
    }

    /** What the save button writes; null (after {@link #showProblem}) when the form is not yet right. */
    protected final void onSave(Supplier<ProgressAction> action) {
        onSubmit(() -> {
            ProgressAction wanted = action.get();
            return wanted == null ? null : (refused, done) -> saver.perform(wanted, refused, done);
        });
    }

    /** The action for the task or milestone chosen in {@code item}; asks for one when none is chosen. */
    protected final void onSaveFor(ComboBox<ItemLight> item, Function<ItemLight, ProgressAction> action) {
        onSave(() -> item.getValue() == null ? showProblem(Text.of("ui.taskProgress.problem.noItem"))
                : action.apply(item.getValue()));
    }

    /** 事项: the task or one of its milestones, from those the action suits. */
    protected final ComboBox<ItemLight> itemChoice(ItemWords words, List<ItemLight> items, ItemKey preferred) {
        ComboBox<ItemLight> box = new ComboBox<>();
        box.setId("progress-item");
        box.getItems().setAll(items);
        box.setConverter(words.converter());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(items.stream().filter(i -> i.item().key().equals(preferred)).findFirst()
                .orElse(items.isEmpty() ? null : items.get(0)));
        return row(messages.get("ui.taskProgress.field.item"), box);
    }

}
