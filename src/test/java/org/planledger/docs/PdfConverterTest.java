package org.planledger.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;

/**
 * PDFs through LibreOffice: a real conversion next to the document, the answer when LibreOffice
 * is not installed, one conversion at a time, a wait given up, a conversion that takes too long.
 */
class PdfConverterTest {

    @TempDir
    static Path profileRoot;

    @TempDir
    Path dir;

    private static PdfConverter installed(Duration timeout) {
        LibreOfficeSearch search = LibreOfficeSearch.system();
        Assumptions.assumeTrue(search.find().isPresent(),
                "LibreOffice (soffice) is not installed on this PC, so no real conversion can run here");
        return new PdfConverter(search, profileRoot.resolve("profile"), timeout);
    }

    private Path docx(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            d.createParagraph().createRun().setText(text);
            d.write(out);
        }
        return file;
    }

    private static void assertPdf(Path pdf) throws Exception {
        assertTrue(Files.isRegularFile(pdf), pdf + " exists");
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII), "a PDF file");
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("/Type/Page"), "with a page");
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDocumentBecomesAPdfNextToIt() throws Exception {
        PdfConverter converter = installed(PdfConverter.DEFAULT_TIMEOUT);
        Path doc = docx("督查通报.docx", "关于重点任务推进情况的通报");
        Files.writeString(dir.resolve("督查通报.pdf"), "an older PDF");

        Path pdf = converter.convert(doc);

        assertEquals(dir.resolve("督查通报.pdf"), pdf);
        assertPdf(pdf);
        assertEquals(List.of("督查通报.docx", "督查通报.pdf"), names(), "no temporary file left beside them");
    }

    @Test
    void withoutLibreOfficeTheCallerIsToldToSaveAsPdfInWpsOrWord() throws Exception {
        PdfConverter converter = new PdfConverter(new LibreOfficeSearch(List.of()), profileRoot.resolve("none"),
                PdfConverter.DEFAULT_TIMEOUT);
        Path doc = docx("通报.docx", "通报");

        assertFalse(converter.installed());
        PdfException e = assertThrows(PdfException.class, () -> converter.convert(doc));

        assertTrue(e.notInstalled());
        assertEquals("未找到 LibreOffice，请在 WPS 或 Word 中打开后“另存为 PDF”。",
                Messages.forLanguage("zh-CN").format(e.problem()));
        assertEquals(List.of("通报.docx"), names());
    }

    @Test
    void twoRequestsAtOnceRunOneAfterTheOther() throws Exception {
        PdfConverter converter = installed(PdfConverter.DEFAULT_TIMEOUT);
        List<Path> docs = List.of(docx("一.docx", "第一份"), docx("二.docx", "第二份"));
        Map<Path, long[]> spans = new ConcurrentHashMap<>();
        List<Path> waited = new CopyOnWriteArrayList<>();
        PdfConverter.Watch watch = new PdfConverter.Watch() {
            @Override
            public void waiting(Path docx) {
                waited.add(docx);
            }

            @Override
            public void converting(Path docx) {
                spans.put(docx, new long[] {System.nanoTime(), 0});
            }

            @Override
            public void converted(Path pdf) {
                Path docx = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".docx"));
                spans.get(docx)[1] = System.nanoTime();
            }
        };
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> results = docs.stream().map(d -> two.submit(() -> {
                go.await();
                return converter.convert(d, () -> false, watch);
            })).toList();
            go.countDown();
            for (Future<Path> r : results) {
                assertPdf(r.get(5, TimeUnit.MINUTES));
            }
        } finally {
            two.shutdownNow();
        }

        assertEquals(1, waited.size(), "the later request waited its turn: " + waited);
        long[] first = spans.get(docs.get(0));
        long[] second = spans.get(docs.get(1));
        long[] earlier = first[0] < second[0] ? first : second;
        long[] later = earlier == first ? second : first;
        assertTrue(later[0] >= earlier[1], "the second conversion began after the first ended");
    }

    @Test
    void aCallerWaitingItsTurnMayGiveUp() throws Exception {
        PdfConverter converter = installed(PdfConverter.DEFAULT_TIMEOUT);
        Path busy = docx("长.docx", "正在转换的一份");
        Path given = docx("放弃.docx", "放弃等待的一份");
        CountDownLatch converting = new CountDownLatch(1);
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            Future<Path> first = one.submit(() -> converter.convert(busy, () -> false, new PdfConverter.Watch() {
                @Override
                public void converting(Path docx) {
                    converting.countDown();
                }
            }));
            assertTrue(converting.await(2, TimeUnit.MINUTES));
            AtomicBoolean gaveUp = new AtomicBoolean();
            PdfException e = assertThrows(PdfException.class, () -> converter.convert(given, gaveUp::get,
                    new PdfConverter.Watch() {
                        @Override
                        public void waiting(Path docx) {
                            gaveUp.set(true);
                        }
                    }));
            assertEquals(PdfException.Reason.CANCELLED, e.reason());
            assertPdf(first.get(5, TimeUnit.MINUTES));
        } finally {
            one.shutdownNow();
        }
        assertFalse(Files.exists(dir.resolve("放弃.pdf")), "no PDF for the request given up");
    }

    @Test
    void aConversionPastItsTimeIsStoppedAndLeavesNothing() throws Exception {
        PdfConverter converter = installed(Duration.ofMillis(1));
        Path doc = docx("慢.docx", "超时");

        PdfException e = assertThrows(PdfException.class, () -> converter.convert(doc));

        assertEquals(PdfException.Reason.TIMED_OUT, e.reason());
        assertTrue(Messages.forLanguage("zh-CN").format(e.problem()).contains("另存为 PDF"));
        assertEquals(List.of("慢.docx"), names());
    }
}
