package org.planledger.ui.desk;

import java.time.LocalDate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.planledger.desk.Desk;
import org.planledger.i18n.Text;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LazyLoad;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.ScreenViewModel;

/**
 * 工作台: what needs doing on the plan on screen, for the day the window shows — the manager's
 * decisions, or a department's own work. Read in the background when it comes on screen and
 * again after any write (on a team ledger, also another user's: the session hears them).
 */
public final class DeskViewModel implements ScreenViewModel {

    private final ObjectProperty<Desk> desk = new SimpleObjectProperty<>(this, "desk", Desk.EMPTY);
    private final LazyLoad<Desk> load;

    public DeskViewModel(LedgerSession session, ErrorReporter errors, LongSupplier planId, Supplier<LocalDate> asOf) {
        this.load = new LazyLoad<>(session, errors, Text.of("ui.desk.loadFailed"), () -> {
            long plan = planId.getAsLong();
            LocalDate day = asOf.get();
            return ledger -> Desk.read(ledger, session.clock(), plan, day);
        }, desk::set);
    }

    @Override
    public void activate() {
        load.activate();
    }

    @Override
    public void markStale() {
        load.markStale();
    }

    public ReadOnlyObjectProperty<Desk> deskProperty() {
        return desk;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return load.loadingProperty();
    }
}
