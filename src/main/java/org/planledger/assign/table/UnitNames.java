package org.planledger.assign.table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the units named in one cell of a 分工表, in the forms offices write them:
 * a plain list (区水务局、区住建局), labelled parts (牵头单位：区水务局；配合单位：区住建局、各街道),
 * markers (区水务局（牵头）, 区水务局牵头), the sub-district offices as a group (各街道) and
 * words that name no particular unit (有关部门). Separators: 、，,；;／/ and white space.
 */
final class UnitNames {

    /** What a name does on its row. LISTED: in a 责任单位 list without a marker, where the first listed leads. */
    enum Role { LEAD, COOPERATE, LISTED }

    /** What a name stands for. */
    enum Kind { DEPARTMENT, SUBDISTRICTS, GENERIC }

    record Named(String written, Role role, Kind kind) {
    }

    private static final Pattern LABEL = Pattern.compile(
            "(牵头单位|牵头部门|主责单位|主责部门|牵头|主责|配合单位|配合部门|协办单位|协同单位|参与单位|协助单位|协办|配合"
                    + "|责任单位|责任部门|责任主体)\\s*:");
    private static final Pattern MARKER = Pattern.compile("^(.+?)\\((牵头单位|牵头部门|牵头|主责|配合单位|配合|协办)\\)$");
    private static final Pattern SUFFIX = Pattern.compile("^(.{2,}?)(牵头|负责|配合|协办|参与)$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SUBDISTRICTS = Pattern.compile(
            "^(各|相关|有关|涉及|涉及的|属地|辖区|辖区内|所在|沿线)*(镇)?街道(办事处|办)?$|^各?镇街$");
    private static final Pattern GENERIC = Pattern.compile(
            "^(区直|区|市)?(各|其他|其它)?(有关|相关|其他|成员|责任)?(的)?(部门|单位|部门单位|部门和单位|单位和部门)$");
    private static final String SEPARATORS = "、,;/";

    private UnitNames() {
    }

    /** The names in a cell, in order; {@code columnRole} is the role of names the cell does not label or mark. */
    static List<Named> parse(String cell, Role columnRole) {
        List<Named> result = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return result;
        }
        String text = normalize(cell);
        Matcher m = LABEL.matcher(text);
        int at = 0;
        Role role = columnRole;
        while (m.find()) {
            names(text.substring(at, m.start()), role, result);
            role = labelRole(m.group(1));
            at = m.end();
        }
        names(text.substring(at), role, result);
        return result;
    }

    /** Full-width brackets, colons, commas, slashes and digits in their plain forms; the list comma 、 stays. */
    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('【', '(').replace('】', ')')
                .replace('〔', '(').replace('〕', ')');
    }

    private static Role labelRole(String label) {
        if (label.startsWith("牵头") || label.startsWith("主责")) {
            return Role.LEAD;
        }
        if (label.startsWith("责任")) {
            return Role.LISTED;
        }
        return Role.COOPERATE;
    }

    private static void names(String part, Role role, List<Named> into) {
        for (String token : split(part)) {
            Named n = named(token, role);
            if (n != null) {
                into.add(n);
            }
        }
    }

    /** Splits at separators and white space outside brackets. */
    private static List<String> split(String part) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < part.length(); i++) {
            char ch = part.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && (SEPARATORS.indexOf(ch) >= 0 || Character.isWhitespace(ch))) {
                tokens.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        tokens.add(current.toString());
        return tokens;
    }

    private static Named named(String token, Role columnRole) {
        String t = clean(token);
        Role role = columnRole;
        Matcher marker = MARKER.matcher(t);
        if (marker.matches()) {
            t = clean(marker.group(1));
            role = marker.group(2).startsWith("牵头") || marker.group(2).equals("主责") ? Role.LEAD : Role.COOPERATE;
        } else {
            Matcher suffix = SUFFIX.matcher(t);
            if (suffix.matches()) {
                t = clean(suffix.group(1));
                role = suffix.group(2).equals("牵头") || suffix.group(2).equals("负责") ? Role.LEAD : Role.COOPERATE;
            }
        }
        if (t.isEmpty()) {
            return null;
        }
        String bare = PARENTHESES.matcher(t).replaceAll("");
        if (SUBDISTRICTS.matcher(bare).matches()) {
            return new Named(t, role, Kind.SUBDISTRICTS);
        }
        if (GENERIC.matcher(bare).matches()) {
            return new Named(t, role, Kind.GENERIC);
        }
        return new Named(t, role, Kind.DEPARTMENT);
    }

    /** Drops quotes, a leading 由, a trailing 等 or full stop, and brackets left empty. */
    private static String clean(String token) {
        String t = token.strip().replaceAll("^[\"'“”‘’《》]+|[\"'“”‘’《》。.:]+$", "");
        if (t.startsWith("由") && t.length() > 2) {
            t = t.substring(1);
        }
        return t.replaceAll("等(部门|单位)?$", "").replace("()", "").strip();
    }
}
