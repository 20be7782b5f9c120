package org.planledger.ui.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.store.progress.ProgressHistory.Entry;
import org.planledger.store.progress.ProgressHistory.Extension;
import org.planledger.store.progress.ProgressHistory.Override;
import org.planledger.store.progress.ProgressHistory.StatusChange;

/** One line of a task's history timeline: something recorded on a day, about the task or a milestone. */
public sealed interface HistoryLine {

    LocalDate date();

    /** The milestone it is about, or null for the whole task. */
    Long milestoneId();

    /** Within a day, the later kind of record shows above (a decision above its request). */
    int rank();

    /** Orders within a kind: later records have larger ids. */
    long id();

    record EntryLine(Entry entry) implements HistoryLine {
        @java.lang.Override
        public LocalDate date() {
            return entry.writtenOn();
        }

        @java.lang.Override
        public Long milestoneId() {
            return entry.milestoneId();
        }

        @java.lang.Override
        public int rank() {
            return 0;
        }

        @java.lang.Override
        public long id() {
            return entry.id();
        }
    }

    record StatusLine(StatusChange change) implements HistoryLine {
        @java.lang.Override
        public LocalDate date() {
            return change.on();
        }

        @java.lang.Override
        public Long milestoneId() {
            return change.milestoneId();
        }

        @java.lang.Override
        public int rank() {
            return 1;
        }

        @java.lang.Override
        public long id() {
            return change.id();
        }
    }

    /** An extension request as made (its decision, if any, is a line of its own). */
    record ExtensionRequestLine(Extension request) implements HistoryLine {
        @java.lang.Override
        public LocalDate date() {
            return request.requestedOn();
        }

        @java.lang.Override
        public Long milestoneId() {
            return request.milestoneId();
        }

        @java.lang.Override
        public int rank() {
            return 2;
        }

        @java.lang.Override
        public long id() {
            return request.id();
        }
    }

    record ExtensionDecisionLine(Extension request) implements HistoryLine {
        @java.lang.Override
        public LocalDate date() {
            return request.decidedOn();
        }

        @java.lang.Override
        public Long milestoneId() {
            return request.milestoneId();
        }

        @java.lang.Override
        public int rank() {
            return 3;
        }

        @java.lang.Override
        public long id() {
            return request.id();
        }
    }

    record OverrideLine(Override override) implements HistoryLine {
        @java.lang.Override
        public LocalDate date() {
            return override.on();
        }

        @java.lang.Override
        public Long milestoneId() {
            return override.milestoneId();
        }

        @java.lang.Override
        public int rank() {
            return 4;
        }

        @java.lang.Override
        public long id() {
            return override.id();
        }
    }

    /** Everything in the history as one timeline, newest first. */
    static List<HistoryLine> of(ProgressHistory history) {
        List<HistoryLine> lines = new ArrayList<>();
        history.entries().forEach(e -> lines.add(new EntryLine(e)));
        history.statusChanges().forEach(s -> lines.add(new StatusLine(s)));
        for (Extension x : history.extensions()) {
            lines.add(new ExtensionRequestLine(x));
            if (!x.pending()) {
                lines.add(new ExtensionDecisionLine(x));
            }
        }
        history.overrides().forEach(o -> lines.add(new OverrideLine(o)));
        lines.sort(Comparator.comparing(HistoryLine::date).thenComparingInt(HistoryLine::rank)
                .thenComparingLong(HistoryLine::id).reversed());
        return lines;
    }
}
