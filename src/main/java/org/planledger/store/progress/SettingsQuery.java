package org.planledger.store.progress;

import org.planledger.store.Json;
import org.planledger.store.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.planledger.model.LightRules;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingCycle;

/** The manager's light rules and reporting cycle, kept in the ledger so every PC agrees. */
public final class SettingsQuery {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RULES = "light-rules";
    private static final String CYCLE = "reporting-cycle";

    private final Connection c;

    public SettingsQuery(Connection c) {
        this.c = c;
    }

    public LightRules rules() throws SQLException {
        String json = value(RULES);
        if (json == null) {
            return LightRules.DEFAULT;
        }
        try {
            var n = MAPPER.readTree(json);
            return new LightRules(n.path("dueSoonDays").asInt(), n.path("behindYellowPoints").asInt(),
                    n.path("behindRedPoints").asInt(), n.path("scheduleRule").asBoolean(), n.path("reportingRule").asBoolean());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return LightRules.DEFAULT;
        }
    }

    public ReportingCycle cycle() throws SQLException {
        String json = value(CYCLE);
        if (json == null) {
            return ReportingCycle.DEFAULT;
        }
        try {
            var n = MAPPER.readTree(json);
            return new ReportingCycle(PeriodKind.valueOf(n.path("kind").asText()), n.path("dueDay").asInt());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return ReportingCycle.DEFAULT;
        }
    }

    public void setRules(LightRules rules) throws SQLException {
        put(RULES, Json.write(rules));
    }

    public void setCycle(ReportingCycle cycle) throws SQLException {
        put(CYCLE, Json.write(java.util.Map.of("kind", cycle.kind().name(), "dueDay", cycle.dueDay())));
    }

    private String value(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM ledger_setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void put(String key, String json) throws SQLException {
        Sql.update(c, "INSERT INTO ledger_setting (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, json);
    }
}
