package org.planledger.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.planledger.app.ShippedPlans;
import org.planledger.carryover.measure.NextPlanVariant;
import org.planledger.carryover.measure.PlanDocx;
import org.planledger.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code next-plan-variant --out FILE.docx}: the next-plan variant of the shipped plan (src/measure)
 * as a Word document the plan import reads, so a newcomer can try 结转 before a real 十五五 plan is
 * issued. Its title says it is a test variant, so nobody takes it for a real plan.
 */
@Command(name = "next-plan-variant",
        synopsisHeading = "${bundle:cli.usage.synopsisHeading}",
        descriptionHeading = "%n",
        description = {"${bundle:bench.variant.summary}", "", "${bundle:bench.variant.description}"},
        optionListHeading = "%n${bundle:cli.usage.options}%n")
public final class NextPlanVariantCommand implements Callable<Integer> {

    /** Ends the variant's title: what the document is, in the words an office reads. */
    public static final String MARK = "（测试用变体，非正式文件）";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.docx", descriptionKey = "bench.variant.option.out")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    String lang;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Override
    public Integer call() throws IOException {
        BenchTexts m = BenchCommand.texts(spec);
        PrintWriter o = spec.commandLine().getOut();
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            spec.commandLine().getErr().println(m.get("bench.variant.error.notDocx", out));
            return 2;
        }
        Plan variant = marked(NextPlanVariant.of(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan()).plan());
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        PlanDocx.write(variant, out);
        o.println(m.get("bench.variant.done", out.toAbsolutePath(), variant.title(), variant.tasks().size()));
        return 0;
    }

    /** The variant with its title ending in {@link #MARK}. */
    static Plan marked(Plan plan) {
        return new Plan(plan.title() + MARK, plan.documentNumber(), plan.startYear(), plan.endYear(), plan.chapters(),
                plan.indicators(), plan.indicatorNote());
    }
}
