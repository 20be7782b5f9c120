package org.planledger.cli;

import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.PlanShortName;
import org.planledger.model.TaskText;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;

/**
 * The two plans a carry-over command works between: {@code --from} (default: the ledger's first
 * plan) and {@code --to} (default: the newest other plan), and their tasks by code.
 */
record CarryoverPlans(PlanSummary from, PlanSummary to) {

    static CarryoverPlans of(Ledger ledger, Long fromId, Long toId, String ledgerLabel) {
        PlanSummary from = ProgressArgs.plan(ledger, fromId, ledgerLabel);
        List<PlanSummary> all = ledger.plans().plans();
        PlanSummary to;
        if (toId != null) {
            to = ProgressArgs.plan(ledger, toId, ledgerLabel);
        } else {
            to = all.stream().filter(p -> p.id() != from.id()).reduce((a, b) -> b)
                    .orElseThrow(() -> new CliException(Text.of("cli.carryover.error.onePlan", ledgerLabel), ExitCodes.BAD_INPUT));
        }
        if (to.id() == from.id()) {
            throw new CliException(Text.of("cli.carryover.error.samePlan", from.id()), ExitCodes.BAD_INPUT);
        }
        return new CarryoverPlans(from, to);
    }

    TaskText fromTask(Ledger ledger, String code) {
        return task(ledger, from, code);
    }

    TaskText toTask(Ledger ledger, String code) {
        return task(ledger, to, code);
    }

    static String name(PlanSummary plan) {
        return PlanShortName.of(plan.title(), plan.startYear(), plan.endYear());
    }

    private static TaskText task(Ledger ledger, PlanSummary plan, String code) {
        String wanted = code == null ? "" : code.strip();
        return ledger.divisions().taskTexts(plan.id()).stream().filter(t -> t.code().equals(wanted)).findFirst()
                .orElseThrow(() -> new CliException(Text.of("cli.progress.error.noSuchTask", wanted, plan.title(),
                        String.valueOf(plan.id())), ExitCodes.BAD_INPUT));
    }

    /** Who decides: the team login, or the user of this computer for a ledger file. */
    static String who(Ledger ledger) {
        return ledger.teamAddress().map(a -> a.user()).orElse(System.getProperty("user.name", ""));
    }
}
