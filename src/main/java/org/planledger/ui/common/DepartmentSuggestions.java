package org.planledger.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.planledger.model.Department;

/**
 * What a department picker offers for the letters typed: departments whose full name, short
 * name or alias holds every typed word. Exact names come first, then names that start with the
 * words, then the rest, each in pinyin order.
 */
public final class DepartmentSuggestions {

    private DepartmentSuggestions() {
    }

    public static List<Department> suggest(Collection<Department> choices, String typed, int limit) {
        String[] words = words(typed);
        if (words.length == 0) {
            return List.of();
        }
        record Hit(Department department, int rank) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Department d : choices) {
            int rank = rank(d, words);
            if (rank >= 0) {
                hits.add(new Hit(d, rank));
            }
        }
        Comparator<Department> byName = DepartmentRegistry.order();
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(Hit::department, byName));
        return hits.stream().limit(limit).map(Hit::department).toList();
    }

    /** The one department the text names exactly (full, short name or alias), if exactly one does. */
    public static Optional<Department> exact(Collection<Department> choices, String text) {
        String t = text == null ? "" : text.strip();
        List<Department> named = choices.stream()
                .filter(d -> t.equals(d.name()) || t.equals(d.shortName()) || d.aliases().contains(t))
                .toList();
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        // a full name wins over someone else's alias
        return named.stream().filter(d -> t.equals(d.name())).findFirst();
    }

    /** 0 exact name, 1 a name starts with the words, 2 names hold them, 3 only aliases do; -1 no match. */
    private static int rank(Department d, String[] words) {
        String name = norm(d.name());
        String shortName = norm(d.shortName());
        String all = name + "\u0000" + shortName;
        String aliases = String.join("\u0000", d.aliases()).toLowerCase(Locale.ROOT);
        boolean inNames = true;
        boolean anywhere = true;
        for (String w : words) {
            inNames &= all.contains(w);
            anywhere &= all.contains(w) || aliases.contains(w);
        }
        if (!anywhere) {
            return -1;
        }
        if (!inNames) {
            return 3;
        }
        String first = words[0];
        if (words.length == 1 && (name.equals(first) || shortName.equals(first))) {
            return 0;
        }
        return name.startsWith(first) || shortName.startsWith(first) || name.startsWith("区" + first)
                || name.startsWith("市" + first) ? 1 : 2;
    }

    private static String[] words(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? new String[0] : t.split("[\\s,，、]+");
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
