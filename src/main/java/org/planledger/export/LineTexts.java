package org.planledger.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.model.ItemKey;
import org.planledger.store.rollup.LatestReport;
import org.planledger.store.rollup.SummaryQuery;

/**
 * The texts of the summary's items as the ledger's cursors hand them over, written straight to a
 * temporary file (owner-only, deleted when closed) and read back one item at a time when its row
 * is written, in whatever order the sheets need (outline, department, days late). Only where each
 * item's texts lie is kept in memory, so the 台账 of a city (127,700 rows of reports and measures)
 * takes no more heap than one plan's.
 */
final class LineTexts implements SummaryQuery.Sink, AutoCloseable {

    private static final int REPORT = 0;
    private static final int EVIDENCE = 1;
    private static final int MEASURES = 2;

    /** How many items' texts pass between two looks at whether the user cancelled. */
    private static final int CANCEL_EVERY = 2000;

    private final Map<ItemKey, Integer> position;
    private final Runnable cancelCheck;
    private int received;
    /** Per kind and item: where its record starts in the file, -1 when it has none; and its length. */
    private final long[][] at;
    private final int[][] length;
    private final Path file;
    private final OutputStream out;
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(1024);
    private final DataOutputStream recordOut = new DataOutputStream(record);
    private long written;
    private FileChannel in;
    private ByteBuffer buffer = ByteBuffer.allocate(8192);

    /**
     * Texts for {@code lines}; any other item's are passed over. {@code cancelCheck} is run every
     * so often while the texts come in and throws to stop the read.
     */
    LineTexts(List<SummaryLine> lines, Runnable cancelCheck) {
        this.cancelCheck = cancelCheck;
        position = new HashMap<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            position.put(lines.get(i).light().item().key(), i);
        }
        at = new long[3][lines.size()];
        length = new int[3][lines.size()];
        for (long[] a : at) {
            Arrays.fill(a, -1);
        }
        try {
            file = Files.createTempFile(org.planledger.store.Leftovers.temporaryPrefix("summary"), ".tmp");
            out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void report(ItemKey item, LatestReport report) {
        Integer i = position.get(item);
        if (i != null) {
            try {
                recordOut.writeLong(report.writtenOn().toEpochDay());
                string(report.progress());
                string(report.problems());
                string(report.nextSteps());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keep(REPORT, i);
        }
    }

    @Override
    public void evidence(ItemKey item, List<String> names) {
        Integer i = position.get(item);
        if (i != null) {
            strings(names);
            keep(EVIDENCE, i);
        }
    }

    @Override
    public void measures(long taskId, List<String> measures) {
        Integer i = position.get(ItemKey.task(taskId));
        if (i != null) {
            strings(measures);
            keep(MEASURES, i);
        }
    }

    /** The texts of the {@code index}th line, read back from the file. */
    SummaryTexts of(int index) {
        try {
            if (in == null) {
                out.close();
                in = FileChannel.open(file, StandardOpenOption.READ);
            }
            LatestReport report = null;
            ByteBuffer b = read(REPORT, index);
            if (b != null) {
                report = new LatestReport(LocalDate.ofEpochDay(b.getLong()), string(b), string(b), string(b));
            }
            b = read(EVIDENCE, index);
            List<String> evidence = b == null ? List.of() : strings(b);
            b = read(MEASURES, index);
            List<String> measures = b == null ? List.of() : strings(b);
            return new SummaryTexts(report, evidence, measures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the {@code line}'s texts are: its place among the lines given. */
    int indexOf(SummaryLine line) {
        return position.get(line.light().item().key());
    }

    /** The temporary file. */
    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            try {
                out.close();
            } finally {
                try {
                    if (in != null) {
                        in.close();
                    }
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // a temporary file left behind is no reason to fail an export that was written
        }
    }

    private void keep(int kind, int index) {
        if (++received % CANCEL_EVERY == 0) {
            cancelCheck.run();
        }
        try {
            at[kind][index] = written;
            length[kind][index] = record.size();
            record.writeTo(out);
            written += record.size();
            record.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ByteBuffer read(int kind, int index) throws IOException {
        long start = at[kind][index];
        if (start < 0) {
            return null;
        }
        int n = length[kind][index];
        if (buffer.capacity() < n) {
            buffer = ByteBuffer.allocate(Math.max(n, buffer.capacity() * 2));
        }
        buffer.clear().limit(n);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, start + buffer.position()) < 0) {
                throw new IOException("unexpected end of " + file);
            }
        }
        return buffer.flip();
    }

    private void strings(List<String> list) {
        try {
            recordOut.writeInt(list.size());
            for (String s : list) {
                string(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void string(String s) throws IOException {
        byte[] bytes = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        recordOut.writeInt(bytes.length);
        recordOut.write(bytes);
    }

    private static List<String> strings(ByteBuffer b) {
        int n = b.getInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(string(b));
        }
        return List.copyOf(list);
    }

    private static String string(ByteBuffer b) {
        int n = b.getInt();
        String s = new String(b.array(), b.position(), n, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }
}
