package org.planledger.ui.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.notice.NoticeSettings;

/**
 * 公文设置, as {@code notice settings} sets it: the office, the number's prefix, contact and
 * phone, the working days allowed for feedback, and each role's fonts as a list in order of
 * preference. Next to each font list: which of its fonts this PC lacks and which font the
 * document will name instead. Checked here in words; nothing is saved while a field is wrong.
 */
final class DocumentSettingsForm {

    /** The fonts a 公文 names, each role its own list. */
    enum FontRole {
        BODY, TITLE, HEADING1, HEADING2, TABLE;

        String labelKey() {
            return switch (this) {
                case BODY -> "ui.documentSettings.font.body";
                case TITLE -> "ui.documentSettings.font.title";
                case HEADING1 -> "ui.documentSettings.font.heading";
                case HEADING2 -> "ui.documentSettings.font.subheading";
                case TABLE -> "ui.documentSettings.font.table";
            };
        }
    }

    static final int MAX_FEEDBACK_DAYS = 30;

    /** The settings to save, or why not. */
    record Checked(NoticeSettings settings, Text problem) {
    }

    private final Messages messages;
    private final InstalledFonts installed;
    private final StringProperty office = new SimpleStringProperty();
    private final StringProperty prefix = new SimpleStringProperty();
    private final StringProperty contact = new SimpleStringProperty();
    private final StringProperty phone = new SimpleStringProperty();
    private final StringProperty feedbackDays = new SimpleStringProperty();
    private final Map<FontRole, StringProperty> fonts = new EnumMap<>(FontRole.class);
    private final Map<FontRole, StringProperty> warnings = new EnumMap<>(FontRole.class);

    DocumentSettingsForm(Messages messages, NoticeSettings current, InstalledFonts installed) {
        this.messages = messages;
        this.installed = installed;
        office.set(current.office());
        prefix.set(current.prefix());
        contact.set(current.contact());
        phone.set(current.phone());
        feedbackDays.set(String.valueOf(current.feedbackWorkingDays()));
        for (FontRole r : FontRole.values()) {
            StringProperty names = new SimpleStringProperty(String.join("、", of(current, r)));
            StringProperty warning = new SimpleStringProperty(warning(split(names.get())));
            names.addListener((o, old, now) -> warning.set(warning(split(now))));
            fonts.put(r, names);
            warnings.put(r, warning);
        }
    }

    private static List<String> of(NoticeSettings s, FontRole r) {
        return switch (r) {
            case BODY -> s.bodyFonts();
            case TITLE -> s.titleFonts();
            case HEADING1 -> s.heading1Fonts();
            case HEADING2 -> s.heading2Fonts();
            case TABLE -> s.tableFonts();
        };
    }

    StringProperty office() {
        return office;
    }

    StringProperty prefix() {
        return prefix;
    }

    StringProperty contact() {
        return contact;
    }

    StringProperty phone() {
        return phone;
    }

    StringProperty feedbackDays() {
        return feedbackDays;
    }

    /** The role's fonts as typed: names separated by 、 or commas, the preferred first. */
    StringProperty fonts(FontRole role) {
        return fonts.get(role);
    }

    /** Empty when every named font is installed here; else what is missing and what is used instead. */
    ReadOnlyStringProperty warning(FontRole role) {
        return warnings.get(role);
    }

    /** Font names can hold spaces (Noto Serif CJK SC): only 、 , ， ; ； separate them. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String n : (text == null ? "" : text).split("[,，、;；]")) {
            String name = n.strip();
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * As the writer chooses ({@code DocumentFonts}): the first installed font of the list is the
     * one the document names; when none is installed, the first named, which this PC shows with
     * a substitute.
     */
    String warning(List<String> names) {
        List<String> missing = names.stream().filter(n -> !installed.has(n)).toList();
        if (missing.isEmpty()) {
            return "";
        }
        String used = names.stream().filter(installed::has).findFirst().orElse(null);
        if (used != null) {
            return messages.get("ui.documentSettings.fontFallback", String.join("、", missing), used);
        }
        return names.size() == 1 ? messages.get("ui.documentSettings.fontMissingOne", names.get(0))
                : messages.get("ui.documentSettings.fontNone", String.join("、", missing), names.get(0));
    }

    Checked check() {
        if (prefix.get() == null || prefix.get().isBlank()) {
            return new Checked(null, Text.of("notice.error.noPrefix"));
        }
        String days = feedbackDays.get() == null ? "" : feedbackDays.get().strip();
        if (!days.matches("\\d{1,2}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > MAX_FEEDBACK_DAYS) {
            return new Checked(null, Text.of("notice.error.feedbackDays", days));
        }
        for (FontRole r : FontRole.values()) {
            if (split(fonts.get(r).get()).isEmpty()) {
                return new Checked(null, Text.of("ui.documentSettings.noFont",
                        messages.get(r.labelKey())));
            }
        }
        return new Checked(new NoticeSettings(office.get(), prefix.get(), contact.get(), phone.get(), Integer.parseInt(days),
                split(fonts.get(FontRole.BODY).get()), split(fonts.get(FontRole.TITLE).get()),
                split(fonts.get(FontRole.HEADING1).get()), split(fonts.get(FontRole.HEADING2).get()),
                split(fonts.get(FontRole.TABLE).get())), null);
    }
}
