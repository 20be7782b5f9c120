package org.planledger.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.docs.LibreOfficeSearch;
import org.planledger.docs.PdfConverter;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.CurrentThreadTaskExecutor;

/** The documents-written pane's model: what 打开 opens, what 转为 PDF says without LibreOffice, a failure to open in words. */
class DocumentsWrittenModelTest {

    private static final Messages ZH = Messages.forLanguage("zh-CN");

    @TempDir
    Path dir;
    private final List<Path> opened = new ArrayList<>();

    private DocumentsWrittenModel model(DocumentTools.Opener opener) {
        PdfConverter none = new PdfConverter(new LibreOfficeSearch(List.of()), dir.resolve("profile"),
                PdfConverter.DEFAULT_TIMEOUT);
        return new DocumentsWrittenModel(ZH, new DocumentTools(none, opener), new CurrentThreadTaskExecutor(), Runnable::run);
    }

    @Test
    void openHandsTheChosenFileOrItsFolderToTheSystem() throws Exception {
        Path a = Files.writeString(dir.resolve("一.docx"), "a");
        Path b = Files.writeString(dir.resolve("二.docx"), "b");
        DocumentsWrittenModel m = model(opened::add);
        m.show(List.of(a, b));
        m.open();
        m.selectedProperty().set(b);
        m.open();
        m.openFolder();
        assertEquals(List.of(a, b, dir), opened);
    }

    @Test
    void withoutLibreOfficeTheUserIsToldToSaveAsPdfInWpsOrWord() throws Exception {
        Path a = Files.writeString(dir.resolve("通报.docx"), "a");
        DocumentsWrittenModel m = model(opened::add);
        m.show(List.of(a));
        m.convertToPdf();
        assertEquals("未找到 LibreOffice，请在 WPS 或 Word 中打开后“另存为 PDF”。", m.statusProperty().get());
        assertTrue(m.problemProperty().get());
        assertFalse(m.convertingProperty().get());
        assertEquals(List.of(a), m.files());
    }

    @Test
    void aFileThatCannotBeOpenedIsSaidInWords() throws Exception {
        Path a = Files.writeString(dir.resolve("通报.docx"), "a");
        DocumentsWrittenModel m = model(p -> {
            throw new IOException("no application is associated with .docx");
        });
        m.show(List.of(a));
        m.open();
        assertEquals("无法用系统程序打开“" + a + "”：no application is associated with .docx", m.statusProperty().get());
        assertTrue(m.problemProperty().get());
    }
}
