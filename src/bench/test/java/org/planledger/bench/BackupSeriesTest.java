package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.testing.TestClock;

/** {@code bench --only-backup}: backup, describe and restore measured on the shipped plan with five years of progress. */
class BackupSeriesTest {

    @TempDir
    Path dir;

    @Test
    void theShippedPlanIsBackedUpAndRestored() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchCommand.execute(new String[] {"--only-backup", "--skip-synthetic", "--warmup", "0", "--runs", "1",
                "--out", dir.toString()}, new PrintWriter(out, true), new PrintWriter(err, true), TestClock.get());
        assertEquals(0, code, err::toString);
        JsonNode results = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        List<String> ids = new ArrayList<>();
        results.get("results").forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(List.of("shipped.backup.create", "shipped.backup.describe", "shipped.backup.restore"), ids);
        assertTrue(out.toString().contains("任务 129 项，进展记录"), out::toString);
    }
}
