package org.planledger.ui;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.app.LedgerPlace;
import org.planledger.app.RecentLedgers;
import org.planledger.app.Settings;
import org.planledger.i18n.Messages;

/**
 * The ledgers the window can go to, as the menu and the department banner show them: the recent
 * ones by plan and role, the user's own (the one the app starts on), and the manager's ledger to
 * go back to from a department ledger. Changed on the UI thread; every change is written into
 * the settings, which {@code save} then stores in the background.
 */
final class LedgerChoices {

    private final Settings settings;
    private final RecentLedgers recent;
    private final Runnable save;
    private final ObservableList<RecentLedgers.Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<LedgerPlace> own = new SimpleObjectProperty<>(this, "own");
    private final ObjectProperty<LedgerPlace> current = new SimpleObjectProperty<>(this, "current");
    private final ObjectBinding<RecentLedgers.Entry> managerLedger;
    private final BooleanBinding currentIsOwn;

    LedgerChoices(Settings settings, LedgerPlace current, Runnable save) {
        this.settings = settings;
        this.recent = RecentLedgers.from(settings);
        this.save = save;
        this.current.set(current);
        this.managerLedger = Bindings.createObjectBinding(
                () -> recent.managerLedger(this.current.get()).orElse(null), entries, own, this.current);
        this.currentIsOwn = Bindings.createBooleanBinding(
                () -> this.current.get().equals(own.get()), own, this.current);
        show();
    }

    /** Newest first. */
    ObservableList<RecentLedgers.Entry> entries() {
        return entries;
    }

    ReadOnlyObjectProperty<LedgerPlace> currentProperty() {
        return current;
    }

    ReadOnlyObjectProperty<LedgerPlace> ownProperty() {
        return own;
    }

    /** The manager's ledger to go back to from the one on screen; null when none is known. */
    ObjectBinding<RecentLedgers.Entry> managerLedger() {
        return managerLedger;
    }

    /** Whether the ledger on screen is the one the app starts on. */
    BooleanBinding currentIsOwn() {
        return currentIsOwn;
    }

    /** The window now shows this ledger (it opens in the background). */
    void switched(LedgerPlace place) {
        current.set(place);
    }

    /** The ledger on screen was read: it is named by its plan and whose it is. */
    void opened(String planTitle, String departmentName) {
        RecentLedgers.Entry entry = new RecentLedgers.Entry(current.get(), planTitle, departmentName);
        boolean same = !entries.isEmpty() && entries.get(0).equals(entry) && own.get() != null;
        if (!same) {
            recent.opened(entry);
            changed();
        }
    }

    /** The ledger on screen becomes the one the app starts on. */
    void makeOwn() {
        recent.makeOwn(current.get());
        changed();
    }

    /** A listed ledger is gone. */
    void forget(LedgerPlace place) {
        recent.forget(place);
        changed();
    }

    private void changed() {
        recent.store(settings);
        show();
        save.run();
    }

    private void show() {
        entries.setAll(recent.entries());
        own.set(recent.own().orElse(null));
    }

    /**
     * 济南市天桥区“十四五”生态环境保护规划 · 督办台账, or … · 水务局（部门台账）; the file's name while not
     * known. A team ledger is named by its server: 团队台账 ledger @ db:5432 · 督办台账.
     */
    static String label(RecentLedgers.Entry e, Messages messages) {
        if (e.place().isTeam()) {
            String team = messages.get("ui.team.recent.item", e.place().shortName());
            return !e.known() ? team : messages.get("ui.ledgers.item", team, e.isDepartment() ? e.departmentName()
                    : messages.get("ui.exchange.mode.master"));
        }
        if (!e.known()) {
            return e.place().shortName();
        }
        String role = e.isDepartment() ? messages.get("ui.exchange.title.department", e.departmentName())
                : messages.get("ui.exchange.mode.master");
        return e.planTitle().isBlank() ? role : messages.get("ui.ledgers.item", e.planTitle(), role);
    }

    /** Two team ledgers on one server differ by login: the address says which; two files by their names. */
    private static String twinName(LedgerPlace place) {
        return place.isTeam() ? place.describe() : place.shortName();
    }

    /** The labels of all entries; two that read the same are told apart by their file names or addresses. */
    static java.util.List<String> labels(java.util.List<RecentLedgers.Entry> entries, Messages messages) {
        java.util.List<String> plain = entries.stream().map(e -> label(e, messages)).toList();
        java.util.List<String> result = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String l = plain.get(i);
            boolean twice = plain.stream().filter(x -> Objects.equals(x, l)).count() > 1;
            result.add(twice && entries.get(i).known()
                    ? messages.get("ui.ledgers.item.file", l, twinName(entries.get(i).place())) : l);
        }
        return result;
    }
}
