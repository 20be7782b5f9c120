package org.planledger.ui.common;

/**
 * The view model behind one of the main window's views (a tab). The window holds them in one
 * list and tells each the same things: it came on screen, the ledger was written, the as-of day
 * moved, another plan is shown. By default each of these only marks what it shows as out of date,
 * read again when it is next on screen; a view that does not depend on one says so by overriding.
 */
public interface ScreenViewModel {

    /** The view is on screen: reads what it shows unless that is current. */
    void activate();

    /** What the view shows may be out of date: read again when next on screen. */
    void markStale();

    /** Another plan is on screen. */
    default void planChanged() {
        markStale();
    }

    /** The ledger was written, from this view or any other path. */
    default void ledgerChanged(LedgerChanges.Change change) {
        markStale();
    }

    /** The day the window shows the ledger as of moved. */
    default void asOfChanged() {
        markStale();
    }

    /** The toolbar's search box on this view; null where the toolbar shows none. */
    default ToolbarSearch toolbarSearch() {
        return null;
    }
}
