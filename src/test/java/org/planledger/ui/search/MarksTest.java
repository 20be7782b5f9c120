package org.planledger.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The searched words are marked in a hit, every time they occur, in any case; the rest is plain. */
class MarksTest {

    @Test
    void everyOccurrenceOfEachWordIsMarked() {
        assertEquals(List.of(new Marks.Part("消除城市", false), new Marks.Part("黑臭水体", true),
                        new Marks.Part("，防止", false), new Marks.Part("黑臭", true), new Marks.Part("反弹", false)),
                Marks.of("消除城市黑臭水体，防止黑臭反弹", "黑臭水体 黑臭"));
        assertEquals(List.of(new Marks.Part("治理", false), new Marks.Part("VOCs", true), new Marks.Part("排放", false)),
                Marks.of("治理VOCs排放", "vocs"));
        assertEquals(List.of(new Marks.Part("没有命中", false)), Marks.of("没有命中", "黑臭"));
    }
}
