package org.planledger.store.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The team ledger's schema: the migrations in {@code db/postgresql}, kept in step with the ledger
 * file's (SchemaParityTest), applied by Flyway's PostgreSQL support.
 */
public final class TeamSchema {

    public static final String MIGRATIONS = "classpath:db/postgresql";

    private TeamSchema() {
    }

    /** The schema version in the database behind {@code c}; 0 when Flyway never ran there. */
    public static int versionOf(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(CAST(version AS integer)), 0) FROM flyway_schema_history "
                     + "WHERE success AND version IS NOT NULL")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the schema at {@code address} to the newest version, logged in as its owner. */
    public static void migrate(org.planledger.store.TeamAddress address) {
        migrate(new AddressDataSource(address));
    }

    /** Brings the schema to the newest version, through {@code dataSource} (the owner's login). */
    public static void migrate(DataSource dataSource) {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Flyway.configure(TeamSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }
}
