package org.planledger.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.planledger.i18n.Text;

/**
 * Where a team ledger lives: a PostgreSQL database named as PostgreSQL's own tools name one,
 * {@code postgresql://host:5432/db?user=shuiwu01} (or {@code postgres://}). The password comes from
 * the URL's {@code password=}, else {@code PGPASSWORD}, else {@code ~/.pgpass} (read by the driver),
 * else the app asks for it; it is never part of {@link #toString()}.
 *
 * @param host       the server's name or address
 * @param port       its port (5432 when not given)
 * @param database   the database holding the ledger
 * @param user       the login; null lets the driver use the system user's name
 * @param password   the password, when the URL or the environment gave one
 * @param parameters the rest of the query ({@code sslmode}, {@code sslrootcert}, …), passed to the driver
 */
public record TeamAddress(String host, int port, String database, String user, String password,
                          Map<String, String> parameters) {

    public static final int DEFAULT_PORT = 5432;

    /** Whether {@code text} names a team ledger rather than a ledger file. */
    public static boolean isTeamAddress(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /**
     * Reads {@code text}; {@code environment} supplies {@code PGPASSWORD} when the URL has no
     * password (pass {@code System.getenv()} from an entry point). A malformed address is refused in words.
     */
    public static TeamAddress parse(String text, Map<String, String> environment) {
        if (!isTeamAddress(text)) {
            throw new StoreException(Text.of("store.team.badAddress", String.valueOf(text)));
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new StoreException(Text.of("store.team.badAddress", text), e);
        }
        String host = uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (host == null || host.isBlank() || path.isBlank() || path.contains("/")) {
            throw new StoreException(Text.of("store.team.badAddress", text));
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                query.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String user = query.remove("user");
        String password = query.remove("password");
        if (uri.getRawUserInfo() != null) {
            String[] info = uri.getRawUserInfo().split(":", 2);
            user = user != null ? user : decode(info[0]);
            password = password != null ? password : info.length > 1 ? decode(info[1]) : null;
        }
        if (password == null && environment != null) {
            String fromEnvironment = environment.get("PGPASSWORD");
            password = fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment;
        }
        return new TeamAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), decode(path),
                user == null || user.isBlank() ? null : user, password, Map.copyOf(query));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The same address with this password (the one the user typed). */
    public TeamAddress withPassword(String typed) {
        return new TeamAddress(host, port, database, user, typed, parameters);
    }

    /** The same address logging in as {@code login} with {@code typed}. */
    public TeamAddress as(String login, String typed) {
        return new TeamAddress(host, port, database, login, typed, parameters);
    }

    /** The JDBC URL without user or password (they travel as connection properties). */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8));
        return url.toString();
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** How the ledger is named to people: {@code db（host:5432）}, no password. */
    public String displayName() {
        return database + " @ " + host + ":" + port;
    }

    /** The address as a user writes it, with the user but never the password. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("postgresql://").append(hostForUrl()).append(':').append(port).append('/').append(database);
        String sep = "?";
        if (user != null) {
            s.append(sep).append("user=").append(user);
            sep = "&";
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            s.append(sep).append(p.getKey()).append('=').append(p.getValue());
            sep = "&";
        }
        return s.toString();
    }

    public Optional<String> passwordGiven() {
        return Optional.ofNullable(password);
    }
}
