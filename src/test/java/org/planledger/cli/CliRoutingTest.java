package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CliRoutingTest {

    @Test
    void commandsRunWithoutAWindowAndEverythingElseOpensTheApp() {
        assertFalse(Cli.isCommand(new String[0]));
        assertFalse(Cli.isCommand(new String[] {"--ledger", "x.planledger"}));
        assertFalse(Cli.isCommand(new String[] {"--ledger", "stats"}), "a ledger file named stats");
        assertFalse(Cli.isCommand(new String[] {"--lang", "en", "--ledger=a.planledger"}));
        assertFalse(Cli.isCommand(new String[] {"some-file.planledger"}));
        assertTrue(Cli.isCommand(new String[] {"stats"}));
        assertTrue(Cli.isCommand(new String[] {"--lang", "en", "import", "plan.txt"}));
        assertTrue(Cli.isCommand(new String[] {"--ledger=a.planledger", "plans"}));
        assertTrue(Cli.isCommand(new String[] {"stats", "--json"}));
        assertTrue(Cli.isCommand(new String[] {"--help"}));
    }

    @Test
    void everyCommandLineKeyIsInBothLanguages() throws IOException {
        Set<String> zh = keys("/i18n/messages.properties");
        Set<String> en = keys("/i18n/messages_en.properties");
        assertFalse(zh.isEmpty());
        assertEquals(zh, en);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliRoutingTest.class.getResourceAsStream(resource);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("cli.") || k.startsWith("report."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
