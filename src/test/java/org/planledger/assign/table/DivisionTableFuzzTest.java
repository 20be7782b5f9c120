package org.planledger.assign.table;

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
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.poi.ss.util.CellRangeAddress;
import org.planledger.office.FuzzLedger;
import org.planledger.office.FuzzTries;
import org.planledger.office.Mutations;
import org.planledger.office.Mutations.Mutation;

/**
 * 分工表 (.xlsx and .docx) fuzzed: random bytes, the sample tables damaged byte by byte, one
 * part's XML damaged with the zip kept valid, and random tables built from the words real
 * tables use (codes, task titles, unit names, separators, merged cells). Reading, previewing
 * and importing each into a seeded ledger ends in a clean import or a refusal in words — the
 * preview never writes, and after a refusal the ledger is unchanged. {@code
 * -Djqwik.tries.default=N} runs N tries per property (see {@link FuzzTries}).
 */
@AddLifecycleHook(FuzzTries.class)
class DivisionTableFuzzTest {

    private static final List<byte[]> SAMPLES = List.of(DivisionTables.separateColumnsXlsx(),
            DivisionTables.labelledColumnXlsx(), DivisionTables.markedLeadDocx());
    private static final List<String> NAMES = List.of("分工表.xlsx", "责任分工.xlsx", "分工.docx");
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

    private static void check(String name, byte[] bytes, boolean createDepartments) {
        Statistics.collect(ledgers().importDivision(name, bytes, createDepartments));
    }

    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    void randomBytes(@ForAll("bytes") byte[] bytes, @ForAll("prefixes") String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        byte[] b = new byte[p.length + bytes.length];
        System.arraycopy(p, 0, b, 0, p.length);
        System.arraycopy(bytes, 0, b, p.length, bytes.length);
        check("分工表.xlsx", b, false);
    }

    @Property(tries = 25, shrinking = ShrinkingMode.OFF)
    void sampleTablesWithDamagedBytes(@ForAll @IntRange(min = 0, max = 2) int sample,
                                      @ForAll("mutations") List<Mutation> mutations, @ForAll boolean create) {
        check(NAMES.get(sample), Mutations.apply(SAMPLES.get(sample), mutations), create);
    }

    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    void sampleTablesWithOnePartsXmlDamaged(@ForAll @IntRange(min = 0, max = 2) int sample,
                                            @ForAll @IntRange(min = 0, max = 1000) int part,
                                            @ForAll("mutations") List<Mutation> mutations, @ForAll boolean create) {
        check(NAMES.get(sample), Mutations.mutateEntry(SAMPLES.get(sample), mainPartMostly(sample, part), mutations), create);
    }

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void randomTables(@ForAll("rows") List<List<String>> rows, @ForAll boolean docx, @ForAll boolean create,
                      @ForAll("merges") List<int[]> merges) {
        byte[] bytes;
        if (docx) {
            bytes = DivisionTables.docx(square(rows));
        } else {
            List<CellRangeAddress> regions = new ArrayList<>();
            for (int[] m : merges) {
                CellRangeAddress r = new CellRangeAddress(m[0], m[0] + m[2], m[1], m[1] + m[3]);
                if (r.getNumberOfCells() > 1 && regions.stream().noneMatch(r::intersects)) {
                    regions.add(r);
                }
            }
            bytes = DivisionTables.xlsx("分工", rows, regions.toArray(CellRangeAddress[]::new));
        }
        check(docx ? "分工.docx" : "分工.xlsx", bytes, create);
    }

    /** Half the time the sheet, shared strings or Word document; else any part. */
    private static int mainPartMostly(int sample, int part) {
        if (part % 2 == 0) {
            return part / 2;
        }
        List<String> names = List.copyOf(Mutations.entries(SAMPLES.get(sample)).keySet());
        List<String> main = names.stream().filter(n -> n.endsWith("sheet1.xml") || n.endsWith("sharedStrings.xml")
                || n.endsWith("document.xml")).toList();
        return names.indexOf(main.get(part / 2 % main.size()));
    }

    /** Word tables have as many cells in every row. */
    private static List<List<String>> square(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> row = new ArrayList<>(r);
            while (row.size() < width) {
                row.add("");
            }
            out.add(row);
        }
        return out;
    }

    // ---- generators ----

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "PK\u0003\u0004", "PK\u0005\u0006", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1");
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutations.mutations();
    }

    private static final List<String> HEADERS = List.of("序号", "任务编号", "编号", "重点任务", "任务", "工作任务", "牵头单位",
            "配合单位", "责任单位", "责任分工", "完成时限", "备注", "主要任务", "牵头部门", "责任部门", "配合部门");
    private static final List<String> UNITS = List.of("区水务局", "水务局", "生态环境分局", "区生态环境分局", "区住建局",
            "住建局", "区城管局", "区人防办", "人防办", "各街道", "相关街道", "各街道办事处", "区发改局", "市场监管局",
            "区自然资源局", "区园林局", "区农业农村局", "区工信局", "有关部门", "区水务局（牵头）", "（牵头）", "区委宣传部",
            "济南市天桥区水务局", "市生态环境局", "()", "（）", "区", "市");
    private static final List<String> SEPARATORS = List.of("、", "，", ",", "；", ";", "/", " ", "\n", "和", "及");
    private static final List<String> TASKS = List.of("实施挥发性有机物（VOCs）全过程综合治理", "推进黄河滩区综合整治",
            "巩固城市建成区黑臭水体治理成效。", "二、大气污染防治", "推进深度节水控水", "垃圾分类", "二氧化碳",
            "加强生物多样性保护", "推进扬尘精细化管控", "（三）打造多元生态格局", "建设月球基地", "5.5.2 开展餐饮油烟污染综合整治",
            "6.4.1 统筹开展“河道有水”建设", "（一）", "1.", "");
    private static final List<String> CODES = List.of("5.3.6", "6.3.3", "2.2.1", "11.3.3", "1", "0.0.0", "99.99.99",
            "5.3", "5.3.6.1", "-1", "１", "5．3．6", "99999999999.1.1", "5.3.99999999999", "");

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> units = Arbitraries.of(UNITS).list().ofMaxSize(4)
                .flatMap(u -> Arbitraries.of(SEPARATORS).map(sep -> String.join(sep, u)));
        Arbitrary<String> labelled = Combinators.combine(units, units)
                .as((lead, co) -> "牵头单位：" + lead + "；配合单位：" + co);
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(8);
        Arbitrary<String> cell = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(HEADERS)), Tuple.of(4, units),
                Tuple.of(1, labelled), Tuple.of(3, Arbitraries.of(TASKS)), Tuple.of(3, Arbitraries.of(CODES)),
                Tuple.of(1, noise), Tuple.of(3, Arbitraries.just("")));
        Arbitrary<List<String>> row = cell.list().ofMaxSize(8);
        Arbitrary<List<String>> header = Arbitraries.of(HEADERS).list().ofMinSize(2).ofMaxSize(7);
        return Combinators.combine(header, row.list().ofMaxSize(25), Arbitraries.integers().between(0, 3))
                .as((h, body, at) -> {
                    List<List<String>> rows = new ArrayList<>(body);
                    rows.add(Math.min(at, rows.size()), h);
                    return rows;
                });
    }

    @Provide
    Arbitrary<List<int[]>> merges() {
        return Combinators.combine(Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 3))
                .as((r, c, h, w) -> new int[] {r, c, h, w}).list().ofMaxSize(4);
    }
}
