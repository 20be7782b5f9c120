package org.planledger.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.util.StringConverter;
import org.planledger.i18n.Messages;

/** Dates in date pickers as users write them: 2026年11月29日, also read as 2026-11-29, 2026/11/29 or 2026.11.29. */
public final class DateConverter extends StringConverter<LocalDate> {

    private static final Pattern DATE = Pattern.compile("\\s*(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?\\s*");

    private final Messages messages;

    public DateConverter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : messages.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
