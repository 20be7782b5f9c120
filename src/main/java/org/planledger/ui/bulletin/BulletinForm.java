package org.planledger.ui.bulletin;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.bulletin.BulletinKind;
import org.planledger.bulletin.BulletinRequest;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;

/**
 * What the 督查通报 dialog asks, as {@code report doc} does: the kind, a month, quarter or year
 * (or only an as-of day), optionally another as-of day, and the file. The file's name follows
 * the kind and period until the user names it otherwise. Checked here for what a form sees;
 * the writer refuses the rest (a period not begun, a day in the future) in words.
 */
final class BulletinForm {

    /** How the period is chosen: one of the reporting periods, or only the day the figures stand on. */
    enum Scope {
        MONTH, QUARTER, YEAR, AS_OF;

        String labelKey() {
            return switch (this) {
                case MONTH -> "ui.bulletin.scope.month";
                case QUARTER -> "ui.bulletin.scope.quarter";
                case YEAR -> "ui.bulletin.scope.year";
                case AS_OF -> "ui.bulletin.scope.asOf";
            };
        }

        PeriodKind kind() {
            return switch (this) {
                case MONTH -> PeriodKind.MONTH;
                case QUARTER -> PeriodKind.QUARTER;
                case YEAR -> PeriodKind.YEAR;
                case AS_OF -> null;
            };
        }
    }

    /** A request ready for the writer, or why not. */
    record Checked(BulletinRequest request, Path target, Text problem) {
    }

    private final Messages messages;
    private final long planId;
    private final int planStartYear;
    private final LocalDate today;
    private final ObjectProperty<BulletinKind> kind = new SimpleObjectProperty<>(BulletinKind.BULLETIN);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.MONTH);
    private final ObservableList<ReportingPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportingPeriod> period = new SimpleObjectProperty<>();
    private final BooleanProperty ownAsOf = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final StringProperty file = new SimpleStringProperty("");
    private String suggested;

    BulletinForm(Messages messages, long planId, int planStartYear, LocalDate today, Path folder) {
        this.messages = messages;
        this.planId = planId;
        this.planStartYear = planStartYear;
        this.today = today;
        asOf.set(today);
        fillPeriods();
        suggested = suggestedName();
        file.set(folder.resolve(suggested).toString());
        scope.addListener((o, old, now) -> {
            fillPeriods();
            follow();
        });
        kind.addListener((o, old, now) -> follow());
        period.addListener((o, old, now) -> follow());
        asOf.addListener((o, old, now) -> {
            if (scope.get() == Scope.AS_OF) {
                follow();
            }
        });
    }

    ObjectProperty<BulletinKind> kindProperty() {
        return kind;
    }

    ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    ObservableList<ReportingPeriod> periods() {
        return periods;
    }

    ObjectProperty<ReportingPeriod> periodProperty() {
        return period;
    }

    /** For a month, quarter or year: whether the figures stand on a day of the user's choosing. */
    BooleanProperty ownAsOfProperty() {
        return ownAsOf;
    }

    ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    StringProperty fileProperty() {
        return file;
    }

    /**
     * The scope's periods from the plan's first year to the one running today, newest first; the
     * one chosen is the last that has ended (the usual 通报), or the running one when none has.
     */
    private void fillPeriods() {
        PeriodKind k = scope.get().kind();
        if (k == null) {
            periods.clear();
            period.set(null);
            return;
        }
        List<ReportingPeriod> list = new ArrayList<>();
        ReportingPeriod first = ReportingPeriod.containing(k, LocalDate.of(planStartYear, 1, 1));
        for (ReportingPeriod p = ReportingPeriod.containing(k, today); !p.start().isBefore(first.start()); p = p.previous()) {
            list.add(p);
        }
        periods.setAll(list);
        period.set(list.isEmpty() ? null : list.size() > 1 ? list.get(1) : list.get(0));
    }

    /** The file's name follows the choices while it is the one suggested. */
    private void follow() {
        Path current = path(file.get());
        String next = suggestedName();
        if (current != null && current.getFileName() != null && current.getFileName().toString().equals(suggested)) {
            Path parent = current.getParent();
            file.set(parent == null ? next : parent.resolve(next).toString());
        }
        suggested = next;
    }

    /** 2026年10月督查通报.docx, 2026年第4季度进展情况报告.docx, 截至2026年11月29日督查通报.docx. */
    String suggestedName() {
        String what = messages.get(kind.get() == BulletinKind.REPORT ? "ui.bulletin.kind.report" : "ui.bulletin.kind.bulletin");
        String when = scope.get() == Scope.AS_OF || period.get() == null
                ? messages.get("ui.bulletin.asOfScope", asOf.get() == null ? "" : messages.date(asOf.get()))
                : messages.format(period.get().label());
        return messages.get("ui.bulletin.fileName", when, what).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    Checked check() {
        Path target = path(file.get());
        if (target == null || target.getFileName() == null || file.get().isBlank()) {
            return problem(Text.of("ui.bulletin.noFile"));
        }
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            target = target.resolveSibling(target.getFileName() + ".docx");
        }
        ReportingPeriod p = scope.get() == Scope.AS_OF ? null : period.get();
        if (scope.get() != Scope.AS_OF && p == null) {
            return problem(Text.of("ui.bulletin.noPeriod"));
        }
        boolean dayGiven = scope.get() == Scope.AS_OF || ownAsOf.get();
        if (dayGiven && asOf.get() == null) {
            return problem(Text.of("ui.bulletin.noAsOf"));
        }
        return new Checked(new BulletinRequest(planId, p, dayGiven ? asOf.get() : null, kind.get()), target, null);
    }

    private static Checked problem(Text t) {
        return new Checked(null, null, t);
    }

    private static Path path(String text) {
        try {
            return text == null || text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
