package org.planledger.ui.documents;

import java.io.IOException;
import java.nio.file.Path;
import org.planledger.docs.PdfConverter;
import org.planledger.ui.common.DesktopOpen;

/**
 * What the app does with a document it wrote: hands it (or its folder) to the system's program,
 * and makes its PDF through LibreOffice. Tests give a converter that finds no LibreOffice, or an
 * opener that only notes what it was asked to open.
 */
public record DocumentTools(PdfConverter pdf, Opener opener) {

    /** Opens a file or folder with the system's program. */
    @FunctionalInterface
    public interface Opener {
        void open(Path fileOrFolder) throws IOException;
    }

    /** LibreOffice where this PC has it; the desktop's own programs. */
    public static DocumentTools system() {
        return new DocumentTools(PdfConverter.system(), DesktopOpen::open);
    }
}
