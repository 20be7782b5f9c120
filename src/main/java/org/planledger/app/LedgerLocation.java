package org.planledger.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's ledger lives when none is named: the data folder each desktop expects.
 * Windows %APPDATA%\PlanLedger, macOS ~/Library/Application Support/PlanLedger, Linux
 * $XDG_DATA_HOME/planledger or ~/.local/share/planledger.
 */
public final class LedgerLocation {

    public static final String LEDGER_FILE = "ledger.planledger";

    private LedgerLocation() {
    }

    public static Path defaultLedger() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"))
                .resolve(LEDGER_FILE);
    }

    public static Path dataFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("PlanLedger");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "PlanLedger");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("planledger");
    }
}
