package org.planledger.planimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.planledger.office.FuzzLedger;
import org.planledger.office.FuzzTries;
import org.planledger.office.Mutations;
import org.planledger.office.Mutations.Mutation;

/**
 * Plan documents as text, fuzzed: random bytes, the shipped plan damaged byte by byte and line
 * by line (in UTF-8 and GB18030), and random Chinese/ASCII text shaped like a plan. Reading and
 * importing each into a seeded ledger ends in a clean import or in a refusal the user can read
 * (a message key both bundles have), the ledger unchanged after a refusal — never in any other
 * exception. {@code -Djqwik.tries.default=N} runs N tries per property (see {@link FuzzTries}).
 */
@AddLifecycleHook(FuzzTries.class)
class PlanTextFuzzTest {

    private static final byte[] SHIPPED = ShippedPlan.bytes();
    private static final List<String> LINES = ShippedPlan.text().lines().toList();
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static FuzzLedger ledgers;

    private static FuzzLedger ledgers() {
        if (ledgers == null) {
            ledgers = new FuzzLedger();
        }
        return ledgers;
    }

    @AfterContainer
    static void closeLedger() {
        if (ledgers != null) {
            ledgers.close();
            ledgers = null;
        }
    }

    private static void check(String name, byte[] bytes) {
        Statistics.collect(ledgers().importPlan(name, bytes));
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void randomBytes(@ForAll("bytes") byte[] bytes, @ForAll("textNames") String name) {
        check(name, bytes);
    }

    @Property(tries = 20, shrinking = ShrinkingMode.OFF)
    void shippedPlanWithDamagedBytes(@ForAll("mutations") List<Mutation> mutations, @ForAll boolean gb18030) {
        byte[] base = gb18030 ? ShippedPlan.text().getBytes(GB18030) : SHIPPED;
        check(ShippedPlan.FILE_NAME, Mutations.apply(base, mutations));
    }

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void shippedPlanWithLinesDeletedRepeatedAndMoved(@ForAll("lineEdits") List<LineEdit> edits) {
        List<String> lines = new ArrayList<>(LINES);
        for (LineEdit e : edits) {
            e.applyTo(lines);
        }
        check(ShippedPlan.FILE_NAME, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void randomTextShapedLikeAPlan(@ForAll("planLikeLines") List<String> lines, @ForAll("encodings") String encoding) {
        String text = String.join(encoding.endsWith("CRLF") ? "\r\n" : "\n", lines);
        byte[] bytes = switch (encoding) {
            case "GB18030" -> text.getBytes(GB18030);
            case "UTF-8-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case "UTF-16" -> text.getBytes(StandardCharsets.UTF_16LE);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
        check("plan.txt", bytes);
    }

    // ---- generators ----

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2048),
                // printable-ish bytes get past the binary check into the decoders and the parser
                Arbitraries.bytes().filter(b -> b >= 0x20 || b == '\n' || b == '\t' || b < 0)
                        .array(byte[].class).ofMaxSize(2048));
    }

    @Provide
    Arbitrary<String> textNames() {
        return Arbitraries.of("plan.txt", "规划.TXT", "plan", "x.docx.txt", ".txt");
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutations.mutations();
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("UTF-8", "UTF-8", "UTF-8-CRLF", "GB18030", "GB18030", "UTF-8-BOM", "UTF-16");
    }

    enum LineOp { DELETE, DUPLICATE, MOVE, INDENT, UNINDENT, BLANK, SPLIT }

    record LineEdit(LineOp op, double at, double to, int count) {
        void applyTo(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            int i = Math.min(lines.size() - 1, (int) (at * lines.size()));
            int j = Math.min(lines.size() - 1, (int) (to * lines.size()));
            int n = Math.min(count, lines.size() - i);
            switch (op) {
                case DELETE -> lines.subList(i, i + n).clear();
                case DUPLICATE -> lines.addAll(j, new ArrayList<>(lines.subList(i, i + n)));
                case MOVE -> {
                    List<String> moved = new ArrayList<>(lines.subList(i, i + n));
                    lines.subList(i, i + n).clear();
                    lines.addAll(Math.min(j, lines.size()), moved);
                }
                case INDENT -> lines.set(i, "\t" + lines.get(i));
                case UNINDENT -> lines.set(i, lines.get(i).strip());
                case BLANK -> lines.add(i, "");
                case SPLIT -> {
                    String l = lines.get(i);
                    int cut = Math.min(l.length(), count);
                    lines.set(i, l.substring(0, cut));
                    lines.add(i + 1, l.substring(cut));
                }
            }
        }
    }

    @Provide
    Arbitrary<List<LineEdit>> lineEdits() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(Arbitraries.of(LineOp.values()), fraction, fraction, Arbitraries.integers().between(1, 40))
                .as(LineEdit::new).list().ofMinSize(1).ofMaxSize(8);
    }

    private static final String NUMERALS = "一二三四五六七八九十百零〇两";
    private static final List<String> WORDS = List.of("生态环境", "保护", "规划", "十四五", "到2025年", "2021—2025年",
            "重点任务", "主要指标", "约束性", "预期性", "牵头单位", "区生态环境分局", "完成", "年底前", "2023年12月31日",
            "推进", "黑臭水体", "治理", "，", "。", "；", "：", "（", "）", "%", "≥", "≤", "、", "“", "”", "PM2.5", "μg/m³",
            "指标", "序号", "目标值", "2020年", "指标属性", "类别");

    @Provide
    Arbitrary<List<String>> planLikeLines() {
        Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(12);
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(6);
        Arbitrary<String> numeral = Arbitraries.oneOf(Arbitraries.strings().withChars(NUMERALS).ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withChars("0123456789０１２３４５６７８９").ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(WORDS)), net.jqwik.api.Tuple.of(3, cjk),
                net.jqwik.api.Tuple.of(2, ascii), net.jqwik.api.Tuple.of(1, any.filter(a -> a.chars().noneMatch(c -> c < 0x20))),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(-5, 3000).map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(14)));
        Arbitrary<String> words = word.list().ofMaxSize(10).map(w -> String.join("", w));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Combinators.combine(numeral, words).as((n, w) -> "第" + n + "章 " + w)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(numeral, words).as((n, w) -> "第" + n + "节 " + w)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(numeral, words).as((n, w) -> n + "、" + w)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(numeral, words).as((n, w) -> "（" + n + "）" + w)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 30), words)
                        .as((n, w) -> n + "." + w)),
                net.jqwik.api.Tuple.of(6, words),
                net.jqwik.api.Tuple.of(4, words.map(w -> "\t" + w)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just("")));
        // most plans open with a title that names their period
        Arbitrary<String> title = Combinators.combine(Arbitraries.of("十四五", "“十四五”", "2021—2025年", "十五五", "2030年", ""), words)
                .as((period, w) -> "济南市天桥区" + period + w + "规划");
        return Combinators.combine(title, line.list().ofMaxSize(80), Arbitraries.integers().between(0, 3))
                .as((t, body, drop) -> {
                    List<String> lines = new ArrayList<>(body);
                    if (drop > 0) {
                        lines.add(0, t);
                    }
                    return lines;
                });
    }
}
