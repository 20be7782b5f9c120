package org.planledger.ui.progress;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens an evidence file, written out of the ledger, with the system's viewer (the PDF reader,
 * the photo viewer, WPS…). Called in the background; a failure reaches the user as an error.
 */
@FunctionalInterface
public interface EvidenceOpener {

    void open(Path file) throws IOException;

    /**
     * Where an evidence file written out of the ledger goes: inside {@code folder} under its
     * stored name made safe (a name from an old ledger or a foreign file may still be a path or a
     * device name), never anywhere else.
     */
    static Path placeIn(Path folder, String storedName) {
        Path file = folder.resolve(org.planledger.store.progress.EvidenceFile.safeName(storedName)).normalize();
        return folder.normalize().equals(file.getParent()) ? file : folder.resolve("evidence");
    }

    /** The desktop's own viewer. */
    static EvidenceOpener system() {
        return org.planledger.ui.common.DesktopOpen::open;
    }
}
