package org.planledger.ui.indicator;

import org.planledger.i18n.Messages;
import org.planledger.ui.common.FormDialog;

/**
 * The frame of the indicator dialogs: {@link FormDialog}'s form, problem line and save button
 * that keeps the dialog open while the ledger writes, with a header naming the indicator.
 */
abstract class IndicatorDialog extends FormDialog {

    /** Writes in the background: then either refused (on the UI thread) or done. */
    @FunctionalInterface
    interface Save extends FormDialog.Submission {
    }

    IndicatorDialog(String id, String title, String header, Messages messages) {
        super(id, "indicator", title, messages.get("ui.indicator.dialog.save"), 520, messages);
        setHeaderText(header);
        getDialogPane().getStyleClass().add("indicator-dialog");
        onSubmit(this::action);
    }

    /** What saving writes; null (after {@link #showProblem}) when the form is not right yet. */
    protected abstract Save action();
}
