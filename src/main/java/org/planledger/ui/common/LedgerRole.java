package org.planledger.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import org.planledger.store.LedgerIdentity;

/**
 * Who the open ledger is, as the views see it: the manager's ledger (督办台账) or a department's
 * own ledger (部门台账). Unknown until the ledger is open; then the views offer only what this
 * ledger may do — the store refuses the rest anyway, so the UI never offers it. Changed on the
 * UI thread only.
 */
public final class LedgerRole {

    private final ReadOnlyObjectWrapper<LedgerIdentity> identity = new ReadOnlyObjectWrapper<>(this, "identity");
    private final ReadOnlyBooleanWrapper manager = new ReadOnlyBooleanWrapper(this, "manager");
    private final ReadOnlyBooleanWrapper department = new ReadOnlyBooleanWrapper(this, "department");

    /** Called on the UI thread once the ledger was read (and again after a package refreshed it). */
    public void set(LedgerIdentity who) {
        // the flags first: whoever listens to the identity reads them
        manager.set(who != null && !who.isDepartment());
        department.set(who != null && who.isDepartment());
        identity.set(who);
    }

    public ReadOnlyObjectProperty<LedgerIdentity> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    /** True once the ledger is known to be the manager's. */
    public ReadOnlyBooleanProperty managerProperty() {
        return manager.getReadOnlyProperty();
    }

    /** True once the ledger is known to be a department's. */
    public ReadOnlyBooleanProperty departmentProperty() {
        return department.getReadOnlyProperty();
    }

    public boolean isManager() {
        return manager.get();
    }

    public boolean isDepartment() {
        return department.get();
    }

    /** The department a department ledger belongs to; null for the manager's ledger. */
    public String departmentName() {
        LedgerIdentity who = identity.get();
        return who != null && who.isDepartment() ? who.departmentName() : null;
    }

    /** Shows the node (and gives it room) only in the manager's ledger. */
    public void managerOnly(Node node, Subscriptions subs) {
        subs.bind(node.visibleProperty(), manager);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Shows the node (and gives it room) only in a department ledger. */
    public void departmentOnly(Node node, Subscriptions subs) {
        subs.bind(node.visibleProperty(), department);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Shows the menu item only in the manager's ledger. */
    public void managerOnly(MenuItem item, Subscriptions subs) {
        subs.bind(item.visibleProperty(), manager);
    }

    /** Shows the menu item only in a department ledger. */
    public void departmentOnly(MenuItem item, Subscriptions subs) {
        subs.bind(item.visibleProperty(), department);
    }
}
