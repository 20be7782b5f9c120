package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planledger.ui.common.ChineseNumber;
import org.planledger.ui.common.CjkFont;
import org.planledger.ui.common.Theme;

/** The command line, the font choice and Chinese numerals. */
class SmallPartsTest {

    @Test
    void argumentsNameTheLedgerAndTheLanguage() {
        AppArguments a = AppArguments.parse(List.of("--ledger", "/tmp/x.planledger", "--lang=en"));
        assertEquals(Optional.of(Path.of("/tmp/x.planledger")), a.ledger());
        assertEquals(Optional.of("en"), a.language());
        assertTrue(a.ignored().isEmpty());
        AppArguments b = AppArguments.parse(List.of("--lang", "zh", "--verbose", "--ledger"));
        assertEquals(Optional.of("zh-CN"), b.language());
        assertEquals(Optional.empty(), b.ledger());
        assertEquals(List.of("--verbose", "--ledger"), b.ignored());
        assertTrue(!a.smoke() && !b.smoke());
        AppArguments smoke = AppArguments.parse(List.of("--smoke", "--ledger", "/tmp/y.planledger"));
        assertTrue(smoke.smoke());
        assertEquals(Optional.of(Path.of("/tmp/y.planledger")), smoke.ledger());
        assertTrue(smoke.ignored().isEmpty());
        AppArguments opened = AppArguments.parse(List.of("/home/li/区水务局-任务包-2026-11-29-1.plpkg", "D:\\报告\\x.PLRPT",
                "notes.txt"));
        assertEquals(List.of(Path.of("/home/li/区水务局-任务包-2026-11-29-1.plpkg"), Path.of("D:\\报告\\x.PLRPT")),
                opened.files(), "a double-clicked package or report is opened");
        assertEquals(List.of("notes.txt"), opened.ignored());
        AppArguments team = AppArguments.parse(List.of("--ledger=postgresql://db.tq.gov:5432/ledger?user=shuiwu01"));
        assertEquals(Optional.of("postgresql://db.tq.gov:5432/ledger?user=shuiwu01"), team.team(),
                "a team ledger's address is kept as typed, not made a file path");
        assertEquals(Optional.empty(), team.ledger());
    }

    @Test
    void theFirstPreferredInstalledCjkFamilyIsPicked() {
        assertEquals(Optional.of("Noto Sans CJK SC"),
                CjkFont.pick(List.of("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC")));
        assertEquals(Optional.of("Microsoft YaHei"), CjkFont.pick(List.of("SimSun", "Microsoft YaHei", "Arial")));
        assertEquals(Optional.of("wenquanyi micro hei"), CjkFont.pick(List.of("wenquanyi micro hei")),
                "matched whatever the case, named as installed");
        assertEquals(Optional.empty(), CjkFont.pick(List.of("DejaVu Sans", "Liberation Serif")));
    }

    @Test
    void theFontFamilyIsNamedOnTheRoot() {
        assertEquals("-fx-font-family: \"Noto Sans CJK SC\";", new Theme(Optional.of("Noto Sans CJK SC")).rootStyle());
        assertEquals("", new Theme(Optional.empty()).rootStyle(), "no CJK family found: JavaFX's own fallback");
    }

    @Test
    void chineseNumeralsAsInHeadings() {
        assertEquals("一", ChineseNumber.of(1));
        assertEquals("十", ChineseNumber.of(10));
        assertEquals("十二", ChineseNumber.of(12));
        assertEquals("二十", ChineseNumber.of(20));
        assertEquals("三十五", ChineseNumber.of(35));
        assertEquals("100", ChineseNumber.of(100));
    }
}
