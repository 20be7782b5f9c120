package org.planledger.ui.common;

import org.planledger.i18n.Text;

/** Tells the user that something they asked for failed, and why. Called on the UI thread. */
@FunctionalInterface
public interface ErrorReporter {

    /** @param action what failed, as a title (e.g. ui.error.saveStatus) */
    void report(Text action, Throwable error);
}
