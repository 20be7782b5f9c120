package org.planledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Clicking a header sorts as a reader expects: 5.3.10 after 5.3.9, 9.5 before 10, 城管局 before 水务局. */
class TableOrderTest {

    private static final Collator CHINA = Collator.getInstance(Locale.CHINA);

    private static List<String> sorted(java.util.Comparator<String> order, String... values) {
        List<String> list = new ArrayList<>(Arrays.asList(values));
        list.sort(order);
        return list;
    }

    @Test
    void codesAndDatesNaturally() {
        assertEquals(List.of("5.3.2", "5.3.9", "5.3.10", "10.1.1"), sorted(TableOrder.natural(), "5.3.10", "10.1.1", "5.3.9", "5.3.2"));
        assertEquals(List.of("2023年：9.5", "2023年：45", "2024年：3"), sorted(TableOrder.natural(), "2024年：3", "2023年：45", "2023年：9.5"));
    }

    @Test
    void figuresAsNumbersAndWordsAfterThem() {
        List<String> figures = sorted(TableOrder.figures(CHINA), "全面消除", "65.8", "10", "9.5");
        assertEquals(List.of("9.5", "10", "65.8", "全面消除"), figures, "as text, 10 would come before 9.5");
    }

    @Test
    void chineseByPinyinAndEmptyCellsLast() {
        assertEquals(List.of("城管局", "水务局", "住建局", ""), sorted(TableOrder.text(CHINA), "住建局", "", "水务局", "城管局"));
    }
}
