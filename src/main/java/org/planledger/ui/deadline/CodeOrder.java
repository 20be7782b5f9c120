package org.planledger.ui.deadline;

import java.util.Comparator;

/** Task codes in outline order: 6.3.3 before 6.3.10, numbers compared as numbers. */
final class CodeOrder implements Comparator<String> {

    static final CodeOrder INSTANCE = new CodeOrder();

    private CodeOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String[] x = a == null ? new String[0] : a.split("\\.");
        String[] y = b == null ? new String[0] : b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = part(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int part(String a, String b) {
        if (a.matches("\\d{1,9}") && b.matches("\\d{1,9}")) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }
}
