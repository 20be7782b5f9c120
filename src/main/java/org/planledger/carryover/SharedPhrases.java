package org.planledger.carryover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The phrases two tasks share, as the reason a successor is proposed: the longest common
 * substrings of at least {@link #MIN_LENGTH} characters, longest first, each part of the first
 * text counted once and a phrase inside one already shown left out.
 */
public final class SharedPhrases {

    public static final int MIN_LENGTH = 4;

    private record Run(int startA, int length, String text) {
    }

    private SharedPhrases() {
    }

    /** At most {@code limit} phrases of {@code a} (period words taken out) found in {@code b}. */
    public static List<String> of(String a, String b, int limit) {
        String x = PeriodWords.normalise(a);
        String y = PeriodWords.normalise(b);
        List<Run> runs = maximalRuns(x, y);
        runs.sort(Comparator.comparingInt(Run::length).reversed().thenComparingInt(Run::startA));
        List<String> phrases = new ArrayList<>();
        boolean[] used = new boolean[x.length()];
        for (Run run : runs) {
            if (phrases.size() == limit) {
                break;
            }
            if (overlaps(used, run) || phrases.stream().anyMatch(p -> p.contains(run.text()))) {
                continue;
            }
            for (int i = run.startA(); i < run.startA() + run.length(); i++) {
                used[i] = true;
            }
            phrases.add(run.text());
        }
        return phrases;
    }

    private static boolean overlaps(boolean[] used, Run run) {
        for (int i = run.startA(); i < run.startA() + run.length(); i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    /** Every common run of word characters that cannot be made longer, of the minimum length or more. */
    private static List<Run> maximalRuns(String x, String y) {
        List<Run> runs = new ArrayList<>();
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            char cx = x.charAt(i - 1);
            boolean word = Bigrams.isWordChar(cx);
            for (int j = 1; j <= y.length(); j++) {
                current[j] = word && cx == y.charAt(j - 1) ? previous[j - 1] + 1 : 0;
            }
            for (int j = 1; j <= y.length(); j++) {
                int length = previous[j];
                // the run ending one character back is as long as it gets unless it goes on here
                if (length >= MIN_LENGTH && (j == y.length() || current[j + 1] == 0)) {
                    int start = i - 1 - length;
                    runs.add(new Run(start, length, x.substring(start, start + length)));
                }
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        for (int j = 1; j <= y.length(); j++) {
            int length = previous[j];
            if (length >= MIN_LENGTH) {
                int start = x.length() - length;
                runs.add(new Run(start, length, x.substring(start, start + length)));
            }
        }
        return runs;
    }
}
