package org.planledger.ui.department;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.planledger.i18n.Messages;
import org.planledger.model.DepartmentKind;
import org.planledger.store.division.ChangeEntry;

/** A department's recorded change in words: 2026年11月29日 14:05　改名：“区水务局”→“区城乡水务局”. */
public final class HistoryWords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Messages messages;

    public HistoryWords(Messages messages) {
        this.messages = messages;
    }

    public String line(ChangeEntry e) {
        return messages.get("ui.history.line", messages.dateTime(e.at()), what(e));
    }

    public String what(ChangeEntry e) {
        Map<String, Object> d = detail(e.detail());
        if ("liaison".equals(e.subject())) {
            return messages.get("ui.history.liaison", text(d, "name"), text(d, "phone"));
        }
        return switch (e.action()) {
            case "add" -> messages.get("ui.history.add", text(d, "name"), kind(text(d, "kind")));
            case "rename" -> messages.get("ui.history.rename", text(d, "from"), text(d, "to"), text(d, "toShort"));
            case "merge" -> messages.get("ui.history.merge", text(d, "into"), d.getOrDefault("assignmentsMoved", 0));
            case "retire" -> messages.get("ui.history.retire");
            case "verify" -> messages.get("ui.history.verify");
            case "unverify" -> messages.get("ui.history.unverify");
            default -> messages.get("ui.history.other", e.action());
        };
    }

    private String kind(String name) {
        try {
            return messages.get(DepartmentKind.valueOf(name).messageKey());
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    private static String text(Map<String, Object> detail, String key) {
        Object v = detail.get(key);
        return v == null ? "" : v.toString();
    }

    private static Map<String, Object> detail(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
