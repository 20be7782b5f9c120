package org.planledger.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.exchange.ExchangeStore;

/**
 * Items a merge flagged for the manager: a department wrote (re-requested a close-out, asked
 * for an extension) after a decision it had not yet seen. An item stays flagged until the
 * manager records a newer status on it.
 */
public final class Attentions {

    /** One flagged item, with the report that raised it. */
    public record Item(long taskId, Long milestoneId, String code, String departmentName, String reportFile, Text reason) {
    }

    private final Ledger ledger;

    public Attentions(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Every open flag, by task code; taskId 0 for all tasks. */
    public List<Item> open(long taskId) {
        return ExchangeStore.read(ledger, store -> store.openFlags(taskId).stream()
                .map(f -> new Item(f.taskId(), f.milestoneId(), f.code(), f.departmentName(), f.reportFile(),
                        decode(f.reason())))
                .toList());
    }

    /** A reason as JSON: its key and arguments; dates and nested texts keep their kind. */
    static String encode(Text text) {
        return new String(SealedFile.json(tree(text)), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> tree(Text text) {
        List<Object> args = new ArrayList<>();
        for (Object a : text.args()) {
            if (a instanceof Text t) {
                args.add(Map.of("text", tree(t)));
            } else if (a instanceof LocalDate d) {
                args.add(Map.of("date", d.toString()));
            } else {
                args.add(Map.of("value", String.valueOf(a)));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", text.key());
        out.put("args", args);
        return out;
    }

    static Text decode(String json) {
        try {
            return fromTree(SealedFile.JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException("bad attention reason in the ledger: " + json, e);
        }
    }

    private static Text fromTree(JsonNode n) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : n.path("args")) {
            if (a.has("text")) {
                args.add(fromTree(a.get("text")));
            } else if (a.has("date")) {
                args.add(LocalDate.parse(a.get("date").asText()));
            } else {
                args.add(a.path("value").asText());
            }
        }
        return new Text(n.path("key").asText(), args);
    }
}
