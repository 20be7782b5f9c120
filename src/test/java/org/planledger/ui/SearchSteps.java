package org.planledger.ui;

import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;

/** Finding a task through the search box as a user does: type, wait for the answer, click the hit. */
public final class SearchSteps {

    private SearchSteps() {
    }

    /**
     * Types {@code words} into the search box and clicks the hit titled {@code title} once the
     * hits answer all the words typed (answers to the first few characters come and go while
     * typing; clicking one of those would hit a list being rebuilt).
     */
    public static void openHit(FxRobot robot, MainViewModel vm, String words, String title) {
        FxWait.click(robot, "#search").write(words);
        FxWait.until("the hits for " + words + " show " + title, () -> words.equals(vm.search().answeredProperty().get())
                && robot.lookup("#search-results .search-hit-title").match(LabeledMatchers.hasText(title))
                .tryQuery().isPresent());
        FxWait.clickOn(robot, "the hit " + title, () -> robot.lookup("#search-results .search-hit-title")
                .match(LabeledMatchers.hasText(title)).queryAll());
    }
}
