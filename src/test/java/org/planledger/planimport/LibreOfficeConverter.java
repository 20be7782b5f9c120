package org.planledger.planimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Converts a document with LibreOffice when it is installed ({@code soffice --headless
 * --convert-to pdf|doc}), with a profile of its own so it neither needs nor touches the user's.
 */
final class LibreOfficeConverter {

    private static final String[] CANDIDATES = {"/usr/bin/soffice", "/usr/local/bin/soffice",
        "/opt/libreoffice/program/soffice", "/usr/lib/libreoffice/program/soffice"};

    private LibreOfficeConverter() {
    }

    static Optional<Path> soffice() {
        return Stream.of(CANDIDATES).map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** The document converted to {@code format} ("pdf", "doc"). */
    static byte[] convert(byte[] document, String fileName, String format) throws IOException, InterruptedException {
        Path soffice = soffice().orElseThrow(() -> new IllegalStateException("LibreOffice is not installed"));
        Path work = Files.createTempDirectory("planledger-soffice");
        try {
            Path in = work.resolve(fileName);
            Files.write(in, document);
            Path out = Files.createDirectory(work.resolve("out"));
            Process process = new ProcessBuilder(soffice.toString(),
                    "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--convert-to", format, "--outdir", out.toString(), in.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("log.txt").toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("LibreOffice did not finish converting " + fileName);
            }
            String base = fileName.substring(0, fileName.lastIndexOf('.'));
            Path converted = out.resolve(base + "." + format);
            if (!Files.exists(converted)) {
                throw new IOException("LibreOffice wrote no " + format + ": " + Files.readString(work.resolve("log.txt")));
            }
            return Files.readAllBytes(converted);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
