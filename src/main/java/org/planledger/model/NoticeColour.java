package org.planledger.model;

/**
 * A coloured 督办单's colour (三色督办): 红 overdue or far behind, 黄 behind or owing a report,
 * 蓝 near its deadline. Taken from the item's light when it is issued.
 */
public enum NoticeColour {
    RED("C00000"), YELLOW("E3A800"), BLUE("1F4E9C");

    private final String hex;

    NoticeColour(String hex) {
        this.hex = hex;
    }

    /** The band's fill, as Word writes a colour. */
    public String hex() {
        return hex;
    }

    /** 红色督办单, 黄色督办单, 蓝色督办单. */
    public String messageKey() {
        return switch (this) {
            case RED -> "notice.colour.red";
            case YELLOW -> "notice.colour.yellow";
            case BLUE -> "notice.colour.blue";
        };
    }

    /** The worse of two colours: red over yellow over blue. */
    public static NoticeColour worse(NoticeColour a, NoticeColour b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
