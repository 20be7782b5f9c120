package org.planledger.ui.notice;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.ui.common.LedgerRole;
import org.planledger.ui.common.Subscriptions;

/**
 * 发督办单… as the views offer it: a button or a menu item that hands the items picked there to
 * the issuing flow. Shown in the manager's ledger only (a file or a team ledger); a department's
 * ledger, or a department's login on a team ledger, does not get it. Disabled while nothing is
 * picked.
 */
public final class NoticeAction {

    private final LedgerRole role;
    private final Consumer<List<ItemKey>> issue;
    private final Messages messages;
    private final Subscriptions subs;

    /** @param issue starts 发督办单 for the items (the window's flow) */
    public NoticeAction(LedgerRole role, Consumer<List<ItemKey>> issue, Messages messages, Subscriptions subs) {
        this.role = role;
        this.issue = issue;
        this.messages = messages;
        this.subs = subs;
    }

    /** A button with the given words (a key of the bundles), for the items {@code picked} answers. */
    public Button button(String id, String textKey, Supplier<List<ItemKey>> picked, ObservableBooleanValue nonePicked) {
        Button b = new Button(messages.get(textKey));
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.getStyleClass().add("notice-issue-action");
        subs.bind(b.disableProperty(), nonePicked);
        b.setOnAction(e -> issue.accept(picked.get()));
        role.managerOnly(b, subs);
        return b;
    }

    /**
     * A menu item with the given words (already formatted), for the items {@code picked} answers;
     * shown in the manager's ledger only when {@code gated} (else its menu is, see {@link #offered}).
     */
    public MenuItem menuItem(String id, String text, Supplier<List<ItemKey>> picked, boolean gated) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> issue.accept(picked.get()));
        if (gated) {
            role.managerOnly(item, subs);
        }
        return item;
    }

    /** Whether the ledger on screen may issue (the manager's). */
    public boolean offered() {
        return role.isManager();
    }

    /**
     * A button opening a menu of such items (all of a group, its red ones, its yellow ones), for
     * a view rebuilt with what it shows: shown as the ledger is now (a view rebuilt on every load
     * would otherwise pile up bindings).
     */
    public MenuButton menuButton(String id, String textKey, List<MenuItem> items) {
        MenuButton b = new MenuButton(messages.get(textKey));
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.getStyleClass().add("notice-issue-action");
        b.getItems().setAll(items);
        b.setDisable(items.isEmpty());
        b.setVisible(offered());
        b.setManaged(offered());
        return b;
    }
}
