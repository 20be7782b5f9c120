package org.planledger.docs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.planledger.i18n.Text;
import org.planledger.store.Leftovers;

/**
 * Makes a PDF of a Word document next to it with LibreOffice ({@code soffice --headless
 * --convert-to pdf}). LibreOffice runs on a profile of its own ({@code -env:UserInstallation}):
 * on the user's profile a LibreOffice already open on the desktop would take the request and the
 * conversion would silently do nothing. One conversion at a time, in this program and across
 * programs on the same profile (the command line beside the app): a second caller waits its
 * turn, and may give up waiting. The PDF is made in a private folder and moved into place, so a
 * PDF open in a viewer is refused in words and left as it was.
 */
public final class PdfConverter {

    /** Told how a conversion goes, on the converting thread (the app shows it). */
    public interface Watch {
        /** Another conversion runs: this one waits its turn. */
        default void waiting(Path docx) {
        }

        /** LibreOffice is converting this document. */
        default void converting(Path docx) {
        }

        /** The PDF is in place. */
        default void converted(Path pdf) {
        }
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);
    private static final Watch QUIET = new Watch() {
    };
    private static final long POLL_MILLIS = 100;
    /** One conversion at a time in this program; fair, so callers are served in the order they came. */
    private static final Semaphore TURN = new Semaphore(1, true);

    private final LibreOfficeSearch search;
    private final Path profile;
    private final Duration timeout;

    /**
     * @param profile the folder of LibreOffice's private profile (made on first use; kept, so later
     *                conversions start faster)
     */
    public PdfConverter(LibreOfficeSearch search, Path profile, Duration timeout) {
        this.search = search;
        this.profile = profile.toAbsolutePath().normalize();
        this.timeout = timeout;
    }

    /** LibreOffice where this PC has it, its profile in the user's temporary folder. */
    public static PdfConverter system() {
        String user = System.getProperty("user.name", "user").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        Path profile = Path.of(System.getProperty("java.io.tmpdir"), "planledger-libreoffice-" + user);
        return new PdfConverter(LibreOfficeSearch.system(), profile, DEFAULT_TIMEOUT);
    }

    /** Whether LibreOffice is found on this PC. */
    public boolean installed() {
        return search.find().isPresent();
    }

    /** The PDF of one document, without a way to give up. */
    public Path convert(Path docx) {
        return convert(docx, () -> false, QUIET);
    }

    /**
     * The documents' PDFs, each next to its document, in order; stops at the first failure
     * (PDFs made before it stay: each is whole).
     */
    public List<Path> convertAll(List<Path> documents, BooleanSupplier cancelled, Watch watch) {
        List<Path> pdfs = new ArrayList<>();
        for (Path d : documents) {
            pdfs.add(convert(d, cancelled, watch));
        }
        return pdfs;
    }

    /**
     * Makes {@code docx}'s PDF next to it (same name, .pdf), replacing an older one. Waits while
     * another conversion runs; {@code cancelled} is asked while waiting and converting (a
     * conversion given up is stopped, nothing is left). Thread interruption counts as giving up.
     *
     * @throws PdfException in words; {@link PdfException#notInstalled()} when LibreOffice is not found
     */
    public Path convert(Path docx, BooleanSupplier cancelled, Watch watch) {
        Path soffice = search.find().orElseThrow(() -> new PdfException(PdfException.Reason.NOT_INSTALLED,
                Text.of("document.pdf.notInstalled"), null));
        Path source = docx.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw failed(Text.of("document.pdf.noFile", source.toString()), null);
        }
        if (!TURN.tryAcquire()) {
            watch.waiting(source);
            awaitTurn(source, cancelled);
        }
        try (ProfileLock lock = ProfileLock.take(profile, source, cancelled, watch)) {
            watch.converting(source);
            Path pdf = run(soffice, source, cancelled);
            watch.converted(pdf);
            return pdf;
        } finally {
            TURN.release();
        }
    }

    private static void awaitTurn(Path source, BooleanSupplier cancelled) {
        try {
            while (!TURN.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    throw cancelledWhile(source);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelledWhile(source);
        }
    }

    private Path run(Path soffice, Path source, BooleanSupplier cancelled) {
        Path work = null;
        try {
            work = Files.createTempDirectory(org.planledger.store.Leftovers.temporaryPrefix("pdf"));
            Path log = work.resolve("soffice.log");
            Path out = Files.createDirectory(work.resolve("out"));
            List<String> command = List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                    "--convert-to", "pdf", "--outdir", out.toString(), source.toString());
            Process p;
            try {
                p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw failed(Text.of("document.pdf.start", soffice.toString(), detail(e)), e);
            }
            int exit = await(p, source, cancelled);
            Path made = out.resolve(pdfName(source));
            if (!Files.isRegularFile(made) || Files.size(made) == 0) {
                throw failed(Text.of("document.pdf.failed", source.getFileName().toString(), String.valueOf(exit),
                        lastLines(log)), null);
            }
            return putInPlace(made, source.resolveSibling(pdfName(source)));
        } catch (IOException e) {
            throw failed(Text.of("document.pdf.io", source.getFileName().toString(), detail(e)), e);
        } finally {
            deleteTree(work);
        }
    }

    /** Waits for LibreOffice to end; past the timeout, or when given up, it is stopped with what it started. */
    private int await(Process p, Path source, BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    stop(p);
                    throw cancelledWhile(source);
                }
                if (System.nanoTime() - deadline > 0) {
                    stop(p);
                    throw new PdfException(PdfException.Reason.TIMED_OUT, Text.of("document.pdf.timedOut",
                            source.getFileName().toString(), timeout.toSeconds()), null);
                }
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            stop(p);
            Thread.currentThread().interrupt();
            throw cancelledWhile(source);
        }
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies beside the target, then moves over it in one step: a PDF open in a viewer stays whole. */
    private static Path putInPlace(Path made, Path target) {
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".~planledger" + Leftovers.processTag(), ".pdf.tmp");
            Files.copy(made, temp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (FileSystemException e) {
            throw failed(Text.of("document.pdf.inUse", target.toString()), e);
        } catch (IOException e) {
            throw failed(Text.of("document.pdf.io", target.toString(), detail(e)), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is swept by Leftovers on a later start
                }
            }
        }
    }

    static String pdfName(Path docx) {
        String name = docx.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".pdf";
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, java.nio.charset.Charset.defaultCharset()).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            return lines.isEmpty() ? "—" : String.join(" ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "—";
        }
    }

    private static String detail(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static PdfException failed(Text problem, Throwable cause) {
        return new PdfException(PdfException.Reason.FAILED, problem, cause);
    }

    private static PdfException cancelledWhile(Path source) {
        return new PdfException(PdfException.Reason.CANCELLED,
                Text.of("document.pdf.cancelled", source.getFileName().toString()), null);
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind: the system's temp cleaning takes it
        }
    }

    /**
     * The profile held by one program at a time: the command line and the app on one PC share it,
     * and LibreOffice on a profile in use hands the request to the other process.
     */
    private static final class ProfileLock implements AutoCloseable {

        private final FileChannel channel;
        private final FileLock lock;

        private ProfileLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static ProfileLock take(Path profile, Path source, BooleanSupplier cancelled, Watch watch) {
            FileChannel channel = null;
            try {
                Files.createDirectories(profile.getParent());
                Path lockFile = profile.resolveSibling(profile.getFileName() + ".lock");
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                boolean told = false;
                while (true) {
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        return new ProfileLock(channel, lock);
                    }
                    if (!told) {
                        watch.waiting(source);
                        told = true;
                    }
                    if (cancelled.getAsBoolean()) {
                        throw cancelledWhile(source);
                    }
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly(channel);
                throw cancelledWhile(source);
            } catch (IOException e) {
                closeQuietly(channel);
                throw failed(Text.of("document.pdf.io", profile.toString(), detail(e)), e);
            } catch (RuntimeException e) {
                closeQuietly(channel);
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel's close below releases it too
            }
            closeQuietly(channel);
        }

        private static void closeQuietly(FileChannel c) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // nothing more to release
                }
            }
        }
    }
}
