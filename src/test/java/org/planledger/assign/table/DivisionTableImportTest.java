package org.planledger.assign.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.assign.table.DivisionTablePreview.LeadLoss;
import org.planledger.assign.table.DivisionTablePreview.Match;
import org.planledger.assign.table.DivisionTablePreview.MatchedBy;
import org.planledger.assign.table.DivisionTablePreview.Unit;
import org.planledger.assign.table.DivisionTablePreview.UnknownName;
import org.planledger.assign.table.DivisionTablePreview.Unmatched;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionImportWriter;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.division.TaskDivision;
import org.planledger.testing.TestClock;

/**
 * The 分工表 import in each form offices keep it, built here with POI, on a ledger with the
 * shipped plan, registry and draft division: rows matched by code and by title, names matched
 * as people write them, unmatched rows and unknown names reported, the dry run writing nothing,
 * the import writing confirmed divisions in one transaction, and bad files refused.
 */
class DivisionTableImportTest {

    private static final Messages ZH = Messages.chinese();

    @TempDir
    Path dir;
    private Path ledgerFile;
    private Ledger ledger;

    @BeforeEach
    void open() {
        ledgerFile = dir.resolve("l.planledger");
        ledger = Ledger.open(ledgerFile, TestClock.get());
        LedgerStartup.prepare(ledger);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    // ---- separate columns, a title row above the header ----

    @Test
    void separateColumnsUnderATitleRowMatchByCodeAndByTitle() {
        DivisionTablePreview p = preview("分工表.xlsx", DivisionTables.separateColumnsXlsx());

        assertEquals(DivisionTable.Format.XLSX, p.format());
        assertEquals(1, p.planId());
        assertEquals(7, p.rows(), "the chapter heading row names no unit and is no task row");
        assertEquals(List.of("5.3.6", "2.2.1", "6.2.4", "6.3.3", "11.3.3"), p.matched().stream().map(Match::taskCode).toList());
        assertEquals(List.of(MatchedBy.CODE, MatchedBy.TITLE, MatchedBy.TITLE, MatchedBy.CODE, MatchedBy.TITLE_PART),
                p.matched().stream().map(Match::matchedBy).toList());
        assertEquals("工作表“分工表”第3行", ZH.format(p.matched().get(0).where()), "Excel's own row numbers");

        Match vocs = match(p, "5.3.6");
        assertEquals("市生态环境局天桥分局", vocs.lead().name());
        assertEquals(List.of("区住房和城乡建设局", "区城市管理局"), names(vocs.cooperating()));
        assertFalse(vocs.territorial());

        Match river = match(p, "2.2.1");
        assertEquals("区水务局", river.lead().name(), "水务局 is 区水务局");
        assertEquals(List.of("区农业农村局"), names(river.cooperating()));
        assertTrue(river.territorial(), "各街道 is the sub-district offices as a group, not a department");

        Match blackWater = match(p, "6.2.4");
        assertEquals(List.of("区住房和城乡建设局"), names(blackWater.cooperating()), "住建局 is 区住房和城乡建设局");
        assertTrue(blackWater.territorial(), "相关街道");

        assertEquals(List.of("第7行 加快人工智能产业园建设", "第10行 二氧化碳"),
                p.unmatched().stream().map(u -> ZH.format(u.where()).replace("工作表“分工表”", "") + " " + u.task()).toList());
        assertEquals("规划中没有标题相符的任务", ZH.format(p.unmatched().get(0).reason()));
        assertTrue(ZH.format(p.unmatched().get(1).reason()).startsWith("与 6 项任务都相符，无法确定是哪一项：4.1.1 制定二氧化碳排放达峰行动方案"),
                ZH.format(p.unmatched().get(1).reason()));

        assertEquals(1, p.unknownNames().size());
        UnknownName civilDefence = p.unknownNames().get(0);
        assertEquals("区人防办", civilDefence.name());
        assertEquals("人防办", civilDefence.shortName());
        assertEquals(List.of("区人防办", "人防办"), civilDefence.written(), "one unit, written two ways");
        assertEquals(List.of("工作表“分工表”第8行", "工作表“分工表”第9行"), civilDefence.where().stream().map(ZH::format).toList());
        Unit unknown = match(p, "6.3.3").cooperating().get(0);
        assertFalse(unknown.known());
        assertEquals("区发展和改革局", match(p, "6.3.3").cooperating().get(1).name());

        assertEquals(129 - 5, p.tasksNotInTable().size());
        List<String> notes = p.notes().stream().map(ZH::format).toList();
        assertTrue(notes.contains("分工表的表头在工作表“分工表”第2行。"), notes::toString);
        assertTrue(notes.contains("“完成时限”一列未导入：导入分工表只导入牵头单位、配合单位和属地。"), notes::toString);
        assertTrue(notes.contains("1行没有写责任单位（如章节标题行），已跳过。"), notes::toString);
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        List<DivisionRow> before = ledger.divisions().rows(0);
        List<Department> departments = ledger.departments().all();
        ledger.close();
        byte[] bytes = Files.readAllBytes(ledgerFile);
        ledger = Ledger.open(ledgerFile, TestClock.get());

        DivisionTablePreview p = preview("分工表.xlsx", DivisionTables.separateColumnsXlsx());

        assertEquals(5, p.matched().size());
        assertEquals(before, ledger.divisions().rows(0));
        assertEquals(departments, ledger.departments().all());
        ledger.close();
        assertArrayEquals(bytes, Files.readAllBytes(ledgerFile), "the ledger file is byte for byte as it was");
        ledger = Ledger.open(ledgerFile, TestClock.get());
    }

    @Test
    void applyWritesConfirmedDivisionsWithTheImportedReasonAndLeavesUnknownNamesOff() {
        int departments = ledger.departments().all().size();
        TaskDivision untouched = division("2.1.1");
        DivisionTablePreview p = preview("分工表.xlsx", DivisionTables.separateColumnsXlsx());

        DivisionImportWriter.Outcome outcome = DivisionTableImport.apply(ledger, p, false);

        assertEquals(5, outcome.divisions());
        assertTrue(outcome.createdDepartments().isEmpty());
        assertEquals(departments, ledger.departments().all().size());
        for (Match m : p.matched()) {
            TaskDivision d = ledger.divisions().division(m.taskId());
            assertEquals(DivisionState.CONFIRMED, d.state(), m.taskCode());
            assertEquals(List.of(Text.of("assign.reason.imported", "分工表.xlsx")), d.reasons(), m.taskCode());
        }
        TaskDivision vocs = division("5.3.6");
        assertEquals("市生态环境局天桥分局", vocs.lead().name());
        assertEquals(List.of("区住房和城乡建设局", "区城市管理局"), vocs.cooperating().stream().map(DeptRef::name).toList());
        assertFalse(vocs.territorial(), "the table gives no sub-districts; the draft's 属地 is replaced");
        assertEquals("从分工表导入：分工表.xlsx", ZH.format(vocs.reasons().get(0)));
        assertEquals("imported from a division-of-work table: 分工表.xlsx", Messages.forLanguage("en").format(vocs.reasons().get(0)));
        assertEquals(List.of("区发展和改革局"), division("6.3.3").cooperating().stream().map(DeptRef::name).toList(),
                "区人防办 is left off");
        assertEquals("区城市管理局", division("11.3.3").lead().name());
        assertTrue(division("11.3.3").cooperating().isEmpty());
        assertEquals(untouched, division("2.1.1"), "a task the table does not name keeps its division");
    }

    @Test
    void createDepartmentsAddsTheUnknownOnesOnceAndUsesThem() {
        int departments = ledger.departments().all().size();
        DivisionTablePreview p = preview("分工表.xlsx", DivisionTables.separateColumnsXlsx());

        DivisionImportWriter.Outcome outcome = DivisionTableImport.apply(ledger, p, true);

        assertEquals(List.of("区人防办"), List.copyOf(outcome.createdDepartments().keySet()));
        List<Department> all = ledger.departments().all();
        assertEquals(departments + 1, all.size());
        Department created = all.stream().filter(d -> d.name().equals("区人防办")).findFirst().orElseThrow();
        assertEquals("人防办", created.shortName());
        assertEquals(DepartmentKind.OTHER, created.kind());
        assertFalse(created.verified(), "created from a table: to be verified");
        assertEquals(List.of("区人防办", "区发展和改革局"), division("6.3.3").cooperating().stream().map(DeptRef::name).toList());
        assertEquals(List.of("区人防办"), division("11.3.3").cooperating().stream().map(DeptRef::name).toList(),
                "人防办 and 区人防办 are one department");
        assertTrue(ledger.departments().history(created.id()).stream().anyMatch(e -> e.action().equals("add")),
                "the new department is recorded");
    }

    @Test
    void aRowWhoseLeadIsUnknownIsNotWrittenUnlessTheLeadIsCreated() {
        ledger.divisions().confirm(List.of(division("6.3.3").taskId()));
        byte[] bytes = DivisionTables.xlsx("分工表", List.of(
                List.of("重点任务", "牵头单位", "配合单位"),
                List.of("推进深度节水控水", "区节水办", "区水务局、各相关单位")));
        DivisionTablePreview p = preview("节水.xlsx", bytes);
        Match water = match(p, "6.3.3");
        assertFalse(water.lead().known());
        assertEquals(List.of("区节水办"), p.unknownNames().stream().map(UnknownName::name).toList());
        assertEquals(List.of("区水务局"), names(water.cooperating()), "各相关单位 names no unit");
        assertEquals(LeadLoss.UNKNOWN_LEAD, water.leadLoss(false));
        assertEquals(List.of(water), p.keptRows(false));
        assertEquals(LeadLoss.NONE, water.leadLoss(true));
        TaskDivision draft = division("6.3.3");
        assertEquals("区水务局", water.leadBefore().name(), "the preview knows the lead the task has now");
        assertEquals(0, p.replacingConfirmed(false), "a row not imported replaces nothing");
        assertEquals(1, p.replacingConfirmed(true));

        DivisionImportWriter.Outcome outcome = DivisionTableImport.apply(ledger, p, false);

        assertEquals(0, outcome.divisions());
        assertEquals(draft, division("6.3.3"), "the task keeps its lead, cooperating units and state");

        DivisionTableImport.apply(ledger, p, true);

        TaskDivision d = division("6.3.3");
        assertEquals("区节水办", d.lead().name());
        assertEquals(DivisionState.CONFIRMED, d.state());
    }

    @Test
    void aRowWithoutALeadKeepsTheLeadButOneWithoutALeadOnATaskWithoutOneIsWritten() {
        TaskDivision water = division("6.3.3");
        DivisionImportWriter.write(ledger, "旧表.xlsx", List.of(
                new DivisionImportWriter.Entry(division("2.1.1").taskId(), null, List.of(), false)), false);
        assertNull(division("2.1.1").lead(), "a task without a lead, as an office may have left it");
        byte[] bytes = DivisionTables.xlsx("分工表", List.of(
                List.of("任务编号", "重点任务", "牵头单位", "配合单位"),
                List.of("6.3.3", "推进深度节水控水", "", "区发改局"),
                List.of("2.1.1", "打造多元生态格局", "各街道", "区发改局")));
        DivisionTablePreview p = preview("配合.xlsx", bytes);
        assertEquals(LeadLoss.NO_LEAD, match(p, "6.3.3").leadLoss(true), "creating units gives no lead either");
        assertEquals(LeadLoss.NONE, match(p, "2.1.1").leadLoss(false), "nothing to lose");

        DivisionImportWriter.Outcome outcome = DivisionTableImport.apply(ledger, p, true);

        assertEquals(1, outcome.divisions());
        assertEquals(water, division("6.3.3"));
        TaskDivision local = division("2.1.1");
        assertNull(local.lead());
        assertTrue(local.territorial());
        assertEquals(List.of("区发展和改革局"), local.cooperating().stream().map(DeptRef::name).toList());
    }

    // ---- one column: 牵头单位：…；配合单位：… ----

    @Test
    void oneLabelledColumn() {
        DivisionTablePreview p = preview("责任分工.xlsx", DivisionTables.labelledColumnXlsx());

        assertEquals(List.of("5.3.6", "5.5.2", "8.3.1", "5.5.1"), p.matched().stream().map(Match::taskCode).toList());
        assertTrue(p.unmatched().isEmpty(), () -> p.unmatched().toString());
        assertEquals(List.of(MatchedBy.CODE, MatchedBy.CODE, MatchedBy.TITLE, MatchedBy.TITLE),
                p.matched().stream().map(Match::matchedBy).toList(), "a code column, then a code before the task's words");

        Match vocs = match(p, "5.3.6");
        assertEquals("区水务局", vocs.lead().name());
        assertEquals(List.of("区住房和城乡建设局"), names(vocs.cooperating()), "区住建局");
        assertTrue(vocs.territorial());

        Match fumes = match(p, "5.5.2");
        assertEquals("区城市管理局", fumes.lead().name());
        assertEquals(List.of("区市场监督管理局", "市生态环境局天桥分局"), names(fumes.cooperating()));
        assertTrue(fumes.territorial(), "各街道办事处");

        Match biodiversity = match(p, "8.3.1");
        assertEquals("市自然资源和规划局天桥分局", biodiversity.lead().name(), "责任单位: the first listed leads");
        assertEquals(List.of("区园林绿化服务中心"), names(biodiversity.cooperating()));

        Match dust = match(p, "5.5.1");
        assertEquals("区住房和城乡建设局", dust.lead().name());
        assertEquals(List.of("区城市管理局"), names(dust.cooperating()), "／ separates, 有关部门 is no unit");
        assertTrue(p.unknownNames().isEmpty(), () -> p.unknownNames().toString());
        assertTrue(p.notes().stream().map(ZH::format).toList().contains("“有关部门”不是具体单位，未导入（1行）。"));
    }

    // ---- a Word table: 区水务局（牵头）、区住建局 ----

    @Test
    void wordTableWithLeadMarkers() {
        DivisionTablePreview p = preview("分工方案.docx", DivisionTables.markedLeadDocx());

        assertEquals(DivisionTable.Format.DOCX, p.format());
        assertEquals(List.of("6.3.3", "6.4.1", "2.1.1"), p.matched().stream().map(Match::taskCode).toList());

        Match water = match(p, "6.3.3");
        assertEquals("第1个表格第2行", ZH.format(water.where()));
        assertEquals("区水务局", water.lead().name(), "（牵头） marks the lead wherever it stands");
        assertEquals(List.of("区住房和城乡建设局"), names(water.cooperating()));
        assertTrue(water.territorial());

        Match rivers = match(p, "6.4.1");
        assertEquals(MatchedBy.CODE, rivers.matchedBy());
        assertEquals("区水务局", rivers.lead().name(), "without a marker the first listed leads");
        assertEquals(List.of("区园林绿化服务中心"), names(rivers.cooperating()));
        assertFalse(rivers.territorial());

        Match pattern = match(p, "2.1.1");
        assertEquals(MatchedBy.TITLE, pattern.matchedBy(), "（三） numbering is not part of the title");
        assertEquals("市自然资源和规划局天桥分局", pattern.lead().name(), "区自然资源局牵头");
        assertEquals(List.of("区发展和改革局"), names(pattern.cooperating()));

        List<Unmatched> unmatched = p.unmatched();
        assertEquals(2, unmatched.size());
        assertEquals("第1个表格第5行", ZH.format(unmatched.get(0).where()));
        assertEquals("建设月球基地", unmatched.get(0).task());
        assertEquals("任务 6.3.3“推进深度节水控水”的分工已由第1个表格第2行给出，此行未导入", ZH.format(unmatched.get(1).reason()));
    }

    @Test
    void wordTableImportsAsConfirmed() {
        DivisionTablePreview p = preview("分工方案.docx", DivisionTables.markedLeadDocx());

        DivisionTableImport.apply(ledger, p, false);

        TaskDivision water = division("6.3.3");
        assertEquals("区水务局", water.lead().name());
        assertEquals(DivisionState.CONFIRMED, water.state());
        assertTrue(water.territorial());
        assertEquals(List.of(Text.of("assign.reason.imported", "分工方案.docx")), water.reasons());
    }

    // ---- unit names as cells write them ----

    @Test
    void cellsAreSplitAtEverySeparatorAndReadForLabelsAndMarkers() {
        assertEquals(List.of("区水务局", "区住建局", "区城管局", "区发改局", "区财政局", "区民政局", "区商务局"),
                written(UnitNames.parse("区水务局、区住建局，区城管局,区发改局；区财政局;区民政局／区商务局", UnitNames.Role.LISTED)));
        assertEquals(List.of("区水务局", "区住建局"), written(UnitNames.parse(" 区水务局\n区住建局 ", UnitNames.Role.LISTED)));
        List<UnitNames.Named> labelled = UnitNames.parse("牵头单位：区水务局；配合单位：区住建局、各街道", UnitNames.Role.LISTED);
        assertEquals(List.of(UnitNames.Role.LEAD, UnitNames.Role.COOPERATE, UnitNames.Role.COOPERATE),
                labelled.stream().map(UnitNames.Named::role).toList());
        assertEquals(UnitNames.Kind.SUBDISTRICTS, labelled.get(2).kind());
        List<UnitNames.Named> marked = UnitNames.parse("区住建局、区水务局(牵头)", UnitNames.Role.LISTED);
        assertEquals(List.of("区住建局", "区水务局"), written(marked));
        assertEquals(UnitNames.Role.LEAD, marked.get(1).role());
        for (String group : List.of("各街道", "各街道办事处", "相关街道", "街道", "属地街道")) {
            assertEquals(UnitNames.Kind.SUBDISTRICTS, UnitNames.parse(group, UnitNames.Role.LISTED).get(0).kind(), group);
        }
        assertEquals(UnitNames.Kind.DEPARTMENT, UnitNames.parse("北园街道", UnitNames.Role.LISTED).get(0).kind(),
                "one named sub-district office is a department");
        assertEquals(UnitNames.Kind.GENERIC, UnitNames.parse("各有关部门", UnitNames.Role.LISTED).get(0).kind());
        assertEquals(List.of("区水务局"), written(UnitNames.parse("区水务局等", UnitNames.Role.LISTED)));
    }

    // ---- bad and foreign files ----

    @Test
    void badAndForeignFilesAreRefusedNamingTheFileAndTheLedgerIsUnchanged() throws Exception {
        byte[] table = DivisionTables.separateColumnsXlsx();
        HSSFWorkbook old = new HSSFWorkbook();
        old.createSheet("分工表").createRow(0).createCell(0).setCellValue("重点任务");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        old.write(xls);
        old.close();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("无表头.xlsx", DivisionTables.xlsx("Sheet1", List.of(List.of("甲", "乙"), List.of("1", "2"))));
        files.put("分工表.txt", "序号\t重点任务\t牵头单位\n1\t推进深度节水控水\t区水务局\n".getBytes(StandardCharsets.UTF_8));
        files.put("照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        files.put("截断.xlsx", Arrays.copyOf(table, table.length / 2));
        files.put("无表格.docx", DivisionTables.docx(List.of()));
        files.put("表格无表头.docx", DivisionTables.docx(List.of(List.of("甲", "乙"), List.of("1", "2"))));
        files.put("旧格式.xls", xls.toByteArray());
        files.put("加密.xlsx", DivisionTables.encrypted(table));
        files.put("空.xlsx", new byte[0]);
        Map<String, String> expected = Map.of(
                "无表头.xlsx", "divisionImport.error.noHeaderSheet",
                "分工表.txt", "divisionImport.error.notOffice",
                "照片.png", "divisionImport.error.notOffice",
                "截断.xlsx", "divisionImport.error.broken",
                "无表格.docx", "divisionImport.error.noTable",
                "表格无表头.docx", "divisionImport.error.noHeaderTable",
                "旧格式.xls", "divisionImport.error.oldOffice",
                "加密.xlsx", "divisionImport.error.encrypted",
                "空.xlsx", "divisionImport.error.empty");
        List<DivisionRow> rows = ledger.divisions().rows(0);
        List<Department> departments = ledger.departments().all();
        ledger.close();
        byte[] bytes = Files.readAllBytes(ledgerFile);
        ledger = Ledger.open(ledgerFile, TestClock.get());

        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = DivisionTables.write(dir, f.getKey(), f.getValue());
            DivisionTableException e = assertThrows(DivisionTableException.class, () -> {
                DivisionTable table2 = DivisionTableImport.read(file);
                DivisionTableImport.apply(ledger, DivisionTableImport.preview(ledger, table2, 0), true);
            }, f.getKey());
            assertEquals(expected.get(f.getKey()), e.problem().key(), f.getKey());
            String message = ZH.format(e.problem());
            assertTrue(message.contains("“" + f.getKey() + "”"), message);
            Messages.forLanguage("en").format(e.problem());
        }
        assertEquals("在“无表头.xlsx”的工作表（Sheet1）前 30 行中找不到分工表的表头：需要“重点任务”（或“任务”“编号”）一列，"
                        + "以及“牵头单位”“配合单位”或“责任单位”一列。",
                ZH.format(assertThrows(DivisionTableException.class,
                        () -> DivisionTableImport.read(dir.resolve("无表头.xlsx"))).problem()));
        assertEquals(rows, ledger.divisions().rows(0));
        assertEquals(departments, ledger.departments().all());
        ledger.close();
        assertArrayEquals(bytes, Files.readAllBytes(ledgerFile), "the ledger file is byte for byte as it was");
        ledger = Ledger.open(ledgerFile, TestClock.get());
    }

    @Test
    void aHeaderWithoutTaskRowsSaysWhereTheHeaderIs() {
        byte[] onlyHeader = DivisionTables.xlsx("分工", List.of(List.of(DivisionTables.TITLE),
                List.of("序号", "重点任务", "牵头单位", "配合单位")));
        Path file = DivisionTables.write(dir, "空表.xlsx", onlyHeader);

        DivisionTableException e = assertThrows(DivisionTableException.class, () -> DivisionTableImport.read(file));

        assertEquals("文件“空表.xlsx”的分工表（表头在工作表“分工”第2行）下面没有写明责任单位的任务行。", ZH.format(e.problem()));
    }

    @Test
    void nothingHalfImports() {
        List<DivisionRow> rows = ledger.divisions().rows(0);
        int departments = ledger.departments().all().size();
        long first = rows.get(0).taskId();
        List<DivisionImportWriter.Entry> entries = List.of(
                new DivisionImportWriter.Entry(first, DivisionImportWriter.Unit.create("区人防办", "人防办"), List.of(), true),
                new DivisionImportWriter.Entry(999_999, DivisionImportWriter.Unit.existing(1), List.of(), false));

        assertThrows(StoreException.class, () -> DivisionImportWriter.write(ledger, "坏.xlsx", entries, true));

        assertEquals(rows, ledger.divisions().rows(0), "the first task's division is as it was");
        assertEquals(departments, ledger.departments().all().size(), "the department is not created either");
    }

    @Test
    void aLeadCellMergedDownSeveralRowsLeadsEachOfThem() {
        byte[] merged = DivisionTables.xlsx("分工表", List.of(
                List.of("序号", "重点任务", "牵头单位", "配合单位"),
                List.of("1", "加强非常规水源开发利用", "区水务局", "区住建局"),
                List.of("2", "强化水资源刚性约束", "", "区发改局"),
                List.of("3", "推进深度节水控水", "", "")),
                new CellRangeAddress(1, 3, 2, 2));

        DivisionTablePreview p = preview("合并.xlsx", merged);

        assertEquals(List.of("6.3.1", "6.3.2", "6.3.3"), p.matched().stream().map(Match::taskCode).toList());
        assertTrue(p.matched().stream().allMatch(m -> m.lead().name().equals("区水务局")));
        assertEquals(List.of("区发展和改革局"), names(match(p, "6.3.2").cooperating()));
    }

    @Test
    void anExplicitPlanIsUsedAndAnUnknownOneRefused() {
        DivisionTable table = new DivisionTableReader().read("分工表.xlsx", DivisionTables.separateColumnsXlsx());
        long plan = ledger.plans().plans().get(0).id();

        DivisionTablePreview p = DivisionTableImport.preview(ledger, table, plan);

        assertEquals(plan, p.planId());
        assertThrows(IllegalArgumentException.class, () -> DivisionTableImport.preview(ledger, table, 4711));
    }

    // ---- helpers ----

    private DivisionTablePreview preview(String name, byte[] bytes) {
        Path file = DivisionTables.write(dir, name, bytes);
        return DivisionTableImport.preview(ledger, DivisionTableImport.read(file), 0);
    }

    private static Match match(DivisionTablePreview p, String code) {
        return p.matched().stream().filter(m -> m.taskCode().equals(code)).findFirst().orElseThrow(() -> new AssertionError(
                "no row matched " + code + ": " + p.matched().stream().map(Match::taskCode).collect(Collectors.joining(", "))));
    }

    private static List<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }

    private static List<String> written(List<UnitNames.Named> named) {
        return named.stream().map(UnitNames.Named::written).toList();
    }

    private TaskDivision division(String code) {
        DivisionRow row = ledger.divisions().rows(0).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        return ledger.divisions().division(row.taskId());
    }
}
