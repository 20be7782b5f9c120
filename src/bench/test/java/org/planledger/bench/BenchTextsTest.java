package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planledger.testing.TestClock;

/** The benchmarks' own bundle: every key in both languages, only bench.* keys, and the help of both commands filled in. */
class BenchTextsTest {

    @Test
    void everyBenchKeyIsInBothLanguagesAndOnlyThere() throws IOException {
        Set<String> zh = keys("/org/planledger/bench/bench.properties");
        Set<String> en = keys("/org/planledger/bench/bench_en.properties");
        assertFalse(zh.isEmpty());
        assertEquals(zh, en);
        assertTrue(zh.stream().allMatch(k -> k.startsWith("bench.")), zh::toString);
        Set<String> app = keys("/i18n/messages.properties");
        assertTrue(app.stream().noneMatch(k -> k.startsWith("bench.")), "the app's bundle holds no benchmark text");
    }

    @Test
    void everyMessageFillsInItsArguments() {
        for (String lang : new String[] {"zh", "en"}) {
            BenchTexts t = BenchTexts.forLanguage(lang);
            java.util.ResourceBundle own = java.util.ResourceBundle.getBundle(BenchTexts.BUNDLE, t.locale());
            for (String key : own.keySet()) {
                if (own.getString(key).contains("${")) {
                    continue;  // picocli's ${DEFAULT-VALUE}, filled in by picocli
                }
                String shown = t.get(key, 1, 2, 3, 4, 5, 6, 7, 8);
                assertFalse(shown.contains("{") || shown.contains("}"), lang + " " + key + ": " + shown);
            }
        }
    }

    @Test
    void helpInBothLanguagesHasNoUnresolvedText() {
        for (String lang : new String[] {"zh", "en"}) {
            for (String[] args : new String[][] {{"--help", "--lang", lang}, {"image", "--help", "--lang", lang},
                    {"team-load", "--help", "--lang", lang}}) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = BenchCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), TestClock.get());
                assertEquals(0, code, err::toString);
                assertFalse(out.toString().contains("${bundle") || out.toString().contains("bench."), out::toString);
                assertTrue(out.toString().contains(args[0].equals("team-load") ? "--clients" : "--runs"), out::toString);
            }
        }
    }

    @Test
    void benchTextsFallBackToTheAppsForTheCommandLineWords() {
        BenchTexts en = BenchTexts.forLanguage("en");
        assertEquals("Results written to x", en.get("bench.written", "x"));
        assertEquals(new org.planledger.i18n.Messages(java.util.Locale.ENGLISH).get("cli.option.help"), en.get("cli.option.help"));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BenchTextsTest.class.getResourceAsStream(resource);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames();
    }
}
