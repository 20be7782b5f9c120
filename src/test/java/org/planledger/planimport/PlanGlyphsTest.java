package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every character of the shipped plan, as the import keeps it, is drawn by the fonts the Linux
 * package depends on (installer/linux/control): an outline, not a blank. WenQuanYi Micro Hei has
 * an empty glyph for Ⅴ (U+2164), so 劣Ⅴ类 showed as 劣　类 until the import spelled it 劣V类.
 */
class PlanGlyphsTest {

    /** The font each package of the control file's Depends installs, as fontconfig names it. */
    private static final Map<String, String> FAMILY_OF_PACKAGE = Map.of(
            "fonts-wqy-microhei", "WenQuanYi Micro Hei",
            "fonts-noto-cjk", "Noto Sans CJK SC");

    @Test
    void everyCharacterOfTheImportedPlanHasAGlyphInEachFontThePackageDependsOn() throws Exception {
        List<String> packages = fontPackages();
        assertTrue(packages.contains("fonts-wqy-microhei"), "the .deb depends on a CJK font: " + packages);
        TreeSet<Integer> characters = importedCharacters();
        assertTrue(characters.size() > 1000, "the plan's distinct characters: " + characters.size());
        List<String> checked = new ArrayList<>();
        for (String pkg : packages) {
            String family = FAMILY_OF_PACKAGE.get(pkg);
            assertTrue(family != null, pkg + " is a new font dependency: name its family in this test");
            Optional<Path> file = fontFile(family);
            if (file.isEmpty()) {
                continue;
            }
            Font font = Font.createFonts(file.get().toFile())[0].deriveFont(24f);
            FontRenderContext frc = new FontRenderContext(null, true, true);
            StringBuilder blank = new StringBuilder();
            for (int c : characters) {
                String s = new String(Character.toChars(c));
                if (!font.canDisplay(c) || font.createGlyphVector(frc, s).getOutline().getBounds2D().isEmpty()) {
                    blank.append(s).append(String.format(" U+%04X  ", c));
                }
            }
            assertEquals("", blank.toString(), family + " (" + file.get() + ") draws nothing for these");
            checked.add(family);
        }
        Assumptions.assumeFalse(checked.isEmpty(), "none of the fonts the .deb depends on is installed ("
                + packages + "); apt-get install fonts-wqy-microhei to run this check (.ci/run does)");
    }

    /** The shipped plan read as the import reads it: the text of every paragraph and cell. */
    private static TreeSet<Integer> importedCharacters() {
        SourceDocument doc = new TextDocumentReader().read(ShippedPlan.FILE_NAME, ShippedPlan.bytes()).document();
        StringBuilder all = new StringBuilder();
        for (DocumentBlock block : doc.blocks()) {
            if (block instanceof DocumentBlock.Paragraph p) {
                all.append(p.text()).append(p.boldLead());
            } else if (block instanceof DocumentBlock.Table t) {
                t.rows().forEach(row -> row.forEach(cell -> all.append(cell.text())));
            }
        }
        TreeSet<Integer> set = new TreeSet<>();
        all.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                && !Character.isSpaceChar(c)).forEach(set::add);
        return set;
    }

    private static List<String> fontPackages() throws IOException {
        String control = Files.readString(Path.of("installer/linux/control"), StandardCharsets.UTF_8);
        Matcher depends = Pattern.compile("(?m)^Depends:(.*)$").matcher(control);
        assertTrue(depends.find(), "installer/linux/control has a Depends line");
        List<String> packages = new ArrayList<>();
        Matcher font = Pattern.compile("fonts-[a-z0-9-]+").matcher(depends.group(1));
        while (font.find()) {
            packages.add(font.group());
        }
        return packages;
    }

    /** The file fontconfig has for the family, if that family is installed. */
    private static Optional<Path> fontFile(String family) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("fc-match", "-f", "%{family}\\n%{file}", family).redirectErrorStream(true).start();
        } catch (IOException noFontconfig) {
            return Optional.empty();
        }
        String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
        p.waitFor();
        if (out.length < 2 || !out[0].contains(family)) {
            return Optional.empty();
        }
        File file = new File(out[1].strip());
        return file.isFile() ? Optional.of(file.toPath()) : Optional.empty();
    }
}
