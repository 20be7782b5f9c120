package org.planledger.exchange;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The manager's key per department (exchange_department), made the first time a package or a
 * fill-in workbook is issued to it: it seals packages and reports, and signs workbook rows.
 */
final class DepartmentKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DepartmentKeys() {
    }

    /** The department's secret (hex), created inside the caller's transaction if there is none yet. */
    static String secret(Connection c, long departmentId) throws SQLException {
        String secret = Db.string(c, "SELECT secret FROM exchange_department WHERE department_id = ?", departmentId);
        if (secret == null) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            secret = HexFormat.of().formatHex(key);
            Db.update(c, "INSERT INTO exchange_department (department_id, secret) VALUES (?, ?)", departmentId, secret);
        }
        return secret;
    }

    /** HMAC-SHA256 of the text under the secret, as hex. */
    static String sign(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(secret), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
