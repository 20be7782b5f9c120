package org.planledger.notice;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.planledger.docs.ChineseNumbers;
import org.planledger.docs.DocumentFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.i18n.Messages;
import org.planledger.store.notice.Notice;
import org.planledger.store.notice.NoticeSettings;

/**
 * Writes a 催办通知书 as a 公文: its title, number and the red line, the addressee, which 督办单
 * (number and date) asked for an answer by which day and that none came, the items again with the
 * reason they were supervised, the new deadline and how to reply, the office and the date.
 */
public final class ReminderNoticeDocument {

    private final Messages m;

    public ReminderNoticeDocument(Messages messages) {
        this.m = messages;
    }

    public OfficialDocument write(ReminderNotice n, DocumentFonts.Chosen fonts) {
        Notice original = n.original();
        OfficialDocument d = OfficialDocument.create(fonts);
        d.title(m.get("notice.kind.reminder"));
        d.line(n.number(), ParagraphAlignment.RIGHT);
        d.rule("C00000");
        d.line(m.get("notice.doc.addressee", original.departmentName()), ParagraphAlignment.LEFT);
        d.body(m.get("notice.reminder.opening", m.date(original.issuedOn()), original.number(), original.items().size(),
                m.date(original.feedbackDue()), m.date(n.issuedOn())));

        d.heading1(ChineseNumbers.of(1) + "、" + m.get("notice.reminder.heading.items"));
        XWPFTable t = d.table(1, 3, 3);
        d.row(t, true, m.get("notice.reminder.column.item"), m.get("notice.reminder.column.title"),
                m.get("notice.reminder.column.reason"));
        for (int i = 0; i < original.items().size(); i++) {
            Notice.Item item = original.items().get(i);
            d.row(t, false, n.codes().get(i), n.titles().get(i), item.reason());
        }

        d.heading1(ChineseNumbers.of(2) + "、" + m.get("notice.doc.heading.deadline"));
        d.body(m.get("notice.reminder.deadline", m.date(n.feedbackDue()), original.number()));
        d.body(m.get("notice.doc.reply"));

        NoticeSettings s = n.settings();
        d.line("", ParagraphAlignment.LEFT);
        d.body(m.get("notice.doc.office", s.office()));
        d.body(m.get("notice.doc.contact", blankIfEmpty(s.contact()), blankIfEmpty(s.phone())));
        d.line("", ParagraphAlignment.LEFT);
        d.line(s.office(), ParagraphAlignment.RIGHT);
        d.line(m.date(n.issuedOn()), ParagraphAlignment.RIGHT);
        return d;
    }

    /** The file's name: number, kind, addressee and the 督办单 chased ("天桥环督〔2026〕3号 催办通知书 区水务局（催天桥环督〔2026〕1号）.docx"). */
    public String fileName(ReminderNotice n) {
        return m.get("notice.reminder.fileName", n.number(), m.get("notice.kind.reminder"), n.original().departmentName(),
                n.original().number());
    }

    private String blankIfEmpty(String s) {
        return s.isEmpty() ? m.get("notice.doc.blank") : s;
    }
}
