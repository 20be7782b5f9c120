package org.planledger.planimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.planledger.i18n.Text;

/**
 * Decodes a plan's text file. UTF-8 is tried strictly first; Chinese offices also save
 * GBK/GB18030, which is accepted when the result reads as Chinese text. Anything else is
 * refused with the line where it went wrong.
 */
final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 64 * 1024;

    record Decoded(String text, Charset charset) {
    }

    private TextDecoding() {
    }

    static Decoded decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new PlanImportException(Text.of("import.error.empty", name));
        }
        Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            // what Notepad saves as "Unicode": its NUL bytes are text, not a sign of a binary file
            try {
                return new Decoded(strict(utf16, bytes, 2), utf16);
            } catch (CharacterCodingException e) {
                throw new PlanImportException(Text.of("import.error.encoding", name, 1));
            }
        }
        if (looksBinary(bytes)) {
            throw new PlanImportException(Text.of("import.error.binary", name));
        }
        int bom = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, bom), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return decodeGb18030(name, bytes);
        }
    }

    private static Decoded decodeGb18030(String name, byte[] bytes) {
        String text;
        try {
            text = strict(GB18030, bytes, 0);
        } catch (CharacterCodingException e) {
            throw new PlanImportException(Text.of("import.error.encoding", name, firstBadUtf8Line(bytes)));
        }
        int badAt = firstImplausibleChar(text);
        if (badAt >= 0) {
            throw new PlanImportException(Text.of("import.error.encoding", name, lineOf(text, badAt)));
        }
        return new Decoded(text, GB18030);
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /** UTF-16 little or big endian when the file starts with its byte order mark, else null. */
    private static Charset utf16ByBom(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** NUL bytes or many control characters: an image, an archive, an executable. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 100;
    }

    /**
     * GB18030 maps nearly every byte sequence to something, so a wrong guess shows up as
     * characters no plan is written in. Returns the index of the first such character, or -1.
     */
    private static int firstImplausibleChar(String text) {
        int odd = 0;
        int firstOdd = -1;
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            total++;
            if (!plausible(c)) {
                odd++;
                if (firstOdd < 0) {
                    firstOdd = i;
                }
            }
        }
        return total > 0 && odd * 20 > total ? firstOdd : -1;
    }

    private static boolean plausible(char c) {
        return (c >= 0x20 && c < 0x7F)
                || (c >= 0x4E00 && c <= 0x9FFF)   // CJK unified ideographs
                || (c >= 0x3000 && c <= 0x303F)   // CJK punctuation
                || (c >= 0xFF00 && c <= 0xFFEF)   // full-width forms
                || (c >= 0x2000 && c <= 0x206F)   // general punctuation: “ ” — …
                || (c >= 0x2150 && c <= 0x218F)   // number forms: Ⅲ Ⅴ
                || (c >= 0x2460 && c <= 0x24FF)   // enclosed numbers: ①
                || c == 0xB7 || c == 0xD7 || c == 0xB0;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstBadUtf8Line(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    d.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
