package org.planledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planledger.app.DraftDivisions;
import org.planledger.app.TextTable;
import org.planledger.assign.DepartmentDirectory;
import org.planledger.assign.ProposalResolver;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.DivisionProposal;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code assign SUBCOMMAND}: the division of work (任务分工). Without a subcommand it shows what
 * there is. Each subcommand is registered here and extends {@link Subcommand}.
 */
@Command(name = "assign",
        description = {"${bundle:cli.assign.summary}", "", "${bundle:cli.assign.description}"},
        subcommands = {AssignCommand.Suggest.class, AssignImportCommand.class})
final class AssignCommand extends CommandGroup {

    /** What every {@code assign} subcommand shares: see {@link LedgerCommand}. */
    abstract static class Subcommand extends LedgerCommand {

        /** The plans a {@code --plan ID} option names: that one (or a refusal), or every plan for null. */
        List<PlanSummary> plans(Ledger ledger, Long planId) {
            List<PlanSummary> all = ledger.plans().plans();
            if (planId == null) {
                return all;
            }
            return List.of(all.stream().filter(p -> p.id() == planId).findFirst()
                    .orElseThrow(() -> new CliException(Text.of("cli.error.noSuchPlan", planId,
                            ledgerLabel()), ExitCodes.BAD_INPUT)));
        }
    }

    /**
     * {@code assign suggest [--plan ID] [--apply]}: the draft division of work PlanLedger proposes
     * from the shipped rules, for every task, with the reasons; --apply writes it as drafts (a
     * division the manager confirmed is left alone). Without --apply nothing is written.
     */
    @Command(name = "suggest",
            description = {"${bundle:cli.assign.suggest.summary}", "", "${bundle:cli.assign.suggest.description}"})
    static final class Suggest extends Subcommand implements WritesLedger {

        @Override
        public Path ledgerWritten() {
            return apply ? lockTarget() : null;
        }

        /** What gave a proposal its lead: the plan's own words win over the keyword table, the fallback comes last. */
        enum Basis {
            KEYWORD, PLAN_WORDS, FALLBACK;

            static Basis of(List<Text> reasons) {
                if (reasons.stream().anyMatch(r -> r.key().equals("assign.reason.planNamesLead"))) {
                    return PLAN_WORDS;
                }
                if (reasons.stream().anyMatch(r -> r.key().equals("assign.reason.fallback"))) {
                    return FALLBACK;
                }
                return KEYWORD;
            }

            String json() {
                return switch (this) {
                    case KEYWORD -> "keyword";
                    case PLAN_WORDS -> "planWords";
                    case FALLBACK -> "fallback";
                };
            }
        }

        /** One task's proposal, its departments found in the registry (empty when the registry lacks them). */
        private record Row(PlanSummary plan, DivisionProposal proposal, Optional<Department> lead,
                           List<Cooperating> cooperating, List<Text> reasons, Basis basis) {
        }

        private record Cooperating(String name, Optional<Department> department) {
        }

        @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.assign.suggest.plan")
        Long planId;

        @Option(names = "--apply", descriptionKey = "cli.assign.suggest.apply")
        boolean apply;

        @Override
        public Integer call() {
            List<PlanSummary> plans;
            List<Row> rows = new ArrayList<>();
            int written = -1;
            try (Ledger ledger = openSeeded()) {
                plans = plans(ledger, planId);
                DraftDivisions drafts = DraftDivisions.shipped();
                DepartmentDirectory directory = new DepartmentDirectory(ledger.departments().all());
                ProposalResolver resolver = new ProposalResolver(directory);
                for (PlanSummary plan : plans) {
                    for (DivisionProposal p : drafts.propose(ledger, plan.id())) {
                        List<Cooperating> cooperating = p.cooperating().stream()
                                .map(name -> new Cooperating(name, directory.find(name))).toList();
                        // the resolver adds a reason for a department the registry does not know; two
                        // rules on one phrase (one department each) give the same reason twice
                        List<Text> reasons = resolver.resolve(p).reasons().stream().distinct().toList();
                        rows.add(new Row(plan, p, directory.find(p.lead()), cooperating, reasons, Basis.of(p.reasons())));
                    }
                }
                if (apply) {
                    written = 0;
                    for (PlanSummary plan : plans) {
                        written += drafts.apply(ledger, plan.id());
                    }
                }
            }
            Map<Basis, Integer> byBasis = new EnumMap<>(Basis.class);
            for (Basis b : Basis.values()) {
                byBasis.put(b, 0);
            }
            rows.forEach(r -> byBasis.merge(r.basis(), 1, Integer::sum));
            if (json) {
                Json.print(out(), json(rows, byBasis, written));
                return ExitCodes.OK;
            }
            out().println(text("cli.ledger", ledgerLabel()));
            if (plans.isEmpty()) {
                out().println();
                out().println(text("cli.plans.none"));
                return ExitCodes.OK;
            }
            for (PlanSummary plan : plans) {
                out().println();
                out().println(ProgressArgs.scope(messages(), plan));
                out().println();
                print(rows.stream().filter(r -> r.plan().id() == plan.id()).toList());
            }
            out().println();
            out().println(text("cli.assign.suggest.total", rows.size(), byBasis.get(Basis.KEYWORD),
                    byBasis.get(Basis.PLAN_WORDS), byBasis.get(Basis.FALLBACK)));
            long withoutLead = rows.stream().filter(r -> r.lead().isEmpty()).count();
            if (withoutLead > 0) {
                out().println(text("cli.assign.suggest.unknownLead", withoutLead));
            }
            if (apply) {
                out().println(text("cli.assign.suggest.applied", written, rows.size() - written));
            } else {
                out().println(text("cli.assign.suggest.notApplied"));
            }
            return ExitCodes.OK;
        }

        /** One plan's proposals as a table, each task's reasons on an indented line under its title. */
        private void print(List<Row> rows) {
            String separator = text("cli.assign.listSeparator");
            TextTable t = TextTable.withHeaders(text("cli.assign.code"), text("cli.assign.task"), text("cli.assign.lead"),
                    text("cli.assign.cooperating"), text("cli.assign.territorial"));
            int codeWidth = TextTable.width(text("cli.assign.code"));
            for (Row r : rows) {
                DivisionProposal p = r.proposal();
                List<String> cooperating = r.cooperating().stream()
                        .map(c -> c.department().map(Department::shortName).orElse(c.name())).toList();
                t.row(p.code(), p.title(), r.lead().map(Department::shortName).orElse(p.lead()),
                        String.join(separator, cooperating), p.territorial() ? text("cli.assign.territorialYes") : "");
                codeWidth = Math.max(codeWidth, TextTable.width(p.code()));
            }
            List<String> lines = t.lines();
            out().println(lines.get(0));
            out().println(lines.get(1));
            String indent = " ".repeat(codeWidth + 2);
            for (int i = 0; i < rows.size(); i++) {
                out().println(lines.get(i + 2));
                List<String> reasons = rows.get(i).reasons().stream().map(messages()::format).toList();
                out().println(indent + text("cli.assign.reasons", String.join(text("cli.assign.reasonSeparator"), reasons)));
            }
            out().flush();
        }

        private Map<String, Object> json(List<Row> rows, Map<Basis, Integer> byBasis, int written) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("planId", planId);
            o.put("tasks", rows.size());
            Map<String, Object> leadBy = Json.object();
            byBasis.forEach((b, n) -> leadBy.put(b.json(), n));
            o.put("leadBy", leadBy);
            if (apply) {
                Map<String, Object> applied = Json.object();
                applied.put("written", written);
                applied.put("confirmedKept", rows.size() - written);
                o.put("applied", applied);
            } else {
                o.put("applied", null);
            }
            List<Object> proposals = new ArrayList<>();
            for (Row r : rows) {
                DivisionProposal p = r.proposal();
                Map<String, Object> e = Json.object();
                e.put("planId", r.plan().id());
                e.put("taskId", p.taskId());
                e.put("code", p.code());
                e.put("title", p.title());
                e.put("lead", department(p.lead(), r.lead()));
                List<Object> cooperating = new ArrayList<>();
                r.cooperating().forEach(c -> cooperating.add(department(c.name(), c.department())));
                e.put("cooperating", cooperating);
                e.put("territorial", p.territorial());
                e.put("basis", r.basis().json());
                List<Object> reasons = new ArrayList<>();
                for (Text reason : r.reasons()) {
                    Map<String, Object> n = Json.object();
                    n.put("key", reason.key());
                    n.put("message", messages().format(reason));
                    reasons.add(n);
                }
                e.put("reasons", reasons);
                proposals.add(e);
            }
            o.put("proposals", proposals);
            return o;
        }

        /** A department as the rules name it, with its registry id and short name (null when the registry lacks it). */
        private static Map<String, Object> department(String name, Optional<Department> found) {
            Map<String, Object> d = Json.object();
            d.put("id", found.map(Department::id).orElse(null));
            d.put("name", found.map(Department::name).orElse(name));
            d.put("shortName", found.map(Department::shortName).orElse(null));
            d.put("kind", found.map(x -> x.kind().name()).orElse(null));
            return d;
        }
    }
}
