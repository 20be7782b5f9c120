package org.planledger.store.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.sqlite.LedgerSchema;
import org.planledger.store.sqlite.SqliteConnections;
import org.planledger.store.sqlite.SqliteCopy;

/**
 * A ledger file to be copied from ({@code server push}, a restore onto a team ledger), with the
 * checks a restore of a ledger file makes today: a file that is not a ledger, one from a newer
 * PlanLedger or a damaged one is refused before anything is touched; one from an older PlanLedger
 * is upgraded, in a copy (the user's file stays as it is). Read in one read transaction: a
 * window writing to the file meanwhile changes nothing of what is copied.
 */
final class SourceFile implements AutoCloseable {

    private final Path upgradedIn;
    private final Connection connection;

    private SourceFile(Path upgradedIn, Connection connection) {
        this.upgradedIn = upgradedIn;
        this.connection = connection;
    }

    static SourceFile open(Path file, Clock clock) {
        String name = file.getFileName().toString();
        int version = Files.isRegularFile(file) ? LedgerSchema.check(file) : 0;
        if (version == 0) {
            throw new StoreException(Text.of("store.error.notLedger", name));
        }
        SqliteCopy.requireIntact(file);
        Path read = file;
        Path dir = null;
        try {
            if (version < LedgerSchema.VERSION) {
                dir = Files.createTempDirectory(org.planledger.store.Leftovers.temporaryPrefix("upgrade"));
                read = dir.resolve(name);
                Ledger.copyClosed(file, read);
                Ledger.open(read, clock).close();
            }
            Connection c = SqliteConnections.toLookAt(read);
            c.setAutoCommit(false);
            return new SourceFile(dir, c);
        } catch (IOException | SQLException | RuntimeException e) {
            delete(dir);
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException(Text.of("store.error.cannotOpen", name, e.getMessage()), e);
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            // only read: nothing of the file's can be lost
        } finally {
            delete(upgradedIn);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary copy left in the system's temporary folder
        }
    }
}
