package org.planledger.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drops the team ledgers' databases a test made when it ends, and those a class made for all its
 * tests when the class ends, so hundreds of tests do not fill the test server's disk.
 */
final class TestDatabases implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(TestDatabases.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        synchronized (Backend.MADE) {
            context.getStore(HERE).put("first", Backend.MADE.size());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Integer first = context.getStore(HERE).get("first", Integer.class);
        dropFrom(first == null ? 0 : first);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dropFrom(0);
    }

    private static void dropFrom(int first) {
        List<String> gone;
        synchronized (Backend.MADE) {
            List<String> made = Backend.MADE.subList(first, Backend.MADE.size());
            gone = new ArrayList<>(made);
            made.clear();
        }
        gone.forEach(TestPostgres::drop);
    }
}
