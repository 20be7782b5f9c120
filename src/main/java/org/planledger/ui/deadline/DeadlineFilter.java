package org.planledger.ui.deadline;

import org.planledger.ui.common.SearchWords;

import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;

/**
 * Which items the deadline table shows: a scope of due dates, one lead department, one light,
 * tasks or milestones or both, and the words of the toolbar's search box (code, title or
 * milestone sentence, lead). The conditions add up. The light counts above the table use
 * every condition but the light, so picking red does not zero the other counts.
 */
public final class DeadlineFilter {

    private final ObjectProperty<DeadlineScope> scope = new SimpleObjectProperty<>(this, "scope", DeadlineScope.ALL);
    private final ObjectProperty<LeadChoice> lead = new SimpleObjectProperty<>(this, "lead");
    private final ObjectProperty<Light> light = new SimpleObjectProperty<>(this, "light");
    private final ObjectProperty<ItemKinds> kinds = new SimpleObjectProperty<>(this, "kinds", ItemKinds.BOTH);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectBinding<Predicate<ItemLight>> withoutLight = Bindings.createObjectBinding(
            () -> predicate(scope.get(), lead.get(), null, kinds.get(), query.get()), scope, lead, kinds, query);
    private final ObjectBinding<Predicate<ItemLight>> predicate = Bindings.createObjectBinding(
            () -> predicate(scope.get(), lead.get(), light.get(), kinds.get(), query.get()),
            scope, lead, light, kinds, query);

    /** The rows to show; a null or blank condition holds for every row. */
    public static Predicate<ItemLight> predicate(DeadlineScope scope, LeadChoice lead, Light light, ItemKinds kinds,
                                                 String query) {
        String[] words = SearchWords.of(query);
        return row -> (scope == null || scope.matches(row))
                && (lead == null || (lead.isNone() ? row.item().leadId() == null
                        : row.item().leadId() != null && row.item().leadId() == lead.id()))
                && (light == null || row.verdict().light() == light)
                && (kinds == null || kinds.matches(row))
                && (words.length == 0 || matches(row, words));
    }

    private static boolean matches(ItemLight row, String[] words) {
        return SearchWords.allIn(words, row.item().code(), row.item().label(),
                row.item().leadName() == null ? "" : row.item().leadName());
    }

    public ObjectBinding<Predicate<ItemLight>> predicateProperty() {
        return predicate;
    }

    /** Every condition but the light: what the light counts count. */
    public ObjectBinding<Predicate<ItemLight>> withoutLightProperty() {
        return withoutLight;
    }

    public ObjectProperty<DeadlineScope> scopeProperty() {
        return scope;
    }

    /** A lead department, {@link LeadChoice#NONE} for items without one, or null for all. */
    public ObjectProperty<LeadChoice> leadProperty() {
        return lead;
    }

    /** One light, or null for all. */
    public ObjectProperty<Light> lightProperty() {
        return light;
    }

    public ObjectProperty<ItemKinds> kindsProperty() {
        return kinds;
    }

    /** The words of the toolbar's search box. */
    public StringProperty queryProperty() {
        return query;
    }
}
