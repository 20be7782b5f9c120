package org.planledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;

/** The JSON the ledger keeps in a few columns: aliases, reasons, change details. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static List<String> strings(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad JSON in the ledger: " + json, e);
        }
    }

    /** Reasons as [{"key": …, "args": […]}]; arguments are kept as strings and numbers. */
    public static String texts(List<Text> texts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Text t : texts) {
            list.add(Map.of("key", t.key(), "args", t.args()));
        }
        return write(list);
    }

    public static List<Text> texts(String json) {
        try {
            List<Map<String, Object>> list = MAPPER.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
            List<Text> result = new ArrayList<>();
            for (Map<String, Object> m : list) {
                @SuppressWarnings("unchecked")
                List<Object> args = (List<Object>) m.getOrDefault("args", List.of());
                result.add(new Text((String) m.get("key"), args));
            }
            return result;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad JSON in the ledger: " + json, e);
        }
    }
}
