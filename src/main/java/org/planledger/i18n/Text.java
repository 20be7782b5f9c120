package org.planledger.i18n;

import java.util.List;

/** A user-visible message not yet put into words: a bundle key and its arguments. */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, List.of(args));
    }
}
