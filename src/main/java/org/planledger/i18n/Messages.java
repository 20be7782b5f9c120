package org.planledger.i18n;

import java.text.Collator;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language: resource bundle lookup, date formatting and collation.
 * Chinese is the base bundle, so a missing translation shows Chinese rather than a key.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = isEnglish(locale) ? ENGLISH : CHINESE;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages chinese() {
        return new Messages(CHINESE);
    }

    public static Messages forLanguage(String tag) {
        return new Messages(tag == null ? CHINESE : Locale.forLanguageTag(tag));
    }

    private static boolean isEnglish(Locale l) {
        return l != null && "en".equals(l.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message for key " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate d) {
                shown[i] = date(d);
            } else if (args[i] instanceof Text t) {
                shown[i] = format(t);
            } else if (args[i] instanceof CharSequence || args[i] instanceof java.nio.file.Path) {
                shown[i] = harmless(args[i].toString());
            } else {
                shown[i] = args[i];
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * A file, part or other name as a message shows it: control characters (terminal escape
     * sequences), invisible format characters (right-to-left overrides) and line separators each
     * become "_", as in stored evidence names, so a name cannot recolour a console or reorder the
     * words around it. Line breaks and tabs stay: some arguments are lists already put into words.
     */
    static String harmless(String s) {
        return UNSHOWABLE.matcher(s).replaceAll("_");
    }

    private static final java.util.regex.Pattern UNSHOWABLE = java.util.regex.Pattern.compile(
            "[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}&&[^\\n\\t]]");

    public String format(Text text) {
        return get(text.key(), text.args().toArray());
    }

    /** Dates as users write them: 2023年12月31日 in Chinese, 31 Dec 2023 in English. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        DateTimeFormatter f = locale == ENGLISH
                ? DateTimeFormatter.ofPattern("d MMM yyyy", ENGLISH)
                : DateTimeFormatter.ofPattern("yyyy年M月d日", CHINESE);
        return date.format(f);
    }

    /** A moment on the user's clock, to the minute: 2026年11月29日 14:05, or 29 Nov 2026 14:05. */
    public String dateTime(Instant moment) {
        if (moment == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(moment, ZoneId.systemDefault());
        return date(local.toLocalDate()) + " " + local.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** Sorts text the way a reader of this language expects (pinyin order for Chinese). */
    public Collator collator() {
        return Collator.getInstance(locale);
    }
}
