package org.planledger.notice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.planledger.docs.DocumentBatch;
import org.planledger.docs.DocumentFonts;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.NoticeKind;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.notice.Notice;
import org.planledger.store.notice.NoticeSettings;
import org.planledger.store.notice.NoticeStore;
import org.planledger.store.notice.PendingDocuments;
import org.planledger.store.plan.TaskDetail;

/**
 * 催办通知书 for the 督办单 whose feedback deadline has passed with no answer from the department
 * they were sent to (the register's answer, linked when the department reported on their items),
 * and not yet chased: one per 督办单, to the same department, about the same items. Written and
 * registered together, as the 督办单 are (kind 催办, referring to the 督办单 by number).
 */
public final class NoticeChaser {

    private final Ledger ledger;
    private final Clock clock;
    private final Messages m;
    private final InstalledFonts installed;

    public NoticeChaser(Ledger ledger, Clock clock, Messages messages, InstalledFonts installed) {
        this.ledger = ledger;
        this.clock = clock;
        this.m = messages;
        this.installed = installed;
    }

    /** What was chased: the register's entries and the files, in the same order. */
    public record Chased(List<Notice> notices, List<Path> files, List<Text> warnings) {
    }

    /**
     * The 督办单 due a 催办 on {@code today}: addressed to a department, the feedback deadline
     * passed, no answer, not closed, and no 催办 sent for it yet.
     */
    public static List<Notice> due(List<Notice> register, LocalDate today) {
        Set<String> chased = register.stream().filter(n -> n.kind() == NoticeKind.REMINDER && n.refersTo() != null)
                .map(Notice::refersTo).collect(Collectors.toSet());
        return register.stream().filter(n -> n.kind() == NoticeKind.SUPERVISION && n.departmentId() != null
                && n.overdueOn(today) && !chased.contains(n.number())).toList();
    }

    /** The 催办通知书 due today (or on {@code on}), numbered on from the register; empty when none is due. */
    public List<ReminderNotice> prepare(LocalDate on) {
        LocalDate today = on == null ? LocalDate.now(clock) : on;
        NoticeStore register = ledger.notices(clock);
        NoticeSettings settings = register.settings();
        LocalDate feedbackDue = WorkingDays.of(ledger, clock).after(today, settings.feedbackWorkingDays());
        int serial = register.nextSerial(settings.prefix(), today.getYear());
        List<ReminderNotice> out = new ArrayList<>();
        for (Notice original : due(register.all(), today)) {
            List<String> codes = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (Notice.Item i : original.items()) {
                TaskDetail task = ledger.plans().task(i.key().taskId());
                Optional<TaskDetail.MilestoneRow> milestone = task.milestones().stream()
                        .filter(ms -> i.key().milestoneId() != null && ms.id() == i.key().milestoneId()).findFirst();
                // a milestone is named by its year, as the 督办单 named it (after the title: the code column is narrow)
                codes.add(i.code());
                titles.add(milestone.map(ms -> m.get("notice.doc.milestoneCode", task.task().title(), String.valueOf(ms.year())))
                        .orElse(task.task().title()));
            }
            out.add(new ReminderNotice(settings.prefix(), today.getYear(), serial++, original, codes, titles, today, feedbackDue,
                    settings));
        }
        return out;
    }

    /** Writes the 催办通知书 into {@code folder} and registers them, all or nothing. */
    public Chased chase(List<ReminderNotice> reminders, Path folder) {
        if (reminders.isEmpty()) {
            throw new NoticeException(Text.of("notice.reminder.noneDue"));
        }
        ReminderNoticeDocument writer = new ReminderNoticeDocument(m);
        DocumentFonts.Chosen fonts = NoticeIssuer.fonts(reminders.get(0).settings()).choose(installed);
        try (DocumentBatch batch = new DocumentBatch(folder)) {
            for (ReminderNotice n : reminders) {
                try (OfficialDocument d = writer.write(n, fonts)) {
                    batch.stage(writer.fileName(n), d::write);
                }
            }
            // the register first, with which temporary file becomes which document; then the files
            // (a process killed in between has its moves finished when the ledger next opens)
            NoticeStore register = ledger.notices(clock);
            PendingDocuments documents = new PendingDocuments(batch.staged());
            List<Notice> registered = register.issue(reminders.stream().map(ReminderNotice::entry).toList(), documents);
            List<Path> files;
            try {
                files = batch.commit();
            } catch (RuntimeException e) {
                register.withdraw(registered, documents);
                throw e;
            }
            try {
                register.settle(documents);
            } catch (StoreException e) {
                // documents and register agree; the stale record is dropped at the next opening
            }
            return new Chased(registered, files, fonts.warnings());
        }
    }
}
