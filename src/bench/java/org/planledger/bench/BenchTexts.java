package org.planledger.bench;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.planledger.i18n.Messages;

/**
 * The benchmarks' texts in one language: the {@code bench.*} keys from the benchmarks' own bundle
 * ({@value #BUNDLE}, not shipped with the app), everything else (the command line's headings and
 * option texts) from the app's.
 */
public final class BenchTexts {

    static final String BUNDLE = "org.planledger.bench.bench";

    private final Messages app;
    private final ResourceBundle own;

    public BenchTexts(Locale locale) {
        this.app = new Messages(locale);
        this.own = ResourceBundle.getBundle(BUNDLE, app.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static BenchTexts chinese() {
        return new BenchTexts(Messages.CHINESE);
    }

    public static BenchTexts forLanguage(String tag) {
        return new BenchTexts(tag == null ? Messages.CHINESE : Locale.forLanguageTag(tag));
    }

    public Locale locale() {
        return app.locale();
    }

    public String get(String key, Object... args) {
        if (!own.containsKey(key)) {
            return app.get(key, args);
        }
        String pattern = own.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, app.locale()).format(args);
    }

    /** For picocli's {@code ${bundle:…}} and description keys: the benchmarks' texts, then the app's. */
    public ResourceBundle bundle() {
        return new Layered(own, app.bundle(), app.locale());
    }

    private static final class Layered extends ResourceBundle {
        private final ResourceBundle first;
        private final ResourceBundle second;
        private final Locale locale;

        Layered(ResourceBundle first, ResourceBundle second, Locale locale) {
            this.first = first;
            this.second = second;
            this.locale = locale;
        }

        @Override
        protected Object handleGetObject(String key) {
            return first.containsKey(key) ? first.getObject(key) : second.containsKey(key) ? second.getObject(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new TreeSet<>(first.keySet());
            keys.addAll(second.keySet());
            return Collections.enumeration(keys);
        }

        @Override
        public Locale getLocale() {
            return locale;
        }
    }
}
