package org.planledger.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planledger.assign.DepartmentDirectory;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.plan.TaskRef;

/**
 * What the progress commands ({@code due}, {@code lights}, {@code report}) read from their
 * options: dates (2023-12-31 or 2023年12月31日), periods, the plan (the one given by --plan, else
 * the ledger's first), a task by its code within that plan, a department by any of its names.
 * Each refuses bad input with a {@link CliException} in the user's words (exit code 2).
 */
final class ProgressArgs {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private ProgressArgs() {
    }

    /** A date as an option gives it; {@code fallback} when the option was not given. */
    static LocalDate date(String option, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        String v = value.strip();
        try {
            return LocalDate.parse(v, ISO);
        } catch (DateTimeParseException e) {
            // try the Chinese form below
        }
        Matcher m = CHINESE.matcher(v);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // falls through to the refusal
            }
        }
        throw new CliException(Text.of("cli.progress.error.badDate", option, value), ExitCodes.BAD_INPUT);
    }

    /** The first day of the plan's period: what no as-of date may come before. */
    static LocalDate planStart(PlanSummary plan) {
        return LocalDate.of(plan.startYear(), 1, 1);
    }

    /** Refuses an as-of date before the plan starts: nothing was due or recorded then. */
    static void checkAsOf(LocalDate asOf, PlanSummary plan) {
        if (asOf.isBefore(planStart(plan))) {
            throw new CliException(Text.of("cli.progress.error.asOfBeforePlan", asOf, planStart(plan), plan.title()),
                    ExitCodes.BAD_INPUT);
        }
    }

    static ReportingPeriod period(String value) {
        ReportingPeriod p = ReportingPeriod.parse(value);
        if (p == null) {
            throw new CliException(Text.of("cli.progress.error.badPeriod", value), ExitCodes.BAD_INPUT);
        }
        return p;
    }

    /** 范围：规划 1“…”, with （已终结，数据截至…） for a closed plan. */
    static String scope(org.planledger.i18n.Messages m, PlanSummary plan) {
        return plan.closed() ? m.get("cli.stats.scopePlanClosed", plan.id(), plan.title(), m.date(plan.closedOn()))
                : m.get("cli.stats.scopePlan", plan.id(), plan.title());
    }

    /** The day a view is as of: the one given, else a closed plan's closing day (its figures are fixed), else today. */
    static LocalDate asOf(String option, PlanSummary plan, LocalDate today) {
        LocalDate given = date("--as-of", option, null);
        return given != null ? given : plan.closed() ? plan.closedOn() : today;
    }

    /** The plan --plan names, or the ledger's first plan when it was not given. */
    static PlanSummary plan(Ledger ledger, Long planId, String ledgerLabel) {
        List<PlanSummary> all = ledger.plans().plans();
        if (planId == null) {
            if (all.isEmpty()) {
                throw new CliException(Text.of("cli.progress.error.noPlan", ledgerLabel), ExitCodes.BAD_INPUT);
            }
            return all.get(0);
        }
        return all.stream().filter(p -> p.id() == planId).findFirst()
                .orElseThrow(() -> new CliException(Text.of("cli.error.noSuchPlan", planId, ledgerLabel),
                        ExitCodes.BAD_INPUT));
    }

    /** A live task of the plan by its code (5.3.6). */
    static TaskRef task(Ledger ledger, PlanSummary plan, String code) {
        String wanted = code == null ? "" : code.strip();
        Outline outline = ledger.plans().outline(plan.id());
        for (Outline.Chapter ch : outline.chapters()) {
            for (Outline.Section s : ch.sections()) {
                for (TaskRef t : s.tasks()) {
                    if (!t.withdrawn() && t.code().equals(wanted)) {
                        return t;
                    }
                }
            }
        }
        throw new CliException(Text.of("cli.progress.error.noSuchTask", wanted, plan.title(), String.valueOf(plan.id())),
                ExitCodes.BAD_INPUT);
    }

    /** A department by its full name, short name or an alias; null when the option was not given. */
    static Department department(Ledger ledger, String name) {
        if (name == null) {
            return null;
        }
        return new DepartmentDirectory(ledger.departments().all()).find(name)
                .orElseThrow(() -> new CliException(Text.of("cli.progress.error.noSuchDepartment", name),
                        ExitCodes.BAD_INPUT));
    }
}
