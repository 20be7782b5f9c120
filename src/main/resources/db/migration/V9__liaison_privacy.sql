-- A team ledger's twin (db/postgresql/V9) lets a department's login read only its own liaison
-- officer's row: names and phone numbers of the other departments' liaisons are the manager's.
-- A ledger file has one user and its department ledgers hold only their own liaison already
-- (a package carries no other department's): nothing changes here. Kept as a version of its own
-- so both migration sets count alike (SchemaParityTest, LedgerSchema.VERSION).
SELECT 1;
