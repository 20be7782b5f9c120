package org.planledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.store.Ledger;

/**
 * The two places a ledger lives, for tests that must hold on both ({@link BothBackends}): a ledger
 * file (SQLite) in the test's folder, or a team ledger (PostgreSQL), a database of its own on the
 * test server ({@link TestPostgres}). A test asks its backend for a ledger instead of naming a file.
 */
public enum Backend {

    SQLITE("ledger file (SQLite)") {
        @Override
        public TestLedger newLedger(Path dir, String name) {
            return TestLedger.file(dir.resolve(name));
        }

        @Override
        TestLedger copy(String template, Path dir, String name) {
            try {
                return TestLedger.file(Files.copy(Path.of(template), dir.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        String makeTemplate(LedgerTemplate template) {
            try {
                Path file = Files.createTempDirectory("planledger-template").resolve(template.name() + ".planledger");
                try (Ledger ledger = TestLedger.file(file).open()) {
                    template.prepare().accept(ledger);
                }
                return file.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },

    POSTGRESQL("team ledger (PostgreSQL)") {
        @Override
        public TestLedger newLedger(Path dir, String name) {
            return made(TestPostgres.newLedgerDatabase(name));
        }

        @Override
        TestLedger copy(String template, Path dir, String name) {
            return made(TestPostgres.copyOf(template, name));
        }

        @Override
        String makeTemplate(LedgerTemplate template) {
            String url = TestPostgres.newLedgerDatabase("template_" + template.name());
            try (Ledger ledger = TestLedger.team(url).open()) {
                template.prepare().accept(ledger);
            }
            return TestPostgres.databaseName(url);
        }

        private TestLedger made(String url) {
            synchronized (MADE) {
                MADE.add(TestPostgres.databaseName(url));
            }
            return TestLedger.team(url);
        }
    };

    /** Databases made for tests and not yet dropped (see {@link TestDatabases}). */
    static final List<String> MADE = new ArrayList<>();
    private static final Map<String, String> TEMPLATES = new HashMap<>();

    private final String label;

    Backend(String label) {
        this.label = label;
    }

    /**
     * A new ledger holding the schema and nothing else: what {@code Ledger.open} makes of a new file
     * (created when first opened), or what {@code server init} leaves. {@code name} names the file.
     */
    public abstract TestLedger newLedger(Path dir, String name);

    /** A new ledger, opened with the test clock. */
    public Ledger open(Path dir, String name) {
        return newLedger(dir, name).open();
    }

    /**
     * A copy of the ledger {@code template} prepares, as a copied file: same rows, same identity.
     * The template itself is prepared once per test JVM and backend.
     */
    public TestLedger copyOf(LedgerTemplate template, Path dir, String name) {
        return copy(prepare(template), dir, name);
    }

    /** Prepares {@code template} on this backend unless it already is; what to copy it from. */
    public String prepare(LedgerTemplate template) {
        synchronized (TEMPLATES) {
            String key = name() + "/" + template.name();
            String made = TEMPLATES.get(key);
            if (made == null) {
                made = makeTemplate(template);
                TEMPLATES.put(key, made);
            }
            return made;
        }
    }

    abstract TestLedger copy(String template, Path dir, String name);

    /** The template prepared, as a file path or a database name. */
    abstract String makeTemplate(LedgerTemplate template);

    @Override
    public String toString() {
        return label;
    }
}
