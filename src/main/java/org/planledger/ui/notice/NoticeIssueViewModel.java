package org.planledger.ui.notice;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.NoticeColour;
import org.planledger.notice.NoticeColours;
import org.planledger.notice.NoticeGrouping;
import org.planledger.notice.NoticeIssuer;
import org.planledger.notice.NoticeRequest;
import org.planledger.notice.WorkingDays;
import org.planledger.progress.ItemLight;
import org.planledger.store.notice.Notice;
import org.planledger.store.notice.NoticeSettings;
import org.planledger.store.notice.NoticeStore;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;

/**
 * 发督办单: the items picked in a view, with today's lights (a 督办单 is issued today, on today's
 * lights, whatever day the window shows), each kept or dropped; one document per lead department
 * or per item; the first number (the register's next, editable), the feedback deadline (the
 * office's working days after today), the 办理要求 and the folder. The documents it would give are
 * listed as the form changes — numbered, coloured and addressed as the issuer will — and a form
 * that cannot be issued is refused in words before anything is written. Issuing runs on the
 * session's worker; the views hear the write.
 */
public final class NoticeIssueViewModel {

    /** A picked item that can be on a 督办单: its light today, the colour it gives, whether it is kept. */
    public static final class Row {
        private final ItemLight light;
        private final NoticeColour colour;
        private final BooleanProperty kept = new SimpleBooleanProperty(this, "kept", true);

        Row(ItemLight light) {
            this.light = light;
            this.colour = NoticeColours.of(light.verdict()).orElseThrow();
        }

        public ItemLight light() {
            return light;
        }

        public NoticeColour colour() {
            return colour;
        }

        public BooleanProperty keptProperty() {
            return kept;
        }
    }

    /**
     * A document the form would issue now: number, colour, addressee, how many items (a task and
     * its milestones each count), their codes, and whether the number is taken.
     */
    public record Planned(String number, NoticeColour colour, String department, int items, List<String> codes,
                          boolean numberUsed) {
    }

    private record Loaded(List<ItemLight> lights, NoticeSettings settings, int nextSerial, Set<String> used, WorkingDays workingDays) {
    }

    private final LedgerSession session;
    private final Messages messages;
    private final long planId;
    private final Set<ItemKey> picked;
    private final Supplier<InstalledFonts> fonts;
    private final LocalDate today;

    private final ObservableList<Row> rows = FXCollections.observableArrayList(r -> new Observable[] {r.keptProperty()});
    private final ObservableList<ItemLight> leftOut = FXCollections.observableArrayList();
    private final BooleanProperty perItem = new SimpleBooleanProperty(this, "perItem");
    private final StringProperty serial = new SimpleStringProperty(this, "serial", "");
    private final ObjectProperty<LocalDate> feedbackDue = new SimpleObjectProperty<>(this, "feedbackDue");
    private final StringProperty requirement = new SimpleStringProperty(this, "requirement", "");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ObservableList<Planned> documents = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NoticeIssuer.Issued> issued = new ReadOnlyObjectWrapper<>(this, "issued");
    private NoticeSettings settings = NoticeSettings.DEFAULT;
    private Set<String> used = Set.of();

    /**
     * @param planId  the plan on screen (its items are looked up)
     * @param picked  the items chosen in the view (tasks or milestones)
     * @param fonts   the fonts installed on this PC (read off the FX thread)
     */
    public NoticeIssueViewModel(LedgerSession session, Messages messages, long planId, List<ItemKey> picked,
                                Supplier<InstalledFonts> fonts) {
        this.session = session;
        this.messages = messages;
        this.planId = planId;
        this.picked = Set.copyOf(picked);
        this.fonts = fonts;
        this.today = session.today();
        requirement.set(messages.get("notice.doc.requirement"));
        rows.addListener((javafx.collections.ListChangeListener<Row>) c -> plan());
        perItem.addListener((o, was, now) -> plan());
        serial.addListener((o, was, now) -> plan());
    }

    /** Reads the picked items' lights today, the office's settings and the register's numbers; then {@code then} (UI thread). */
    public void load(Runnable then, Consumer<Throwable> failed) {
        session.task(ledger -> {
            List<ItemLight> lights = ledger.progress(session.clock()).lights(planId, today).stream()
                    .filter(il -> picked.contains(il.item().key())).sorted(NoticeGrouping.PLAN_ORDER).toList();
            NoticeStore register = ledger.notices(session.clock());
            NoticeSettings s = register.settings();
            Set<String> numbers = new HashSet<>();
            register.all().forEach(n -> numbers.add(n.number()));
            return new Loaded(lights, s, register.nextSerial(s.prefix(), today.getYear()), numbers,
                    WorkingDays.of(ledger, session.clock()));
        }).onSuccess(loaded -> {
            settings = loaded.settings();
            used = loaded.used();
            feedbackDue.set(loaded.workingDays().after(today, settings.feedbackWorkingDays()));
            leftOut.setAll(loaded.lights().stream().filter(il -> !NoticeGrouping.supervisable(il)).toList());
            serial.set(String.valueOf(loaded.nextSerial()));
            rows.setAll(loaded.lights().stream().filter(NoticeGrouping::supervisable).map(Row::new).toList());
            then.run();
        }).onFailure(failed).executeWith(session.executor());
    }

    /** The documents the form gives now, in the issuer's order and numbering. */
    private void plan() {
        List<ItemLight> kept = rows.stream().filter(r -> r.keptProperty().get()).map(Row::light).toList();
        Integer first = serialNumber();
        List<Planned> planned = new ArrayList<>();
        int n = first == null ? 0 : first;
        for (NoticeGrouping.Group g : NoticeGrouping.of(kept, perItem.get())) {
            String number = first == null ? "" : NoticeSettings.number(settings.prefix(), today.getYear(), n++);
            planned.add(new Planned(number, g.colour(), g.leadName(), g.items().size(),
                    g.items().stream().map(il -> il.item().code()).distinct().toList(), used.contains(number)));
        }
        documents.setAll(planned);
    }

    /** The first serial typed, or null when it is not a whole number above 0. */
    private Integer serialNumber() {
        try {
            int n = Integer.parseInt(serial.get().strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What is wrong with the form, in words, before anything is written; null when it can be issued. */
    public Text problem() {
        if (documents.isEmpty()) {
            return Text.of("ui.notice.issue.problem.noItems");
        }
        if (serialNumber() == null) {
            return Text.of("notice.error.badSerial", serial.get().strip());
        }
        for (Planned p : documents) {
            if (p.numberUsed()) {
                return Text.of("notice.error.numberUsedBefore", p.number());
            }
        }
        if (feedbackDue.get() == null) {
            return Text.of("ui.notice.issue.problem.noFeedbackDue");
        }
        if (feedbackDue.get().isBefore(today)) {
            return Text.of("notice.error.feedbackBeforeIssue", feedbackDue.get(), today);
        }
        if (folder.get() == null || folder.get().isBlank()) {
            return Text.of("ui.notice.issue.problem.noFolder");
        }
        return null;
    }

    /**
     * Writes the documents and registers them, all or nothing, on the worker: then {@code done}
     * (the views are told), or {@code refused} with the reason — the number taken meanwhile, a
     * folder that cannot be written — and nothing written or registered.
     */
    public void issue(Consumer<Text> refused, Runnable done) {
        Text wrong = problem();
        if (wrong != null) {
            refused.accept(wrong);
            return;
        }
        Set<ItemKey> keys = new HashSet<>();
        rows.stream().filter(r -> r.keptProperty().get()).forEach(r -> keys.add(r.light().item().key()));
        NoticeRequest request = new NoticeRequest(planId, null, List.of(), keys, null, perItem.get(), today,
                feedbackDue.get(), serialNumber(), requirement.get());
        Path out = Path.of(folder.get().strip());
        session.task(ledger -> {
            NoticeIssuer issuer = new NoticeIssuer(ledger, session.clock(), messages, fonts.get());
            return issuer.issue(issuer.prepare(request), out);
        }).onSuccess(result -> {
            issued.set(result);
            session.changes().written();
            done.run();
        }).onFailure(e -> refused.accept(Problems.describe(e))).executeWith(session.executor());
    }

    /** The picked items that can be on a 督办单, in plan order. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** The picked items that cannot (not red or yellow today, or no lead yet). */
    public ObservableList<ItemLight> leftOut() {
        return leftOut;
    }

    /** The documents the form would issue now. */
    public ObservableList<Planned> documents() {
        return documents;
    }

    /** One document per item (else one per lead department). */
    public BooleanProperty perItemProperty() {
        return perItem;
    }

    /** The first document's serial number, as typed. */
    public StringProperty serialProperty() {
        return serial;
    }

    /** 天桥环督〔2026〕: what comes before the serial number. */
    public String numberPrefix() {
        return settings.prefix() + "〔" + today.getYear() + "〕";
    }

    /** The working days the office allows for feedback (its settings): the default deadline. */
    public int feedbackWorkingDays() {
        return settings.feedbackWorkingDays();
    }

    public ObjectProperty<LocalDate> feedbackDueProperty() {
        return feedbackDue;
    }

    public StringProperty requirementProperty() {
        return requirement;
    }

    /** The folder the documents are written into, as typed or chosen. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** The day the documents are issued (today). */
    public LocalDate today() {
        return today;
    }

    /** What was issued; null until it was. */
    public ReadOnlyObjectProperty<NoticeIssuer.Issued> issuedProperty() {
        return issued.getReadOnlyProperty();
    }

    /** The register's entries issued, for tests and the result pane. */
    public List<Notice> issuedNotices() {
        return issued.get() == null ? List.of() : issued.get().notices();
    }
}
