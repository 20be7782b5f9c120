package org.planledger.ui.progress;

import java.util.function.Consumer;
import org.planledger.i18n.Text;

/** Writes an action in the background; then, on the UI thread, says it is done or why it was refused. */
@FunctionalInterface
public interface ProgressSaver {

    void perform(ProgressAction action, Consumer<Text> refused, Runnable done);
}
