package org.planledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RomanNumeralsTest {

    @Test
    void romanNumeralSignsAreSpelledInLatinLettersAndTheRestIsKept() {
        assertEquals("地表水省控以上断面劣V类水体比例", RomanNumerals.toLatin("地表水省控以上断面劣Ⅴ类水体比例"));
        assertEquals("达到或优于III类、IV类、XII、viii", RomanNumerals.toLatin("达到或优于Ⅲ类、Ⅳ类、Ⅻ、ⅷ"));
        assertEquals("第五章 V类", RomanNumerals.toLatin("第五章 V类"));
        assertNull(RomanNumerals.toLatin(null));
    }
}
