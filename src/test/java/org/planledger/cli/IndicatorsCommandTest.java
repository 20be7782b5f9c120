package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;

/** {@code indicators}: the list, and values and judgements written for scripts; on both backends. */
@BothBackends
class IndicatorsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private static JsonNode list(String ledger) throws Exception {
        CliRun run = CliRun.of("indicators", "--ledger", ledger, "--json");
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        return JSON.readTree(run.out()).get("indicators");
    }

    @Test
    void pm25AgainstTheStraightPath() throws Exception {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();
        JsonNode all = list(ledger);
        assertEquals(20, all.size());
        JsonNode pm = all.get(0);
        assertEquals(1, pm.get("number").asInt());
        assertTrue(pm.get("name").asText().contains("PM2.5"));
        assertEquals("52", pm.get("baseline").asText());
        assertEquals("42", pm.get("target").asText());
        assertEquals("LOWER_BETTER", pm.get("direction").asText());
        assertEquals("NO_DATA", pm.get("verdict").asText());

        CliRun record = CliRun.of("indicators", "record", "--ledger", ledger, "--number", "1", "--year", "2023",
                "--value", "45", "--source", "区环境监测站");
        assertEquals(ExitCodes.OK, record.code(), record::toString);
        assertTrue(record.out().contains("评价：符合序时进度。"), record::toString);
        pm = list(ledger).get(0);
        assertEquals("ON_TRACK", pm.get("verdict").asText());
        assertEquals("符合序时进度", pm.get("verdictName").asText());
        assertEquals("46", pm.get("expected").toString());
        assertEquals(2023, pm.get("latestYear").asInt());

        assertEquals(ExitCodes.OK, CliRun.of("indicators", "record", "--ledger", ledger, "--number", "1", "--year",
                "2023", "--value", "47").code());
        pm = list(ledger).get(0);
        assertEquals("BEHIND", pm.get("verdict").asText());
        assertEquals("滞后于序时进度", pm.get("verdictName").asText());
        assertEquals("47", pm.get("latestValue").toString());

        CliRun table = CliRun.of("indicators", "--ledger", ledger);
        assertEquals(ExitCodes.OK, table.code(), table::toString);
        assertTrue(table.lines().stream().anyMatch(l -> l.contains("PM2.5") && l.contains("2023年：47")
                && l.contains("滞后于序时进度") && l.contains("越低越好")), table::toString);
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        String ledger = CliRun.seeded(backend, dir, "l.planledger").argument();
        String listBefore = list(ledger).toString();

        CliRun bad = CliRun.of("indicators", "record", "--ledger", ledger, "--number", "1", "--year", "2023",
                "--value", "四十五");
        assertEquals(ExitCodes.BAD_INPUT, bad.code(), bad::toString);
        assertTrue(bad.err().contains("不是数值"), bad::toString);
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("indicators", "record", "--ledger", ledger, "--number", "1",
                "--year", "2030", "--value", "45").code());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("indicators", "record", "--ledger", ledger, "--number", "99",
                "--year", "2023", "--value", "45").code());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("indicators", "judge", "--ledger", ledger, "--number", "1",
                "--verdict", "met", "--reason", "按监测数据").code(), "PM2.5 is computed");
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("indicators", "judge", "--ledger", ledger, "--number", "4",
                "--verdict", "great", "--reason", "x").code());
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("indicators", "judge", "--ledger", ledger, "--number", "4",
                "--verdict", "met", "--reason", " ").code());
        assertEquals(listBefore, list(ledger).toString());

        CliRun judged = CliRun.of("indicators", "judge", "--ledger", ledger, "--number", "4", "--verdict", "met",
                "--reason", "劣Ⅴ类水体已全面消除", "--date", "2026-01-15");
        assertEquals(ExitCodes.OK, judged.code(), judged::toString);
        JsonNode four = list(ledger).get(3);
        assertEquals("MET", four.get("verdict").asText());
        assertEquals("人工研判（2026年1月15日）：劣Ⅴ类水体已全面消除", four.get("reason").asText());
    }
}
