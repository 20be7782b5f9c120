package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every ui.* key is in both languages, is a valid message pattern, and is used by the UI's code;
 * so is every report.* key, the import report's words the UI shares with the command line (app).
 */
class UiTextTest {

    /** Keys the code builds from a prefix and an enum name. */
    private static final List<String> BUILT_KEYS = List.of();
    /** Where the keys are used: the UI, and the words it shares with the command line. */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/planledger/ui"),
            Path.of("src/main/java/org/planledger/app"));

    @Test
    void bothLanguagesHaveTheSameUiKeys() throws IOException {
        assertEquals(uiKeys("/i18n/messages.properties"), uiKeys("/i18n/messages_en.properties"));
    }

    @Test
    void everyUiMessageIsAValidPattern() throws IOException {
        for (String file : List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            Properties p = load(file);
            for (String key : uiKeys(file)) {
                new MessageFormat(p.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3, 4});
            }
        }
    }

    @Test
    void everyKeyTheUiUsesExistsAndEveryUiKeyIsUsed() throws IOException {
        Set<String> used = new TreeSet<>(BUILT_KEYS);
        Pattern literal = Pattern.compile("\"((?:ui|report)\\.[A-Za-z.]+[A-Za-z])\"");
        for (Path source : SOURCES) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        Set<String> defined = uiKeys("/i18n/messages.properties");
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertTrue(missing.isEmpty(), "used but not defined: " + missing);
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), "defined but not used: " + unused);
    }

    private static Set<String> uiKeys(String resource) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String k : load(resource).stringPropertyNames()) {
            if (k.startsWith("ui.") || k.startsWith("report.")) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiTextTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
