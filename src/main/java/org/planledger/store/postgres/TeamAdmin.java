package org.planledger.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.planledger.i18n.Text;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;
import org.planledger.store.TeamErrors;
import org.planledger.store.sqlite.LedgerSchema;

/**
 * {@code server init}: makes a database a team ledger, or brings one up to date — the schema
 * through Flyway, then the two roles and their privileges. Run as the database's owner with the
 * right to create roles; running it again changes nothing.
 */
public final class TeamAdmin {

    /** What an init did: the schema version before and after, and whether the roles were new. */
    public record InitResult(int versionBefore, int versionAfter, boolean rolesCreated, String managerRole,
                             String departmentRole) {
    }

    private TeamAdmin() {
    }

    public static InitResult init(TeamAddress address) {
        TeamRoles roles = TeamRoles.of(address.database());
        int before;
        try (Connection c = connect(address)) {
            DatabaseFitness.check(c, address);
            before = TeamSchema.versionOf(c);
            if (before > LedgerSchema.VERSION) {
                throw new StoreException(Text.of("store.error.newerLedger", address.displayName(), before, LedgerSchema.VERSION));
            }
        } catch (SQLException e) {
            throw TeamErrors.write(address, e);
        }
        try {
            TeamSchema.migrate(address);
        } catch (FlywayException e) {
            throw new StoreException(Text.of("store.team.admin.migrate", address.displayName(), e.getMessage()), e);
        }
        try (Connection c = connect(address)) {
            c.setAutoCommit(false);
            try {
                boolean created = TeamGrants.createRoles(c, roles);
                TeamGrants.grant(c, address.database(), roles);
                int after = TeamSchema.versionOf(c);
                c.commit();
                return new InitResult(before, after, created, roles.manager(), roles.department());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw TeamErrors.write(address, e);
        }
    }

    static Connection connect(TeamAddress address) {
        try {
            return TeamConnections.open(address);
        } catch (SQLException e) {
            throw TeamErrors.cannotConnect(address, e);
        }
    }
}
