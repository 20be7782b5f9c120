package org.planledger.ui.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.planledger.docs.DocumentException;
import org.planledger.docs.InstalledFonts;
import org.planledger.evaluation.EvaluationReportWriter;
import org.planledger.evaluation.EvaluationTablesWriter;
import org.planledger.evaluation.Proposals;
import org.planledger.evaluation.Successors;
import org.planledger.exchange.EvaluationWorkbookExporter;
import org.planledger.exchange.EvaluationWorkbookImport;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.FinalOutcome;
import org.planledger.model.ItemKey;
import org.planledger.model.PlanState;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationFacts;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.IndicatorOutcome;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LazyLoad;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;
import org.planledger.ui.common.ScreenViewModel;

/**
 * 终期评估 for the plan on screen: its state, its evaluation (if any) with every task's and
 * milestone's outcome — the ledger's proposal, a department's submission or the manager's
 * confirmed word — and every indicator's. The manager starts the evaluation of a plan whose period
 * ended, edits one outcome, confirms the chosen or all, issues the departments' fill-in workbooks,
 * imports a filled one after seeing its dry run, and writes the report and the tables. Every read
 * and write runs in the background; a refusal comes back in words ({@link #messageProperty}).
 */
public final class EvaluationViewModel implements ScreenViewModel {

    /** What the screen shows; {@code evaluation} null while the plan has none. */
    public record Screen(long planId, String planTitle, int endYear, PlanState state, Evaluation evaluation,
                         List<ItemOutcome> items, List<IndicatorOutcome> indicators, Map<String, Long> leadDepartments,
                         Map<Long, String> departmentNames) {
        public static final Screen EMPTY = new Screen(0, "", 0, PlanState.ACTIVE, null, List.of(), List.of(), Map.of(), Map.of());

        public boolean underWay() {
            return evaluation != null && !evaluation.confirmed() && state != PlanState.CLOSED;
        }
    }

    private final LedgerSession session;
    private final Runnable written;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.EMPTY);
    private final ObjectProperty<Text> message = new SimpleObjectProperty<>(this, "message");
    private final ObjectProperty<EvaluationWorkbookImport.Preview> preview = new SimpleObjectProperty<>(this, "preview");
    private final LazyLoad<Screen> load;
    /** The words of the toolbar's box on this view: the items whose code, task or lead holds them all. */
    private final javafx.beans.property.StringProperty query = new javafx.beans.property.SimpleStringProperty(this, "query", "");

    /** @param written tells the window the ledger was written here (the other views read again) */
    public EvaluationViewModel(LedgerSession session, ErrorReporter errors, LongSupplier planId, Runnable written) {
        this.session = session;
        this.written = written;
        this.load = new LazyLoad<>(session, errors, Text.of("ui.evaluation.loadFailed"), () -> {
            long plan = planId.getAsLong();
            return ledger -> {
                if (plan <= 0) {
                    return Screen.EMPTY;
                }
                EvaluationStore store = ledger.evaluations(session.clock());
                EvaluationFacts facts = new EvaluationFacts(ledger);
                EvaluationFacts.Plan p = facts.plan(plan);
                Optional<Evaluation> e = store.current(plan);
                Map<Long, String> names = facts.departmentNames();
                List<ItemOutcome> items = e.map(x -> store.outcomes(x.id())).orElse(List.of());
                Map<String, Long> leads = new TreeMap<>(Messages.chinese().collator());
                items.stream().map(ItemOutcome::leadDepartmentId).filter(d -> d != null).distinct()
                        .forEach(d -> leads.put(names.get(d), d));
                return new Screen(plan, p.title(), p.endYear(), store.state(plan), e.orElse(null), items,
                        e.map(x -> store.indicators(x.id())).orElse(List.of()), leads, names);
            };
        }, screen::set);
    }

    @Override
    public void activate() {
        load.activate();
    }

    @Override
    public void markStale() {
        load.markStale();
    }

    /** The toolbar's search box on 终期评估 filters its items (as each Excel sheet keeps its own filter). */
    @Override
    public org.planledger.ui.common.ToolbarSearch toolbarSearch() {
        return new org.planledger.ui.common.ToolbarSearch(query, "ui.toolbar.search.evaluation");
    }

    public javafx.beans.property.StringProperty queryProperty() {
        return query;
    }

    /**
     * Whether an item holds every word of {@code query} (case aside) in its code, its task's title or
     * its lead department's name; a blank query holds for every item.
     */
    public static boolean matches(ItemOutcome item, String leadName, String query) {
        return org.planledger.ui.common.SearchWords.allIn(org.planledger.ui.common.SearchWords.of(query), item.label(),
                item.title() == null ? "" : item.title(), leadName == null ? "" : leadName);
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return load.loadingProperty();
    }

    /** What the last action did, or why it was refused; null before any. */
    public ReadOnlyObjectProperty<Text> messageProperty() {
        return message;
    }

    /** The dry run of the workbook chosen for import, waiting for the manager's 合并; null when none. */
    public ReadOnlyObjectProperty<EvaluationWorkbookImport.Preview> previewProperty() {
        return preview;
    }

    /** Whether the plan's period is over, so that a final evaluation may start. */
    public boolean periodOver() {
        Screen s = screen.get();
        return s.planId() > 0 && session.today().isAfter(LocalDate.of(s.endYear(), 12, 31));
    }

    /**
     * Starts the final evaluation and, as `evaluation start` then `evaluation propose` do, gives every
     * item and indicator the ledger's proposal, so the manager reviews proposals instead of 163 blanks.
     */
    public void start() {
        long plan = screen.get().planId();
        write(ledger -> {
            EvaluationStore store = ledger.evaluations(session.clock());
            EvaluationFacts.Plan p = new EvaluationFacts(ledger).plan(plan);
            // the proposal's words are the office's, in Chinese, whatever language the window speaks
            Proposals proposals = new Proposals(Messages.chinese());
            java.time.LocalDate today = session.today();
            Map<ItemKey, OutcomeDraft> items = proposals.items(ledger, plan, today);
            Map<Long, IndicatorDraft> indicators = proposals.indicators(ledger, plan, today, p.startYear(), p.endYear());
            // one change: the evaluation and its proposals together, or neither
            Evaluation e = store.startProposed(plan, EvaluationKind.FINAL, items, indicators);
            return Text.of("ui.evaluation.started", e.planTitle(), items.size() + indicators.size());
        }, said -> said);
    }

    /** The manager's word on one item, confirmed at once. */
    public void set(ItemOutcome item, FinalOutcome outcome, LocalDate doneOn, String note) {
        Evaluation e = screen.get().evaluation();
        if (item == null || e == null) {
            message.set(Text.of("ui.evaluation.noSelection"));
            return;
        }
        if (outcome == null) {
            message.set(Text.of("evaluation.error.noOutcome", item.label()));
            return;
        }
        OutcomeDraft draft = new OutcomeDraft(outcome, doneOn, note, item.achievements(), item.shortfall(), item.evidence());
        write(ledger -> ledger.evaluations(session.clock()).set(e.id(), item.key(), draft),
                o -> Text.of(o.state() == org.planledger.store.evaluation.OutcomeState.SUBMITTED ? "ui.evaluation.submitted"
                        : "ui.evaluation.set", o.label(), Text.of(o.outcome().messageKey())));
    }

    /** The manager's final value and conclusion of an indicator (of the plan's last year), confirmed at once. */
    public void setIndicator(IndicatorOutcome indicator, String value, org.planledger.model.IndicatorConclusion conclusion) {
        Screen s = screen.get();
        if (indicator == null || s.evaluation() == null) {
            message.set(Text.of("ui.evaluation.noIndicator"));
            return;
        }
        org.planledger.store.evaluation.IndicatorDraft draft = new org.planledger.store.evaluation.IndicatorDraft(s.endYear(), value,
                conclusion, indicator.note());
        long evaluationId = s.evaluation().id();
        write(ledger -> ledger.evaluations(session.clock()).setIndicator(evaluationId, indicator.indicatorId(), draft),
                i -> Text.of("ui.evaluation.indicatorSet", i.name(), Text.of(i.conclusion().messageKey())));
    }

    public void confirm(Collection<ItemOutcome> items) {
        Evaluation e = screen.get().evaluation();
        if (items.isEmpty() || e == null) {
            message.set(Text.of("ui.evaluation.noSelection"));
            return;
        }
        List<ItemKey> keys = items.stream().map(ItemOutcome::key).toList();
        write(ledger -> ledger.evaluations(session.clock()).confirm(e.id(), keys, List.of(), false),
                n -> Text.of("ui.evaluation.confirmed", n));
    }

    public void confirmAll() {
        Evaluation e = screen.get().evaluation();
        if (e == null) {
            return;
        }
        // every outcome, then the evaluation itself once nothing is left unconfirmed (as `evaluation confirm --all`)
        write(ledger -> ledger.evaluations(session.clock()).confirm(e.id(), List.of(), List.of(), true, EvaluationStore.Whole.IF_COMPLETE),
                c -> c.evaluation() != null && c.evaluation().confirmed()
                        ? Text.of("ui.evaluation.confirmedWhole", c.outcomes()) : Text.of("ui.evaluation.confirmed", c.outcomes()));
    }

    /** Whether the plan may be closed now: its final evaluation confirmed, the plan not closed yet. */
    public boolean closable() {
        Screen s = screen.get();
        return s.evaluation() != null && s.evaluation().confirmed() && s.evaluation().kind() == EvaluationKind.FINAL
                && s.state() != PlanState.CLOSED;
    }

    /** 终结规划: the plan read-only, its lights its outcomes (refused in words until the evaluation is confirmed). */
    public void close() {
        Screen s = screen.get();
        write(ledger -> ledger.evaluations(session.clock()).close(s.planId()), c -> Text.of("ui.evaluation.closed", s.planTitle()));
    }

    /** 重新开启 a closed plan, with the reason the history keeps (an empty one refused in words). */
    public void reopen(String reason) {
        Screen s = screen.get();
        write(ledger -> {
            ledger.evaluations(session.clock()).reopen(s.planId(), reason);
            return reason.strip();
        }, why -> Text.of("ui.evaluation.reopened", s.planTitle(), why));
    }

    public void exportWorkbook(long departmentId, Path file, Messages messages) {
        Evaluation e = screen.get().evaluation();
        if (e == null) {
            return;
        }
        write(ledger -> new EvaluationWorkbookExporter(ledger, session.clock()).export(e.id(), departmentId, file, messages),
                w -> Text.of("ui.evaluation.workbookWritten", w.department(), w.rows(), w.file().toString()));
    }

    /** Reads the workbook and checks it (nothing written); the dry run comes back in {@link #previewProperty}. */
    public void previewImport(Path file) {
        session.task(ledger -> new EvaluationWorkbookImport(ledger, session.clock()).preview(file))
                .onSuccess(p -> {
                    message.set(null);
                    preview.set(p);
                })
                .onFailure(x -> message.set(problem(x)))
                .executeWith(session.executor());
    }

    /** Merges the workbook of the dry run shown. */
    public void mergeImport() {
        EvaluationWorkbookImport.Preview p = preview.get();
        preview.set(null);
        if (p == null) {
            return;
        }
        write(ledger -> new EvaluationWorkbookImport(ledger, session.clock()).merge(p.file()),
                m -> Text.of("ui.evaluation.merged", m.preview().department(), m.written(), m.preview().refused().size()));
    }

    public void cancelImport() {
        preview.set(null);
    }

    public void writeReport(Path file, Messages messages) {
        Evaluation e = screen.get().evaluation();
        if (e == null) {
            return;
        }
        session.task(ledger -> new EvaluationReportWriter(ledger, session.clock(), messages, InstalledFonts.system())
                        .write(e.id(), Successors.recorded(ledger, e.planId()), file))
                .onSuccess(w -> message.set(Text.of("ui.evaluation.reportWritten", w.file().toString())))
                .onFailure(x -> message.set(problem(x)))
                .executeWith(session.executor());
    }

    public void writeTables(Path file, Messages messages) {
        Evaluation e = screen.get().evaluation();
        if (e == null) {
            return;
        }
        session.task(ledger -> new EvaluationTablesWriter(ledger, session.clock(), messages).write(e.id(), Successors.recorded(ledger, e.planId()), file))
                .onSuccess(f -> message.set(Text.of("ui.evaluation.tablesWritten", f.toString())))
                .onFailure(x -> message.set(problem(x)))
                .executeWith(session.executor());
    }

    /** Lines of the dry run, in the user's words: the rows to be recorded, then every refusal. */
    public static List<String> previewLines(EvaluationWorkbookImport.Preview p, Messages messages) {
        List<String> out = new ArrayList<>();
        for (EvaluationWorkbookImport.Taken t : p.taken()) {
            OutcomeDraft d = t.submission().draft();
            out.add(messages.get(t.confirmed() ? "cli.evaluation.import.rowKept" : "cli.evaluation.import.row", t.row(), t.label(),
                    messages.get(d.outcome().messageKey()) + (d.doneOn() == null ? "" : "（" + messages.date(d.doneOn()) + "）")));
        }
        p.refused().forEach(r -> out.add(messages.format(r.reason())));
        return out;
    }

    private <T> void write(LedgerSession.LedgerWork<T> work, java.util.function.Function<T, Text> said) {
        session.task(work)
                .onSuccess(r -> {
                    message.set(said.apply(r));
                    load.load();
                    written.run();
                })
                .onFailure(x -> message.set(problem(x)))
                .executeWith(session.executor());
    }

    private static Text problem(Throwable x) {
        return x instanceof DocumentException d ? d.problem() : Problems.describe(x);
    }
}
