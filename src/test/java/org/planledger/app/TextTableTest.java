package org.planledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void terminalWidthCountsChineseTwice() {
        assertEquals(4, TextTable.width("abcd"));
        assertEquals(4, TextTable.width("规划"));
        assertEquals(20, TextTable.width("济天政字〔2023〕11号"));
        List<String> lines = TextTable.withHeaders("编号", "名称").align(0, TextTable.Align.RIGHT)
                .row(1, "天桥区规划").row(12, "plan").lines();
        assertEquals(List.of("编号  名称", "----  ----------", "   1  天桥区规划", "  12  plan"), lines);
    }
}
