package org.planledger.docs;

import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Text;

/**
 * The fonts of a 公文, each role a list of names in order of preference (the office's settings):
 * the first one installed on this PC is written into the document, else the first one named.
 * A Chinese font named in a .docx is only a name; a PC without it shows a substitute, so a name
 * that is not installed here gets a warning.
 */
public record DocumentFonts(List<String> body, List<String> title, List<String> heading1, List<String> heading2,
                            List<String> table, List<String> pageNumber) {

    /**
     * GB/T 9704 and the usual practice: 仿宋 (仿宋_GB2312 on older PCs), 方正小标宋简体 (commercial,
     * never bundled) falling back to 宋体 then 黑体, 黑体, 楷体, 宋体 for the page numbers.
     */
    public static final DocumentFonts DEFAULT = new DocumentFonts(List.of("仿宋_GB2312", "仿宋"),
            List.of("方正小标宋简体", "宋体", "黑体"), List.of("黑体"), List.of("楷体_GB2312", "楷体"),
            List.of("仿宋_GB2312", "仿宋"), List.of("宋体"));

    public DocumentFonts {
        body = names(body, List.of("仿宋_GB2312", "仿宋"));
        title = names(title, List.of("方正小标宋简体", "宋体", "黑体"));
        heading1 = names(heading1, List.of("黑体"));
        heading2 = names(heading2, List.of("楷体_GB2312", "楷体"));
        table = names(table, List.of("仿宋_GB2312", "仿宋"));
        pageNumber = names(pageNumber, List.of("宋体"));
    }

    /** The names, blank ones dropped; the default when none is left. */
    private static List<String> names(List<String> given, List<String> fallback) {
        List<String> out = new ArrayList<>();
        if (given != null) {
            for (String n : given) {
                if (n != null && !n.isBlank() && !out.contains(n.strip())) {
                    out.add(n.strip());
                }
            }
        }
        return out.isEmpty() ? fallback : List.copyOf(out);
    }

    /** The names chosen for this PC, and a warning for each role whose fonts are none of them installed. */
    public Chosen choose(InstalledFonts installed) {
        List<Text> warnings = new ArrayList<>();
        return new Chosen(pick(body, installed, warnings), pick(title, installed, warnings),
                pick(heading1, installed, warnings), pick(heading2, installed, warnings),
                pick(table, installed, warnings), pick(pageNumber, installed, warnings), warnings);
    }

    private static String pick(List<String> names, InstalledFonts installed, List<Text> warnings) {
        for (String n : names) {
            if (installed.has(n)) {
                return n;
            }
        }
        Text w = Text.of("document.warning.fontMissing", String.join("、", names), names.get(0));
        if (!warnings.contains(w)) {
            warnings.add(w);
        }
        return names.get(0);
    }

    /** One font name per role, as written into the document; {@code warnings} names what this PC lacks. */
    public record Chosen(String body, String title, String heading1, String heading2, String table, String pageNumber,
                         List<Text> warnings) {

        public Chosen {
            warnings = List.copyOf(warnings);
        }
    }
}
