package org.planledger.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.planledger.model.TaskStatus;

/** Both languages say everything, every pattern formats, and no key is missing, left over or written twice. */
class LocalizationTest {

    private static final Messages ZH = Messages.chinese();
    private static final Messages EN = Messages.forLanguage("en");
    /** A key as the code writes it: a string literal, or picocli's ${bundle:key}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("(?:\"|\\$\\{bundle:)((?:app|cli|import|store|task|department|assignment|division|divisionImport|assign|light|outcome|period|progress|reporting|indicator|rollup|export|exchange|document|notice|evaluation|plan)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])(?:\"|\\})");
    /** File names that look like keys. */
    private static final Set<String> NOT_KEYS = Set.of("app.planledger", "evaluation.json");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(keys(ZH), keys(EN));
    }

    @Test
    void everyPatternFormatsInBothLanguages() {
        for (Messages m : List.of(ZH, EN)) {
            for (String key : keys(m)) {
                if (m.bundle().getString(key).contains("${")) {
                    continue; // a picocli description: picocli fills ${DEFAULT-VALUE} and the like itself
                }
                new MessageFormat(m.bundle().getString(key), m.locale()); // throws on a broken pattern
            }
        }
    }

    /** picocli passes help texts through String.format: a bare % ("100%") printed a warning instead. */
    @Test
    void everyCommandLineTextSurvivesPicocliFormatting() {
        for (Messages m : List.of(ZH, EN)) {
            for (String key : keys(m)) {
                String text = m.bundle().getString(key);
                if (key.startsWith("cli.") && !text.matches("(?s).*\\{\\d.*")) { // {0}: a message the app formats itself
                    try {
                        String.format(text);
                    } catch (java.util.IllegalFormatException e) {
                        throw new AssertionError(m.locale() + " " + key + " is not a valid help text (write % as %%): " + text, e);
                    }
                }
            }
        }
    }

    @Test
    void everyKeyTheCoreUsesExistsAndEveryCoreKeyIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    if (!NOT_KEYS.contains(m.group(1))) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (TaskStatus s : TaskStatus.values()) {
            used.add(s.messageKey());
        }
        for (org.planledger.model.DepartmentKind k : org.planledger.model.DepartmentKind.values()) {
            used.add(k.messageKey());
        }
        for (org.planledger.model.AssignmentRole r : org.planledger.model.AssignmentRole.values()) {
            used.add(r.messageKey());
        }
        for (org.planledger.model.DivisionState d : org.planledger.model.DivisionState.values()) {
            used.add(d.messageKey());
        }
        for (org.planledger.model.IndicatorDirection d : org.planledger.model.IndicatorDirection.values()) {
            used.add(d.messageKey());
        }
        for (org.planledger.model.IndicatorVerdict v : org.planledger.model.IndicatorVerdict.values()) {
            used.add(v.messageKey());
        }
        for (org.planledger.model.Light l : org.planledger.model.Light.values()) {
            used.add(l.messageKey());
        }
        for (org.planledger.progress.Outcome o : org.planledger.progress.Outcome.values()) {
            used.add(o.messageKey());
        }
        for (org.planledger.model.FinalOutcome o : org.planledger.model.FinalOutcome.values()) {
            used.add(o.messageKey());
        }
        for (org.planledger.model.IndicatorConclusion c : org.planledger.model.IndicatorConclusion.values()) {
            used.add(c.messageKey());
        }
        for (org.planledger.model.PlanState s : org.planledger.model.PlanState.values()) {
            used.add(s.messageKey());
        }
        for (org.planledger.model.PeriodKind k : org.planledger.model.PeriodKind.values()) {
            used.add(k.messageKey());
        }
        for (org.planledger.store.progress.ReportingGrid.State st : org.planledger.store.progress.ReportingGrid.State.values()) {
            used.add(st.messageKey());
        }
        Set<String> defined = new TreeSet<>();
        for (String key : keys(ZH)) {
            if (KEY_LITERAL.matcher("\"" + key + "\"").matches()) {
                defined.add(key);
            }
        }
        List<String> missing = new ArrayList<>(used);
        missing.removeAll(defined);
        List<String> unused = new ArrayList<>(defined);
        unused.removeAll(used);
        assertTrue(missing.isEmpty(), "used but not in the bundles: " + missing);
        assertTrue(unused.isEmpty(), "in the bundles but never used: " + unused);
    }

    /**
     * A key written twice in one file is not an error to {@link java.util.Properties}: the later
     * line silently wins, so one of two texts someone wrote never shows.
     */
    @Test
    void noFileDefinesAKeyTwice() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Stream.concat(Files.walk(Path.of("src/main/resources")),
                Files.walk(Path.of("src/main/resources-filtered")))) {
            files = all.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
        assertTrue(files.stream().anyMatch(p -> p.endsWith("messages.properties")), "bundles found: " + files);
        List<String> twice = new ArrayList<>();
        for (Path f : files) {
            for (String key : duplicateKeys(Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8))) {
                twice.add(f.getFileName() + ": " + key);
            }
        }
        assertTrue(twice.isEmpty(), "keys defined twice: " + twice);
    }

    @Test
    void aDuplicateKeyIsFoundWhereverItIsWritten() {
        assertEquals(List.of("a.b"), duplicateKeys(List.of("a.b=1", "# a.b=comment", "c=x \\\\", "a.b = 2")));
        assertEquals(List.of("a.b"), duplicateKeys(List.of("a.b:1", "  a.b\tx")));
        // a continued value is one line; an escaped separator belongs to the key
        assertEquals(List.of(), duplicateKeys(List.of("a=one \\", "  a=still the value of a", "a\\=b=2")));
    }

    /** The keys a .properties file's lines define more than once, in the order found (its syntax: comments, continuations, separators). */
    static List<String> duplicateKeys(List<String> lines) {
        Set<String> seen = new java.util.HashSet<>();
        List<String> twice = new ArrayList<>();
        boolean continued = false;
        for (String raw : lines) {
            String line = raw.stripLeading();
            boolean wasContinued = continued;
            int trailing = 0;
            while (trailing < line.length() && line.charAt(line.length() - 1 - trailing) == '\\') {
                trailing++;
            }
            continued = trailing % 2 == 1;
            if (wasContinued || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                if (!wasContinued && !line.isEmpty()) {
                    continued = false; // a comment does not continue
                }
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    key.append(line.charAt(++i));
                } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    break;
                } else {
                    key.append(c);
                }
            }
            if (!seen.add(key.toString())) {
                twice.add(key.toString());
            }
        }
        return twice;
    }

    @Test
    void datesAreWrittenAsUsersWriteThem() {
        assertEquals("2023年12月31日", ZH.date(LocalDate.of(2023, 12, 31)));
        assertEquals("2021年1月5日", ZH.date(LocalDate.of(2021, 1, 5)));
        assertEquals("31 Dec 2023", EN.date(LocalDate.of(2023, 12, 31)));
        java.time.Instant noon = LocalDate.of(2026, 11, 29).atTime(14, 5).atZone(java.time.ZoneId.systemDefault()).toInstant();
        assertEquals("2026年11月29日 14:05", ZH.dateTime(noon));
        assertEquals("29 Nov 2026 14:05", EN.dateTime(noon));
        assertEquals("完成时限：2025年12月31日", new MessageFormat("完成时限：{0}").format(
                new Object[] {ZH.date(LocalDate.of(2025, 12, 31))}));
    }

    @Test
    void chineseSortsByPinyin() {
        List<String> names = new ArrayList<>(List.of("水务局", "北园街道", "城市管理局", "财政局", "药山街道"));
        names.sort(ZH.collator());
        assertEquals(List.of("北园街道", "财政局", "城市管理局", "水务局", "药山街道"), names);
    }

    @Test
    void nestedTextsAndNumbersAreFormatted() {
        Text where = Text.of("import.where.line", 1234);
        assertEquals("第1234行的主要指标表缺少“指标属性”一列。",
                ZH.format(Text.of("import.error.indicatorColumnMissing", where, Text.of("import.column.attribute"))));
        assertEquals("The main indicators table at line 1234 has no \"attribute\" column.",
                EN.format(Text.of("import.error.indicatorColumnMissing", where, Text.of("import.column.attribute"))));
    }

    private static Set<String> keys(Messages m) {
        return new TreeSet<>(Collections.list(m.bundle().getKeys()));
    }
}
