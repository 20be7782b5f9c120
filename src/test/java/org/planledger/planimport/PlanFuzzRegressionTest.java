package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planledger.office.FuzzLedger;

/**
 * Samples fuzzing found that broke the plan reader, kept as examples. Each once ended in an
 * exception no user could read; now each reads (the odd part treated as the reader treats
 * anything it does not recognise) and imports.
 */
class PlanFuzzRegressionTest {

    private static final ParsedPlan SHIPPED = ShippedPlan.parsed();
    private static FuzzLedger ledgers;

    @BeforeAll
    static void open() {
        ledgers = new FuzzLedger();
    }

    @AfterAll
    static void close() {
        ledgers.close();
    }

    /** 第99999999999章: the number did not fit an int (NumberFormatException); the chapter now takes its number by position. */
    @Test
    void chapterNumberTooLongForAnInt() {
        for (String heading : new String[] {"第99999999999章", "第９９９９９９９９９９９章"}) {
            String text = ShippedPlan.text().replaceFirst("第一章", heading);
            ParsedPlan parsed = new PlanDocumentReader().read("long-number.txt", text.getBytes(StandardCharsets.UTF_8));
            assertEquals(SHIPPED.plan().chapters().size(), parsed.plan().chapters().size());
            assertEquals(1, parsed.plan().chapters().get(0).number());
        }
        String text = ShippedPlan.text().replaceFirst("第一章", "第99999999999章");
        assertEquals("imported", ledgers.importPlan("long-number.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The same in a section heading, and in the Word form of the plan. */
    @Test
    void sectionNumberTooLongForAnInt() {
        String text = ShippedPlan.text().replaceFirst("第一节", "第2147483648节");
        ParsedPlan parsed = new PlanDocumentReader().read("long-number.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(SHIPPED.report().sections(), parsed.report().sections());
        ParsedPlan fromWord = new PlanDocumentReader().read("long-number.docx", PlainTextToDocx.convert(text));
        assertEquals(SHIPPED.report().sections(), fromWord.report().sections());
    }

    /** An indicator numbered 99999999999. (NumberFormatException) is no indicator row: skipped with a note saying where. */
    @Test
    void indicatorNumberTooLongForAnInt() {
        String text = ShippedPlan.text().replaceFirst("\t1\\.城市细颗粒物", "\t99999999999.城市细颗粒物");
        ParsedPlan parsed = new PlanDocumentReader().read("long-indicator.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(SHIPPED.report().indicators() - 1, parsed.report().indicators());
        assertTrue(parsed.report().notes().stream().anyMatch(n -> n.key().equals("import.note.indicatorRowSkipped")),
                parsed.report().notes().toString());
        assertEquals("imported", ledgers.importPlan("long-indicator.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A title with a reversed year range (…2999到2025年…规划) was read as a plan running from
     * 2999 to 2025, which the ledger refused to write (store.error.write: CHECK end_year >=
     * start_year). The reversed range is now no period: the title's 十四五 decides.
     */
    @Test
    void reversedYearRangeInTheTitle() {
        String text = "济南市天桥区十四五生态环境2999到2025年保护规划\n第一章 总则\n第一节 重点任务\n推进黑臭水体治理。到2025年完成整治。\n";
        ParsedPlan parsed = new PlanDocumentReader().read("reversed.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(2021, parsed.plan().startYear());
        assertEquals(2025, parsed.plan().endYear());
        assertEquals("imported", ledgers.importPlan("reversed.txt", text.getBytes(StandardCharsets.UTF_8)));
        // the sample fuzzing found, as it was
        String found = "济南市天桥区十四五约束性29472999到2025年序号018561037617805888715219219规划规划\n第两章 总则\n第九节 形势\n治理\n";
        String key = ledgers.importPlan("found.txt", found.getBytes(StandardCharsets.UTF_8));
        assertTrue(!key.startsWith("store."), key);
    }
}
