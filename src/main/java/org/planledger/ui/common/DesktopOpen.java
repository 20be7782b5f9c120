package org.planledger.ui.common;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Hands a file or folder to the desktop: java.awt.Desktop where it works, else the platform's open command. */
public final class DesktopOpen {

    private DesktopOpen() {
    }

    public static void open(Path fileOrFolder) throws IOException {
        if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(fileOrFolder.toFile());
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", fileOrFolder.toString())
                : os.contains("mac") ? List.of("open", fileOrFolder.toString())
                : List.of("xdg-open", fileOrFolder.toString());
        new ProcessBuilder(command).inheritIO().start();
    }
}
