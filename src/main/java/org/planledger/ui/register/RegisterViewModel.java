package org.planledger.ui.register;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.planledger.i18n.Text;
import org.planledger.store.notice.Notice;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LazyLoad;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;
import org.planledger.ui.common.ScreenViewModel;

/**
 * 督办台账: every document the office issued and what became of it, read in the background when
 * it comes on screen and again after any write (on a team ledger, also another user's). The
 * manager records a 签收 here; the store refuses a day before issue or after today in words.
 */
public final class RegisterViewModel implements ScreenViewModel {

    /** The documents and the day their state is judged on (the window's as-of day). */
    public record Register(List<Notice> notices, LocalDate day) {
        public static final Register EMPTY = new Register(List.of(), null);
    }

    private final LedgerSession session;
    private final Runnable written;
    private final ObjectProperty<Register> register = new SimpleObjectProperty<>(this, "register", Register.EMPTY);
    private final ObjectProperty<Text> problem = new SimpleObjectProperty<>(this, "problem");
    private final LazyLoad<Register> load;
    /** The words of the toolbar's box on this view: the documents whose number, department or items hold them all. */
    private final javafx.beans.property.StringProperty query = new javafx.beans.property.SimpleStringProperty(this, "query", "");

    /** @param written tells the window the ledger was written here (the other views read again) */
    public RegisterViewModel(LedgerSession session, ErrorReporter errors, Supplier<LocalDate> asOf, Runnable written) {
        this.session = session;
        this.written = written;
        this.load = new LazyLoad<>(session, errors, Text.of("ui.register.loadFailed"), () -> {
            LocalDate day = asOf.get();
            return ledger -> new Register(ledger.notices(session.clock()).all(), day);
        }, register::set);
    }

    @Override
    public void activate() {
        load.activate();
    }

    @Override
    public void markStale() {
        load.markStale();
    }

    /** The register's documents are the ledger's, not the plan's: another plan on screen changes nothing. */
    @Override
    public void planChanged() {
    }

    /** The toolbar's search box on 督办台账 filters its documents (each view keeps its own words). */
    @Override
    public org.planledger.ui.common.ToolbarSearch toolbarSearch() {
        return new org.planledger.ui.common.ToolbarSearch(query, "ui.toolbar.search.register");
    }

    public javafx.beans.property.StringProperty queryProperty() {
        return query;
    }

    /** Whether a document holds every word of {@code query} (case aside) in its number, department or item codes. */
    public static boolean matches(Notice notice, String query) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        fields.add(notice.number());
        fields.add(notice.departmentName() == null ? "" : notice.departmentName());
        notice.items().forEach(item -> fields.add(item.code()));
        return org.planledger.ui.common.SearchWords.allIn(org.planledger.ui.common.SearchWords.of(query),
                fields.toArray(String[]::new));
    }

    public ReadOnlyObjectProperty<Register> registerProperty() {
        return register;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return load.loadingProperty();
    }

    /** Why the last 签收 was refused; null when it was recorded. */
    public ReadOnlyObjectProperty<Text> problemProperty() {
        return problem;
    }

    /** Records that the department signed for the document on the day, in one transaction, in the background. */
    public void recordReceipt(Notice notice, LocalDate signedOn) {
        if (notice == null) {
            problem.set(Text.of("ui.register.problem.noSelection"));
            return;
        }
        if (signedOn == null) {
            problem.set(Text.of("ui.register.problem.noDate"));
            return;
        }
        session.task(ledger -> ledger.notices(session.clock()).recordReceipt(notice.number(), signedOn))
                .onSuccess(n -> {
                    problem.set(null);
                    load.markStale();
                    written.run();
                })
                .onFailure(e -> problem.set(Problems.describe(e)))
                .executeWith(session.executor());
    }
}
