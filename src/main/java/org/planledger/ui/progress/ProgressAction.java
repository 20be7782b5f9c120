package org.planledger.ui.progress;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.progress.ProgressStore;

/**
 * One thing the task view writes about progress, as the dialog filled it in. Applied in the
 * background; the store checks it and refuses it (in the user's words) before writing anything.
 */
public sealed interface ProgressAction {

    void apply(ProgressStore store);

    /** 写进展, or 更正 an earlier entry when {@code entry.supersedes()} is set. */
    record WriteEntry(NewEntry entry) implements ProgressAction {
        @Override
        public void apply(ProgressStore store) {
            store.addEntry(entry);
        }
    }

    /** 申请销号: the lead department, with an explanation, new files and evidence already on the task ({@code attached}). */
    record RequestCloseOut(ItemKey item, long departmentId, LocalDate on, String explanation,
                           List<EvidenceFile> evidence, List<Long> attached) implements ProgressAction {
        public RequestCloseOut {
            evidence = List.copyOf(evidence);
            attached = List.copyOf(attached);
        }

        @Override
        public void apply(ProgressStore store) {
            store.requestCloseOut(item, departmentId, on, explanation, evidence, attached);
        }
    }

    /** 通过销号 or 退回 (a return needs a reason). */
    record DecideCloseOut(ItemKey item, boolean accept, LocalDate on, String reason) implements ProgressAction {
        @Override
        public void apply(ProgressStore store) {
            if (accept) {
                store.acceptCloseOut(item, on, reason);
            } else {
                store.returnCloseOut(item, on, reason);
            }
        }
    }

    /** 未启动, 推进中, 暂缓 (with a reason) or 持续推进. */
    record SetStatus(ItemKey item, TaskStatus status, LocalDate on, String reason) implements ProgressAction {
        @Override
        public void apply(ProgressStore store) {
            store.setStatus(item, status, on, reason);
        }
    }

    /** 申请延期: the lead department asks for a later due date. */
    record RequestExtension(ItemKey item, long departmentId, LocalDate on, LocalDate newDue, String reason)
            implements ProgressAction {
        @Override
        public void apply(ProgressStore store) {
            store.requestExtension(item, departmentId, on, newDue, reason);
        }
    }

    /** 批复延期: accepted, or refused with a reason. */
    record DecideExtension(long requestId, boolean accept, LocalDate on, String reason) implements ProgressAction {
        @Override
        public void apply(ProgressStore store) {
            store.decideExtension(requestId, accept, on, reason);
        }
    }

    /** 调整灯色; {@code light} null returns the item to the rules. */
    record OverrideLight(ItemKey item, Light light, LocalDate on, String reason) implements ProgressAction {
        @Override
        public void apply(ProgressStore store) {
            store.overrideLight(item, light, on, reason);
        }
    }
}
