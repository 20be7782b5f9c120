package org.planledger.notice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.planledger.docs.DocumentBatch;
import org.planledger.docs.DocumentFonts;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.division.DeptRef;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.notice.Notice;
import org.planledger.store.notice.NoticeSettings;
import org.planledger.store.notice.NoticeStore;
import org.planledger.store.notice.PendingDocuments;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.store.progress.ProgressStore;

/**
 * Issues 督办单: selects the items from the lights of the day (the deadline view's own query),
 * builds one document per lead department (or per item), then writes them all into a folder and
 * enters them in the register together — the files are moved into place inside the register's
 * transaction, so either the documents are there and registered, or neither.
 */
public final class NoticeIssuer {

    private final Ledger ledger;
    private final Clock clock;
    private final Messages m;
    private final InstalledFonts installed;

    public NoticeIssuer(Ledger ledger, Clock clock, Messages messages, InstalledFonts installed) {
        this.ledger = ledger;
        this.clock = clock;
        this.m = messages;
        this.installed = installed;
    }

    /** The 督办单 a request gives, and what the office should know (items without a lead, missing fonts). */
    public record Prepared(List<SupervisionNotice> notices, List<Text> warnings) {
    }

    /** What was issued: the register's entries and the files, in the same order. */
    public record Issued(List<Notice> notices, List<Path> files, List<Text> warnings) {
    }

    public Prepared prepare(NoticeRequest r) {
        LocalDate on = r.issuedOn() == null ? LocalDate.now(clock) : r.issuedOn();
        ProgressStore progress = ledger.progress(clock);
        NoticeStore register = ledger.notices(clock);
        NoticeSettings settings = register.settings();
        List<Text> warnings = new ArrayList<>();

        List<ItemLight> chosen = select(progress.lights(r.planId() == null ? 0 : r.planId(), on), r, warnings);
        if (chosen.isEmpty()) {
            throw new NoticeException(Text.of("notice.error.nothingSelected"));
        }
        LocalDate feedbackDue = r.feedbackDue() != null ? r.feedbackDue() : WorkingDays.of(ledger, clock).after(on, settings.feedbackWorkingDays());
        if (feedbackDue.isBefore(on)) {
            throw new NoticeException(Text.of("notice.error.feedbackBeforeIssue", feedbackDue, on));
        }

        Map<Long, String> plans = new LinkedHashMap<>();
        for (PlanSummary p : ledger.plans().plans()) {
            plans.put(p.id(), p.title());
        }
        Map<Long, ProgressHistory> histories = new LinkedHashMap<>();
        List<List<SupervisionItem>> groups = new ArrayList<>();
        for (NoticeGrouping.Group g : NoticeGrouping.of(chosen, r.perItem())) {
            List<SupervisionItem> items = new ArrayList<>();
            for (ItemLight il : g.items()) {
                ItemState s = il.item();
                ProgressHistory h = histories.computeIfAbsent(s.key().taskId(), t -> progress.history(t, on));
                items.add(new SupervisionItem(il, NoticeColours.of(il.verdict()).orElseThrow(), plans.get(s.planId()),
                        ledger.plans().task(s.key().taskId()), ledger.divisions().division(s.key().taskId()), latest(h, s)));
            }
            groups.add(items);
        }

        int year = on.getYear();
        int serial = r.firstSerial() != null ? r.firstSerial() : register.nextSerial(settings.prefix(), year);
        if (serial < 1) {
            throw new NoticeException(Text.of("notice.error.badSerial", serial));
        }
        List<SupervisionNotice> notices = new ArrayList<>();
        for (List<SupervisionItem> items : groups) {
            String number = NoticeSettings.number(settings.prefix(), year, serial);
            if (register.numberUsed(number)) {
                throw new NoticeException(Text.of("notice.error.numberUsedBefore", number));
            }
            ItemState first = items.get(0).light().item();
            NoticeColour colour = items.stream().map(SupervisionItem::colour).reduce(NoticeColour::worse).orElseThrow();
            notices.add(new SupervisionNotice(settings.prefix(), year, serial++, colour, department(first), items, on,
                    feedbackDue, settings, r.requirement()));
        }
        warnings.addAll(fonts(settings).choose(installed).warnings());
        return new Prepared(notices, warnings);
    }

    /**
     * Writes the documents into {@code folder} and registers them, all or nothing. A folder that
     * cannot be written, a file open in WPS, a number taken meanwhile: nothing is written or kept.
     */
    public Issued issue(Prepared prepared, Path folder) {
        SupervisionNoticeDocument writer = new SupervisionNoticeDocument(m, WorkingDays.of(ledger, clock));
        DocumentFonts.Chosen fonts = fonts(prepared.notices().get(0).settings()).choose(installed);
        try (DocumentBatch batch = new DocumentBatch(folder)) {
            for (SupervisionNotice n : prepared.notices()) {
                try (OfficialDocument d = writer.write(n, fonts)) {
                    batch.stage(writer.fileName(n), d::write);
                }
            }
            // the register first, with which temporary file becomes which document; then the files
            // (a process killed in between has its moves finished when the ledger next opens)
            NoticeStore register = ledger.notices(clock);
            PendingDocuments documents = new PendingDocuments(batch.staged());
            List<Notice> registered = register.issue(prepared.notices().stream().map(this::entry).toList(), documents);
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
            return new Issued(registered, files, prepared.warnings());
        }
    }

    private NewNotice entry(SupervisionNotice n) {
        List<NewNotice.Item> items = n.items().stream().map(i -> new NewNotice.Item(i.light().item().key(),
                i.light().verdict().light(), String.join(m.get("notice.doc.reasonSeparator"),
                        i.light().verdict().reasons().stream().map(m::format).toList()))).toList();
        return new NewNotice(NoticeKind.SUPERVISION, n.colour(), n.prefix(), n.year(), n.serial(), n.issuedOn(),
                n.department().id(), n.feedbackDue(), null, items);
    }

    private List<ItemLight> select(List<ItemLight> all, NoticeRequest r, List<Text> warnings) {
        Long departmentId = null;
        if (r.department() != null && !r.department().isBlank()) {
            String name = r.department().strip();
            departmentId = ledger.departments().all().stream()
                    .filter(d -> d.name().equals(name) || name.equals(d.shortName()))
                    .map(Department::id).findFirst()
                    .orElseThrow(() -> new NoticeException(Text.of("notice.error.noSuchDepartmentName", name)));
        }
        for (String code : r.codes()) {
            if (all.stream().noneMatch(il -> il.item().code().equals(code))) {
                throw new NoticeException(Text.of("notice.error.noSuchCode", code));
            }
        }
        List<ItemLight> out = new ArrayList<>();
        for (ItemLight il : all) {
            ItemState s = il.item();
            Optional<NoticeColour> colour = NoticeColours.of(il.verdict());
            boolean wanted = colour.isPresent()
                    && (r.light() == null || il.verdict().light() == r.light())
                    && (r.codes().isEmpty() || r.codes().contains(s.code()))
                    && (r.items().isEmpty() || r.items().contains(s.key()))
                    && (departmentId == null || Objects.equals(departmentId, s.leadId()));
            if (!wanted) {
                continue;
            }
            if (s.leadId() == null) {
                warnings.add(Text.of("notice.warning.noLead", s.code()));
                continue;
            }
            out.add(il);
        }
        out.sort(NoticeGrouping.PLAN_ORDER);
        return out;
    }

    /** The item's latest entry that no later one corrects (for a task: on the task itself), or null. */
    static ProgressHistory.Entry latest(ProgressHistory h, ItemState s) {
        return h.entries().stream()
                .filter(e -> Objects.equals(e.milestoneId(), s.key().milestoneId()) && e.supersededBy() == null)
                .max(Comparator.comparing(ProgressHistory.Entry::writtenOn).thenComparingLong(ProgressHistory.Entry::id))
                .orElse(null);
    }

    private DeptRef department(ItemState s) {
        Department d = ledger.departments().all().stream().filter(x -> x.id() == s.leadId()).findFirst().orElseThrow();
        return new DeptRef(d.id(), d.name(), d.shortName(), false);
    }

    /** The fonts the office named in its settings (the page numbers keep the default). */
    public static DocumentFonts fonts(NoticeSettings s) {
        return new DocumentFonts(s.bodyFonts(), s.titleFonts(), s.heading1Fonts(), s.heading2Fonts(), s.tableFonts(),
                DocumentFonts.DEFAULT.pageNumber());
    }

    /** Unused light filter values are refused by the caller; kept here so the rule is in one place. */
    public static boolean supervisable(Light light) {
        return light == Light.RED || light == Light.YELLOW;
    }
}
