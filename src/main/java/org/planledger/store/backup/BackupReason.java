package org.planledger.store.backup;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup was taken; the code is part of its file name. */
public enum BackupReason {
    /** Asked for by the user; never pruned. */
    MANUAL("manual"),
    /** The first start of a day. */
    DAILY("daily"),
    /** Before a plan import. */
    IMPORT("import"),
    /** Before progress reports or fill-in workbooks were merged. */
    MERGE("merge"),
    /** Before a newer department package refreshed a department ledger. */
    PACKAGE("package"),
    /** Before the schema was upgraded by a newer PlanLedger. */
    UPGRADE("upgrade"),
    /** The ledger as it was just before a restore replaced it. */
    RESTORE("restore");

    private final String code;

    BackupReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Automatic backups are the rolling ones: only the newest few are kept. */
    public boolean automatic() {
        return this != MANUAL;
    }

    static Optional<BackupReason> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
