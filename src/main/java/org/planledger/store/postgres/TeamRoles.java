package org.planledger.store.postgres;

import java.nio.charset.StandardCharsets;

/**
 * The two group roles of one team ledger. Role names belong to the whole server, not to a
 * database, so they are made from the database's name: two ledgers on one server never share one.
 * Neither can log in; a person's login is made a member of one of them ({@code server user add}).
 */
record TeamRoles(String manager, String department) {

    /** PostgreSQL's longest name, in bytes (NAMEDATALEN − 1); a longer one would be cut short silently. */
    static final int MAX_NAME_BYTES = 63;

    static TeamRoles of(String database) {
        return new TeamRoles(database + "_manager", database + "_department");
    }

    boolean fit() {
        return department.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES
                && manager.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
    }

    /** A name as SQL writes an identifier: quoted, so case and any character stay as they are. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
