package org.planledger.ui.search;

import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.i18n.Text;
import org.planledger.store.plan.SearchHit;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;

/**
 * Finds tasks in the plan on screen by any words of their text. While the query has text the
 * window shows the hits instead of the outline.
 */
public final class SearchViewModel {

    /** More hits than this are not worth reading; the header says the list is cut. */
    public static final int LIMIT = 200;

    private final LedgerSession session;
    private final LongSupplier planId;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    /** What the header above the hits says; null while a search runs or none was made. */
    private final ObjectProperty<Text> summary = new SimpleObjectProperty<>(this, "summary");
    private final BooleanBinding active = Bindings.createBooleanBinding(
            () -> query.get() != null && !query.get().isBlank(), query);
    /** The query whose hits are on screen; differs from {@link #queryProperty} while typing goes on. */
    private final javafx.beans.property.ReadOnlyStringWrapper answered =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "answered", "");
    private long searches;

    public SearchViewModel(LedgerSession session, LongSupplier planId) {
        this.session = session;
        this.planId = planId;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObjectProperty<Text> summaryProperty() {
        return summary;
    }

    public javafx.beans.property.ReadOnlyStringProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /** True while the query has text: the hits replace the outline. */
    public BooleanBinding activeProperty() {
        return active;
    }

    /** Runs the query as it is now; answers to earlier queries that come back later are dropped. */
    public void search() {
        long search = ++searches;
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            hits.clear();
            summary.set(null);
            answered.set(q);
            return;
        }
        long plan = planId.getAsLong();
        session.task(ledger -> ledger.plans().search(plan, q, LIMIT))
                .onSuccess(found -> {
                    if (search == searches) {
                        assert session.executor().isUiThread();
                        hits.setAll(found);
                        answered.set(q);
                        summary.set(found.isEmpty() ? Text.of("ui.search.none", q)
                                : found.size() >= LIMIT ? Text.of("ui.search.limited", LIMIT)
                                : Text.of("ui.search.found", found.size()));
                    }
                })
                .onFailure(e -> {
                    if (search == searches) {
                        hits.clear();
                        summary.set(Problems.describe(e));
                        answered.set(q);
                    }
                })
                .executeWith(session.executor());
    }
}
