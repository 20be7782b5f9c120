package org.planledger.notice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planledger.store.notice.CalendarDay;

/**
 * The State Council's holiday arrangements shipped with PlanLedger, one file per year under
 * /calendar, each naming the notice it was copied from. Only a year whose notice was checked is
 * shipped; any other year the office enters itself ({@code notice holidays add}).
 */
public final class OfficialCalendars {

    private OfficialCalendars() {
    }

    /** The years shipped. */
    public static List<Integer> years() {
        return List.of(2026);
    }

    /** The arrangement of the year, or empty when none is shipped for it. */
    public static Optional<List<CalendarDay>> of(int year) {
        InputStream in = OfficialCalendars.class.getResourceAsStream("/calendar/cn-" + year + ".txt");
        if (in == null) {
            return Optional.empty();
        }
        List<CalendarDay> days = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split(" ", 3);
                days.add(new CalendarDay(LocalDate.parse(f[0]), "WORKDAY".equals(f[1]), f.length > 2 ? f[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(days);
    }
}
