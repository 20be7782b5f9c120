package org.planledger.model;

/**
 * A plan's short name, as offices say it: a five-year plan by its number (2021–2025 is the 14th,
 * 十四五; 2026–2030 十五五), any other plan by its title. The five-year plans are counted from the
 * third (1966–1970), after the years of adjustment between the second and the third.
 */
public final class PlanShortName {

    private static final String DIGITS = "〇一二三四五六七八九";

    private PlanShortName() {
    }

    public static String of(String title, int startYear, int endYear) {
        if (endYear - startYear != 4 || startYear < 1966 || (startYear - 1966) % 5 != 0) {
            return title;
        }
        int n = (startYear - 1966) / 5 + 3;
        return chinese(n) + "五";
    }

    private static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
