package org.planledger.ui.common;

import javafx.beans.property.StringProperty;

/**
 * What the toolbar's search box holds on a view: that view's own words (as each Excel sheet keeps
 * its own filter, a search in 任务 leaves 期限 whole) and the prompt's message key.
 */
public record ToolbarSearch(StringProperty query, String promptKey) {
}
