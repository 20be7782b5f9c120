package org.planledger.bulletin;

/** What the periodic document is: a 督查通报 sent to the departments, or a 进展情况报告 to the leaders. */
public enum BulletinKind {
    BULLETIN, REPORT;

    /** 通报 or 报告 (also "bulletin", "report"); null when the word is neither. */
    public static BulletinKind parse(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (w) {
            case "通报", "督查通报", "bulletin", "tongbao" -> BULLETIN;
            case "报告", "进展情况报告", "report", "baogao" -> REPORT;
            default -> null;
        };
    }
}
