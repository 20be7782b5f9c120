package org.planledger.store.notice;

import java.util.List;

/**
 * What the office's documents say about the office, kept in the ledger so every PC and the
 * command line write the same: the 督办单位, the 机关代字 of its numbers (天桥环督 gives
 * 天桥环督〔2026〕1号), 联系人 and 电话, the working days allowed for feedback, and the fonts, each
 * a list in order of preference (see {@code docs.DocumentFonts}). Blank contact and phone are
 * printed as blanks to fill in by hand.
 */
public record NoticeSettings(String office, String prefix, String contact, String phone, int feedbackWorkingDays,
                             List<String> bodyFonts, List<String> titleFonts, List<String> heading1Fonts,
                             List<String> heading2Fonts, List<String> tableFonts) {

    public static final NoticeSettings DEFAULT = new NoticeSettings("市生态环境局天桥分局", "天桥环督", "", "", 5,
            List.of("仿宋_GB2312", "仿宋"), List.of("方正小标宋简体", "宋体", "黑体"), List.of("黑体"),
            List.of("楷体_GB2312", "楷体"), List.of("仿宋_GB2312", "仿宋"));

    public NoticeSettings {
        office = office == null ? "" : office.strip();
        prefix = prefix == null ? "" : prefix.strip();
        contact = contact == null ? "" : contact.strip();
        phone = phone == null ? "" : phone.strip();
        bodyFonts = List.copyOf(bodyFonts);
        titleFonts = List.copyOf(titleFonts);
        heading1Fonts = List.copyOf(heading1Fonts);
        heading2Fonts = List.copyOf(heading2Fonts);
        tableFonts = List.copyOf(tableFonts);
    }

    /** The document number: 机关代字〔年份〕序号号 (GB/T 9704 7.2.4). */
    public static String number(String prefix, int year, int serial) {
        return prefix + "〔" + year + "〕" + serial + "号";
    }
}
