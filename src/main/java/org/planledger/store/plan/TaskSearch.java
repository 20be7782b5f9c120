package org.planledger.store.plan;

import org.planledger.store.Sql;
import org.planledger.store.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds tasks by any words of their text, through each database's index of task text
 * ({@link Dialect#tasksHolding}), or by a task's number.
 */
final class TaskSearch {

    private static final int SNIPPET_RADIUS = 24;
    private static final java.util.regex.Pattern TASK_CODE = java.util.regex.Pattern.compile("\\d+(\\.\\d+)+");

    private final Connection c;

    TaskSearch(Connection c) {
        this.c = c;
    }

    List<SearchHit> search(long planId, String query, int limit) throws SQLException {
        List<String> words = Arrays.stream(typedForm(query).replace("\"", " ").strip().split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.size() == 1 && TASK_CODE.matcher(words.get(0)).matches()) {
            return byCode(planId, words.get(0), limit);
        }
        Dialect.TextSearch text = Dialect.of(c).tasksHolding(words);
        StringBuilder sql = new StringBuilder("SELECT t.id, t.plan_id, t.code, t.title, t.body FROM task t ");
        List<Object> args = new ArrayList<>();
        sql.append(text.join()).append(' ');
        sql.append("WHERE t.withdrawn = 0 AND ").append(text.condition()).append(' ');
        args.addAll(text.arguments());
        if (planId != 0) {
            sql.append("AND t.plan_id = ? ");
            args.add(planId);
        }
        sql.append("ORDER BY t.plan_id, t.id LIMIT ?");
        args.add(limit);
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            Sql.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            snippet(rs.getString(5), words.get(0))));
                }
            }
        }
        return hits;
    }

    /**
     * The query as the plan's text is kept: an input method in full-width mode types ５.３.６ or
     * ＰＭ２.５, and Roman numeral signs (劣Ⅴ类) were spelt with Latin letters at import.
     */
    static String typedForm(String query) {
        StringBuilder out = new StringBuilder(query.length());
        for (char ch : query.toCharArray()) {
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                out.append((char) (ch - 0xFEE0));
            } else if (ch == '\u3000') {
                out.append(' ');
            } else {
                out.append(ch);
            }
        }
        return org.planledger.model.RomanNumerals.toLatin(out.toString());
    }

    /** "5.3.6" or "5.3": the task with that number, or the tasks of that section or chapter. */
    private List<SearchHit> byCode(long planId, String code, int limit) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.plan_id, t.code, t.title, t.body FROM task t "
                + "WHERE t.withdrawn = 0 AND (? = 0 OR t.plan_id = ?) AND (t.code = ? OR t.code LIKE ? ESCAPE '\\') "
                + "ORDER BY t.plan_id, t.id LIMIT ?")) {
            Sql.bind(ps, planId, planId, code, code + ".%", limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            snippet(rs.getString(5), "")));
                }
            }
        }
        return hits;
    }

    private static String snippet(String body, String word) {
        int at = body.indexOf(word);
        if (at < 0) {
            return body.length() <= 2 * SNIPPET_RADIUS ? body : body.substring(0, 2 * SNIPPET_RADIUS) + "…";
        }
        int from = Math.max(0, at - SNIPPET_RADIUS);
        int to = Math.min(body.length(), at + word.length() + SNIPPET_RADIUS);
        return (from > 0 ? "…" : "") + body.substring(from, to) + (to < body.length() ? "…" : "");
    }
}
