package org.planledger.app;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One process's hold on a ledger file, so that two PlanLedger windows never write the same ledger.
 * <p>The holder keeps an exclusive OS lock on {@code <ledger>.lock} beside the ledger (released by
 * the OS when the process dies, which a marker file would not be) and listens on a loopback
 * socket whose port, with a random token, it writes into that file. A second start on the same
 * ledger finds the lock held, reads port and token, and asks the holder to {@code show} its
 * window; only a process that can read the lock file (the same user) knows the token.
 * <p>The OS lock covers one byte far past the text: Windows locks are mandatory, and a lock over
 * the text would keep the second start from reading the port. The file is emptied, never deleted,
 * on release: deleting it would let a process that opened the old file lock a file nobody else sees.
 * <p>Within one JVM a lock file is opened once (closing any channel on a file drops all of the
 * process' POSIX locks on it), hence the table of locks held here.
 */
public final class LedgerLock implements AutoCloseable {

    public static final String SUFFIX = ".lock";
    /** The lock file's line that says a command-line write holds the ledger. */
    private static final String COMMAND = "command";

    private static final System.Logger LOG = System.getLogger(LedgerLock.class.getName());
    private static final long LOCK_POSITION = 1L << 30;
    private static final String MAGIC = "PLANLEDGER-LOCK 1";
    private static final String SHOW = "show";
    private static final int TIMEOUT_MS = 3000;
    private static final int MAX_ARGS = 64;
    /** The locks this JVM holds, by lock file. */
    private static final Map<Path, LedgerLock> HELD = new ConcurrentHashMap<>();

    /** What a start on a ledger found. */
    public sealed interface Outcome permits Acquired, Shown, Held {
    }

    /** This process now holds the ledger. */
    public record Acquired(LedgerLock lock) implements Outcome {
    }

    /** Another PlanLedger holds it and brought its window to the front. */
    public record Shown(Path ledger) implements Outcome {
    }

    /** Another process holds it and could not be asked (or was not asked) to show itself. */
    public record Held(Path ledger) implements Outcome {
    }

    private final Path ledger;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private volatile Consumer<List<String>> onShow;

    private LedgerLock(Path ledger, Path lockFile, FileChannel channel, FileLock lock, Consumer<List<String>> onShow)
            throws IOException {
        this.ledger = ledger;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.onShow = onShow;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
        // a command has no window to show: it writes no port, so a start waits, then is told
        this.server = onShow == null ? null : new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        String text = MAGIC + (server == null ? "\n" + COMMAND + "=true" : "\nport=" + server.getLocalPort() + "\ntoken=" + token)
                + "\npid=" + ProcessHandle.current().pid() + "\nledger=" + ledger + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        if (server != null) {
            Thread listener = new Thread(this::listen, "planledger-ledger-lock");
            listener.setDaemon(true);
            listener.start();
        }
    }

    /**
     * Takes the ledger for a command-line write, for as long as it runs: a window started
     * meanwhile is told the ledger is busy instead of opening it. Empty if anyone holds it.
     */
    public static Optional<LedgerLock> holdForCommand(Path ledger) {
        return take(ledger, null);
    }

    /** Whether the ledger is held by a command-line write (rather than a window). */
    public static boolean heldByCommand(Path ledger) {
        Path lockFile = lockFileOf(ledger);
        LedgerLock own = HELD.get(lockFile);
        if (own != null) {
            return own.server == null;
        }
        try {
            return Files.readAllLines(lockFile, StandardCharsets.UTF_8).contains(COMMAND + "=true");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the ledger is held by a window: only a window writes where it listens. A lock file
     * without that (a command's, or one not written yet or already emptied) is no window's.
     */
    public static boolean heldByWindow(Path ledger) {
        Path lockFile = lockFileOf(ledger);
        LedgerLock own = HELD.get(lockFile);
        if (own != null) {
            return own.server != null;
        }
        try {
            return Files.readAllLines(lockFile, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith("port="));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The lock file beside {@code ledger}: {@code ledger.planledger.lock}. */
    public static Path lockFileOf(Path ledger) {
        Path file = canonical(ledger);
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    /** The ledger's path as every process spells it (links resolved where the file exists). */
    static Path canonical(Path ledger) {
        Path file = ledger.toAbsolutePath().normalize();
        try {
            return Files.exists(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            return file;
        }
    }

    /**
     * Takes the ledger for this process, or finds who has it. When another process holds it and
     * {@code showArgs} is given, that process is asked to show its window. A lock held for a moment
     * by a command-line check, or by a window still starting (no port written yet), is waited for
     * up to about two seconds.
     *
     * @param onShow told (on the lock's listener thread) the arguments of a later start that asked to be shown
     */
    public static Outcome acquire(Path ledger, List<String> showArgs, Consumer<List<String>> onShow) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            Optional<LedgerLock> taken = tryAcquire(ledger, onShow);
            if (taken.isPresent()) {
                return new Acquired(taken.get());
            }
            Optional<Contact> contact = contact(ledger);
            if (contact.isPresent() && showArgs != null && contact.get().show(showArgs)) {
                return new Shown(canonical(ledger));
            }
            if ((contact.isPresent() && showArgs == null) || System.nanoTime() > deadline) {
                return new Held(canonical(ledger));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Held(canonical(ledger));
            }
        }
    }

    /** Takes the ledger for this process if nobody holds it; empty if someone (this process included) does. */
    public static Optional<LedgerLock> tryAcquire(Path ledger, Consumer<List<String>> onShow) {
        return take(ledger, java.util.Objects.requireNonNull(onShow));
    }

    /** onShow null: a command's hold, without a listener. */
    private static Optional<LedgerLock> take(Path ledger, Consumer<List<String>> onShow) {
        Path file = canonical(ledger);
        Path lockFile = lockFileOf(file);
        synchronized (HELD) {
            if (HELD.containsKey(lockFile)) {
                return Optional.empty();
            }
            FileChannel channel = null;
            try {
                Files.createDirectories(lockFile.getParent());
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                ownerOnly(lockFile);
                FileLock lock = channel.tryLock(LOCK_POSITION, 1, false);
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                LedgerLock held = new LedgerLock(file, lockFile, channel, lock, onShow);
                HELD.put(lockFile, held);
                return Optional.of(held);
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                return Optional.empty();
            } catch (IOException e) {
                closeQuietly(channel);
                throw LedgerNotWritableException.of(lockFile, e);
            }
        }
    }

    /**
     * Whether a process holds the ledger (a window that has it open, this JVM's included). Takes the
     * lock for a moment to find out; a window starting in that moment waits for it ({@link #acquire}).
     */
    public static boolean isHeld(Path ledger) {
        Path lockFile = lockFileOf(ledger);
        synchronized (HELD) {
            if (HELD.containsKey(lockFile)) {
                return true;
            }
            if (!Files.exists(lockFile)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock(LOCK_POSITION, 1, false);
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            } catch (OverlappingFileLockException e) {
                return true;
            } catch (IOException e) {
                // a lock file we cannot even open: not a PlanLedger window's doing
                LOG.log(Level.WARNING, "cannot check the ledger lock {0}: {1}", lockFile, e.getMessage());
                return false;
            }
        }
    }

    /** Whether a process other than this one holds the ledger. */
    public static boolean isHeldElsewhere(Path ledger) {
        return !HELD.containsKey(lockFileOf(ledger)) && isHeld(ledger);
    }

    public Path ledger() {
        return ledger;
    }

    public Path lockFile() {
        return lockFile;
    }

    /** Whether this lock is for {@code file}. */
    public boolean isFor(Path file) {
        return lockFile.equals(lockFileOf(file));
    }

    /** Who is told when a later start asks this process to show itself. */
    public void onShow(Consumer<List<String>> handler) {
        this.onShow = handler;
    }

    /** Stops listening, empties the lock file and lets go of the lock. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (HELD.get(lockFile) != this) {
                return;
            }
            HELD.remove(lockFile);
            try {
                if (server != null) {
                    server.close();
                }
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the lock socket", e);
            }
            try {
                channel.truncate(0);
                lock.release();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "releasing the ledger lock {0}: {1}", lockFile, e.getMessage());
            } finally {
                closeQuietly(channel);
            }
        }
    }

    private void listen() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MS);
                DataInputStream in = new DataInputStream(s.getInputStream());
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                boolean ours = MAGIC.equals(in.readUTF()) & MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), in.readUTF().getBytes(StandardCharsets.UTF_8));
                String command = in.readUTF();
                int n = in.readInt();
                if (!ours || !SHOW.equals(command) || n < 0 || n > MAX_ARGS) {
                    out.writeUTF("refused");
                    out.flush();
                    continue;
                }
                List<String> args = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    args.add(in.readUTF());
                }
                Consumer<List<String>> handler = onShow;
                try {
                    if (handler != null) {
                        handler.accept(List.copyOf(args));
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "showing the window for another start failed", e);
                }
                // answered once the holder was told: the asking start may end now
                out.writeUTF("ok");
                out.flush();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.DEBUG, "a bad request on the ledger lock socket", e);
                }
            }
        }
    }

    /** Where the holder listens, as its lock file says. */
    private record Contact(int port, String token) {

        boolean show(List<String> args) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
                s.setSoTimeout(TIMEOUT_MS);
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                out.writeUTF(MAGIC);
                out.writeUTF(token);
                out.writeUTF(SHOW);
                List<String> sent = args.size() > MAX_ARGS ? args.subList(0, MAX_ARGS) : args;
                out.writeInt(sent.size());
                for (String a : sent) {
                    out.writeUTF(a);
                }
                out.flush();
                return "ok".equals(new DataInputStream(s.getInputStream()).readUTF());
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "the window holding the ledger does not answer", e);
                return false;
            }
        }
    }

    private static Optional<Contact> contact(Path ledger) {
        Path lockFile = lockFileOf(ledger);
        LedgerLock own = HELD.get(lockFile);
        if (own != null) {
            // never read our own lock file: closing that read would drop our lock (POSIX)
            return own.server == null ? Optional.empty() : Optional.of(new Contact(own.server.getLocalPort(), own.token));
        }
        try {
            List<String> lines = Files.readAllLines(lockFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !MAGIC.equals(lines.get(0))) {
                return Optional.empty();
            }
            Integer port = null;
            String token = null;
            for (String line : lines) {
                if (line.startsWith("port=")) {
                    port = Integer.valueOf(line.substring(5).strip());
                } else if (line.startsWith("token=")) {
                    token = line.substring(6).strip();
                }
            }
            return port != null && token != null ? Optional.of(new Contact(port, token)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the file inherits the user's profile folder's rights
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the lock file", e);
            }
        }
    }
}
