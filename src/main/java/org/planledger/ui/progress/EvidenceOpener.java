package org.planledger.ui.progress;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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
        Path file = folder.resolve(org.planledger.store.EvidenceFile.safeName(storedName)).normalize();
        return folder.normalize().equals(file.getParent()) ? file : folder.resolve("evidence");
    }

    /** The desktop's own viewer: java.awt.Desktop where it works, else the platform's open command. */
    static EvidenceOpener system() {
        return file -> {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", file.toString())
                    : os.contains("mac") ? List.of("open", file.toString())
                    : List.of("xdg-open", file.toString());
            new ProcessBuilder(command).inheritIO().start();
        };
    }
}
