package org.planledger.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;

/** Documents land in their folder all together or not at all, and a refusal says why in words. */
class DocumentBatchTest {

    @TempDir
    Path dir;

    private static DocumentBatch.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void stagedDocumentsAppearOnlyOnCommitAndReplaceOlderOnes() throws Exception {
        Files.writeString(dir.resolve("b.docx"), "old");
        try (DocumentBatch batch = new DocumentBatch(dir)) {
            batch.stage("a.docx", text("A"));
            batch.stage("b.docx", text("B"));
            assertEquals("old", Files.readString(dir.resolve("b.docx")));
            assertTrue(Files.notExists(dir.resolve("a.docx")));
            batch.commit();
        }
        assertEquals(List.of("a.docx", "b.docx"), names());
        assertEquals("B", Files.readString(dir.resolve("b.docx")));
    }

    /** A process killed while writing left hidden files in the user's folder: the next batch there removes them. */
    @Test
    void whatAKilledProcessLeftInTheFolderIsRemovedAndNothingElse() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        Path left = Files.writeString(dir.resolve(".~天桥环督〔2026〕3号.docx.p" + ended.pid() + "-1a2b.tmp"), "half");
        Path running = Files.writeString(dir.resolve(".~通报.docx" + org.planledger.store.Leftovers.processTag() + "9.tmp"), "being written");
        Path wpsLock = Files.writeString(dir.resolve("~$通报.docx"), "WPS");
        Path office = Files.writeString(dir.resolve("通报.docx"), "a document");

        try (DocumentBatch batch = new DocumentBatch(dir)) {
            assertTrue(Files.notExists(left));
        }
        assertTrue(Files.exists(running) && Files.exists(wpsLock) && Files.exists(office));
    }

    @Test
    void undoTakesBackWhatWasMovedAndPutsBackWhatItReplaced() throws Exception {
        Files.writeString(dir.resolve("b.docx"), "old");
        try (DocumentBatch batch = new DocumentBatch(dir)) {
            batch.stage("a.docx", text("A"));
            batch.stage("b.docx", text("B"));
            batch.commit();
            batch.undo();
        }
        assertEquals(List.of("b.docx"), names());
        assertEquals("old", Files.readString(dir.resolve("b.docx")));
    }

    /**
     * POI reports a write it could not finish (a full disk) as its own runtime exception, the
     * IOException logged and dropped: said in words, nothing left (it was "程序内部错误：
     * OpenXML4JRuntimeException: Failed to save: content types part", exit 1).
     */
    @Test
    void aDocumentPoiCouldNotSaveIsRefusedInWordsAndNothingIsLeft() throws Exception {
        Files.writeString(dir.resolve("b.docx"), "old");
        DocumentException e;
        try (DocumentBatch batch = new DocumentBatch(dir)) {
            batch.stage("a.docx", text("A"));
            e = assertThrows(DocumentException.class, () -> batch.stage("b.docx", out -> {
                out.write(1);
                throw new org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException("Failed to save: content types part");
            }));
        }
        assertTrue(Messages.chinese().format(e.problem()).startsWith("无法写入“" + dir.toAbsolutePath().normalize().resolve("b.docx")),
                Messages.chinese().format(e.problem()));
        assertTrue(Messages.chinese().format(e.problem()).endsWith("未写入任何文件。"), Messages.chinese().format(e.problem()));
        assertEquals(List.of("b.docx"), names(), "no temporary file, no other document");
        assertEquals("old", Files.readString(dir.resolve("b.docx")));
    }

    @Test
    void aFileOpenInWpsOrWordIsRefusedAndNothingIsLeft() throws Exception {
        Files.writeString(dir.resolve("督办单.docx"), "old");
        Files.writeString(dir.resolve("~$督办单.docx"), "owner");
        DocumentException e;
        try (DocumentBatch batch = new DocumentBatch(dir)) {
            batch.stage("another.docx", text("A"));
            e = assertThrows(DocumentException.class, () -> batch.stage("督办单.docx", text("B")));
        }
        assertTrue(Messages.chinese().format(e.problem()).contains("WPS 或 Word 中打开"), Messages.chinese().format(e.problem()));
        assertEquals(List.of("~$督办单.docx", "督办单.docx"), names(), "no temporary file, no other document");
        assertEquals("old", Files.readString(dir.resolve("督办单.docx")));
    }

    @Test
    void aMissingFolderOrAFileInsteadOfOneIsRefusedInWords() throws Exception {
        DocumentException missing = assertThrows(DocumentException.class, () -> new DocumentBatch(dir.resolve("nope")));
        assertEquals("document.error.noFolder", missing.problem().key());
        Path file = Files.writeString(dir.resolve("f"), "x");
        DocumentException notFolder = assertThrows(DocumentException.class, () -> new DocumentBatch(file));
        assertTrue(Messages.chinese().format(notFolder.problem()).contains("不是文件夹"));
        assertTrue(Messages.forLanguage("en").format(notFolder.problem()).contains("is a file, not a folder"));
    }

    @Test
    void aFolderWhereADocumentShouldGoIsRefusedBeforeAnythingIsWritten() throws Exception {
        Files.createDirectory(dir.resolve("b.docx"));
        try (DocumentBatch batch = new DocumentBatch(dir)) {
            batch.stage("a.docx", text("A"));
            DocumentException e = assertThrows(DocumentException.class, () -> batch.stage("b.docx", text("B")));
            assertEquals("document.error.isFolder", e.problem().key());
        }
        assertEquals(List.of("b.docx"), names());
    }

    @Test
    void namesLoseWhatWindowsForbids() {
        assertEquals("天桥环督〔2026〕1号 a_b_.docx", DocumentBatch.safeName("天桥环督〔2026〕1号 a/b?.docx"));
    }
}
