package org.planledger.docs;

import java.awt.GraphicsEnvironment;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The font families installed on this PC, by their Chinese and their English names (仿宋 is also
 * FangSong). Read through AWT's font list, which works without a screen (headless); when even that
 * fails the list is unknown and nothing is called missing.
 */
public final class InstalledFonts {

    private static volatile InstalledFonts system;

    private final Set<String> families;
    private final boolean known;

    private InstalledFonts(Set<String> families, boolean known) {
        this.families = families;
        this.known = known;
    }

    /** Fixed families, for tests and for a list read elsewhere. */
    public static InstalledFonts of(Set<String> families) {
        return new InstalledFonts(new TreeSet<>(families), true);
    }

    /** This PC's families, read once per run (AWT reads the system's font folders, which takes a moment). */
    public static InstalledFonts system() {
        InstalledFonts s = system;
        if (s == null) {
            s = read();
            system = s;
        }
        return s;
    }

    private static InstalledFonts read() {
        try {
            GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
            Set<String> names = new TreeSet<>();
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                names.addAll(java.util.Arrays.asList(env.getAvailableFontFamilyNames(l)));
            }
            return new InstalledFonts(names, true);
        } catch (RuntimeException | Error e) {
            // no font configuration at all (a bare server): we cannot tell, so we do not warn
            return new InstalledFonts(Set.of(), false);
        }
    }

    /** Whether the family is installed; true when the list could not be read. */
    public boolean has(String family) {
        return !known || families.contains(family);
    }
}
