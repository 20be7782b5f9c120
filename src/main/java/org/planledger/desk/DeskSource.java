package org.planledger.desk;

import java.util.List;

/**
 * Makes one kind of line of the 工作台 from what the desk read. Runs off the UI thread with the
 * ledger open; reads more from {@link DeskReading#ledger()} when it needs to.
 */
@FunctionalInterface
public interface DeskSource {

    List<DeskLine> lines(DeskReading reading);
}
