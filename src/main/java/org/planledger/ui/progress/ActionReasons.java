package org.planledger.ui.progress;

import java.time.LocalDate;
import java.util.Optional;
import org.planledger.i18n.Text;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;

/**
 * Why 写进展, 申请销号 or 申请延期 cannot succeed on a task as shown, in the user's words; empty
 * when it can. The task view turns the action off and shows the reason.
 */
public final class ActionReasons {

    private ActionReasons() {
    }

    /** A closed task owes no more progress; the manager reopens it first. */
    public static Optional<Text> cannotWrite(ProgressSnapshot p) {
        return taskStatus(p) == TaskStatus.CLOSED ? Optional.of(Text.of("ui.task.off.writeClosed")) : Optional.empty();
    }

    public static Optional<Text> cannotRequestCloseOut(ProgressSnapshot p) {
        if (!ActionDialogs.closable(p).isEmpty()) {
            return Optional.empty();
        }
        TaskStatus task = taskStatus(p);
        if (task == TaskStatus.CLOSED) {
            return Optional.of(Text.of("ui.task.off.closed"));
        }
        if (task == TaskStatus.CLOSE_OUT_REQUESTED) {
            return Optional.of(Text.of("ui.task.off.closeOutWaiting"));
        }
        return Optional.of(Text.of("ui.task.off.nothingToClose"));
    }

    /** An extension is asked for before the due date; after every one has passed, none can be. */
    public static Optional<Text> cannotRequestExtension(ProgressSnapshot p) {
        if (!ActionDialogs.extendable(p).isEmpty()) {
            return Optional.empty();
        }
        if (taskStatus(p) == TaskStatus.CLOSED) {
            return Optional.of(Text.of("ui.task.off.closed"));
        }
        Optional<LocalDate> lastPassed = p.items().stream().map(ItemLight::item)
                .filter(ActionReasons::open)
                .map(ItemState::due)
                .filter(due -> due != null && p.today().isAfter(due))
                .max(LocalDate::compareTo);
        return Optional.of(lastPassed.map(d -> Text.of("ui.task.off.everyDuePassed", d))
                .orElse(Text.of("ui.task.off.nothingToExtend")));
    }

    private static boolean open(ItemState s) {
        return s.status() != TaskStatus.CLOSED && s.status() != TaskStatus.CLOSE_OUT_REQUESTED;
    }

    private static TaskStatus taskStatus(ProgressSnapshot p) {
        return p.task().map(t -> t.item().status()).orElse(null);
    }
}
