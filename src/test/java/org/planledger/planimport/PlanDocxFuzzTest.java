package org.planledger.planimport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.planledger.office.FuzzLedger;
import org.planledger.office.FuzzTries;
import org.planledger.office.Mutations;
import org.planledger.office.Mutations.Mutation;

/**
 * Plan documents as Word files, fuzzed: random bytes (some behind a zip signature), the shipped
 * plan as .docx damaged byte by byte, and — the zip kept valid — one part's XML damaged,
 * replaced by random text or removed. Reading and importing each ends in a clean import or a
 * refusal in words, the ledger unchanged after a refusal. {@code -Djqwik.tries.default=N} runs
 * N tries per property (see {@link FuzzTries}).
 */
@AddLifecycleHook(FuzzTries.class)
class PlanDocxFuzzTest {

    /** The shipped plan as Word writes it: styles, bold leads, the merged indicator table. */
    private static final byte[] DOCX = PlainTextToDocx.convert(ShippedPlan.text());
    /** The same with headings as bold paragraphs, the other form offices send. */
    private static final byte[] DOCX_BOLD_HEADINGS = PlainTextToDocx.convert(ShippedPlan.text(), true);
    private static final int PARTS = Mutations.entries(DOCX).size();
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

    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    void randomBytes(@ForAll("bytes") byte[] bytes, @ForAll boolean zipSignature) {
        byte[] b = bytes;
        if (zipSignature) {
            b = new byte[bytes.length + 4];
            b[0] = 'P';
            b[1] = 'K';
            b[2] = 3;
            b[3] = 4;
            System.arraycopy(bytes, 0, b, 4, bytes.length);
        }
        check("plan.docx", b);
    }

    @Property(tries = 25, shrinking = ShrinkingMode.OFF)
    void shippedDocxWithDamagedBytes(@ForAll("mutations") List<Mutation> mutations, @ForAll boolean boldHeadings) {
        check("tianqiao.docx", Mutations.apply(boldHeadings ? DOCX_BOLD_HEADINGS : DOCX, mutations));
    }

    @Property(tries = 25, shrinking = ShrinkingMode.OFF)
    void shippedDocxWithOnePartsXmlDamaged(@ForAll @IntRange(min = 0, max = 1000) int part,
                                           @ForAll("mutations") List<Mutation> mutations, @ForAll boolean boldHeadings) {
        check("tianqiao.docx", Mutations.mutateEntry(boldHeadings ? DOCX_BOLD_HEADINGS : DOCX, documentMostly(part), mutations));
    }

    @Property(tries = 15, shrinking = ShrinkingMode.OFF)
    void shippedDocxWithOnePartReplacedOrRemoved(@ForAll @IntRange(min = 0, max = 1000) int part,
                                                 @ForAll("garbage") String content, @ForAll boolean remove) {
        check("tianqiao.docx", Mutations.replaceEntry(DOCX, part, remove ? null : content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Half the time the main document part, where the plan is; else any part. */
    private static int documentMostly(int part) {
        if (part % 2 == 0) {
            return part / 2;
        }
        int i = 0;
        for (String name : Mutations.entries(DOCX).keySet()) {
            if (name.equals("word/document.xml")) {
                return i;
            }
            i++;
        }
        return part;
    }

    // ---- generators ----

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutations.mutations();
    }

    /** Random text, random markup, or well-formed XML of the wrong shape. */
    @Provide
    Arbitrary<String> garbage() {
        String ns = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of(Mutations.TOKENS).list().ofMaxSize(40).map(t -> String.join("", t)),
                Arbitraries.of(Mutations.TOKENS).list().ofMaxSize(40)
                        .map(t -> "<?xml version=\"1.0\"?><w:document" + ns + "><w:body>" + String.join("", t)
                                + "</w:body></w:document>"),
                Arbitraries.just(""),
                Arbitraries.just("<?xml version=\"1.0\"?><Relationships/>"));
    }

    static Map<String, byte[]> parts() {
        return Mutations.entries(DOCX);
    }

    static int partCount() {
        return PARTS;
    }
}
