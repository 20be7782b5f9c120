package org.planledger.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's command line: {@code --ledger FILE} or {@code --ledger postgresql://host:5432/db?user=…}
 * (a team ledger; its address is kept as typed and read by the window, which asks for a missing
 * password) and {@code --lang zh|en} (also as --ledger=FILE),
 * and {@code --smoke}: start, wait for the first painted frame and the ledger open, print one
 * {@code PLANLEDGER_SMOKE} line and exit (an installer's check that the app really starts). Package
 * and report files named on their own (a double-click on a .plpkg or .plrpt) are opened once the
 * window is up.
 */
public record AppArguments(Optional<Path> ledger, Optional<String> team, Optional<String> language, boolean smoke,
                           List<Path> files, List<String> ignored) {

    public static final String SMOKE = "--smoke";

    public static AppArguments parse(List<String> args) {
        Path ledger = null;
        String team = null;
        String language = null;
        boolean smoke = false;
        List<String> ignored = new java.util.ArrayList<>();
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(SMOKE)) {
                smoke = true;
                continue;
            }
            if (isExchangeFile(arg)) {
                files.add(Path.of(arg));
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            boolean known = name.equals("--ledger") || name.equals("--lang");
            if (!known) {
                ignored.add(arg);
                continue;
            }
            String value = inline != null ? inline : i + 1 < args.size() ? args.get(++i) : null;
            if (value == null || value.isBlank()) {
                ignored.add(arg);
            } else if (name.equals("--ledger") && org.planledger.store.TeamAddress.isTeamAddress(value)) {
                team = value.strip();
                ledger = null;
            } else if (name.equals("--ledger")) {
                ledger = Path.of(value);
                team = null;
            } else {
                language = value.startsWith("en") ? "en" : "zh-CN";
            }
        }
        return new AppArguments(Optional.ofNullable(ledger), Optional.ofNullable(team), Optional.ofNullable(language), smoke,
                List.copyOf(files), List.copyOf(ignored));
    }

    private static boolean isExchangeFile(String arg) {
        String name = arg.toLowerCase(java.util.Locale.ROOT);
        return !arg.startsWith("-") && (name.endsWith(org.planledger.exchange.FileNames.PACKAGE_EXTENSION)
                || name.endsWith(org.planledger.exchange.FileNames.REPORT_EXTENSION));
    }
}
