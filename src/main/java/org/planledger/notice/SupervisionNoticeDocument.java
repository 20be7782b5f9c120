package org.planledger.notice;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.planledger.docs.ChineseNumbers;
import org.planledger.docs.DocumentFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.i18n.Messages;
import org.planledger.progress.ItemState;
import org.planledger.progress.LightVerdict;
import org.planledger.store.division.DeptRef;
import org.planledger.store.notice.NoticeSettings;
import org.planledger.store.plan.TaskDetail;
import org.planledger.store.progress.ProgressHistory;

/**
 * Writes a 督办单 as a 公文: the colour's band, the number and the red line, the addressee, one
 * part per item (督办事项, 来源, 牵头单位, 配合单位, 完成时限, 当前进展, 督办原因), 办理要求,
 * 反馈时限 and how to reply, the office with its contact, 签发 and date, and a 签收回执 below a
 * cutting line. Every word comes from the bundle; every fact from the {@link SupervisionNotice}.
 */
public final class SupervisionNoticeDocument {

    private final Messages m;
    private final WorkingDays workingDays;

    /** {@code workingDays}: the office's calendar, to say how many working days the feedback deadline gives. */
    public SupervisionNoticeDocument(Messages messages, WorkingDays workingDays) {
        this.m = messages;
        this.workingDays = workingDays;
    }

    public OfficialDocument write(SupervisionNotice n, DocumentFonts.Chosen fonts) {
        OfficialDocument d = OfficialDocument.create(fonts);
        d.band(m.get(n.colour().messageKey()), n.colour().hex());
        d.line(n.number(), ParagraphAlignment.RIGHT);
        d.rule("C00000");
        d.line(m.get("notice.doc.addressee", n.department().name()), ParagraphAlignment.LEFT);
        d.body(m.get("notice.doc.opening", planTitles(n), n.items().size()));

        d.heading1(heading(1, m.get("notice.doc.heading.items")));
        int i = 1;
        for (SupervisionItem item : n.items()) {
            d.heading2("（" + ChineseNumbers.of(i++) + "）" + itemName(item));
            XWPFTable t = d.table(1, 4);
            d.row(t, false, m.get("notice.doc.field.matter"), matter(item));
            d.row(t, false, m.get("notice.doc.field.source"), source(item));
            d.row(t, false, m.get("notice.doc.field.lead"), lead(item));
            d.row(t, false, m.get("notice.doc.field.cooperating"), cooperating(item));
            d.row(t, false, m.get("notice.doc.field.due"), due(item.light().item()));
            d.row(t, false, m.get("notice.doc.field.progress"), progress(item.latest()));
            d.row(t, false, m.get("notice.doc.field.reason"), reason(item.light().verdict()));
        }

        d.heading1(heading(2, m.get("notice.doc.heading.requirement")));
        for (String paragraph : requirement(n).split("\\R+")) {
            if (!paragraph.isBlank()) {
                d.body(paragraph.strip());
            }
        }
        d.heading1(heading(3, m.get("notice.doc.heading.deadline")));
        d.body(m.get("notice.doc.deadline", m.date(n.feedbackDue()), workingDays.between(n.issuedOn(), n.feedbackDue())));
        d.body(m.get("notice.doc.reply"));

        NoticeSettings s = n.settings();
        d.line("", ParagraphAlignment.LEFT);
        d.body(m.get("notice.doc.office", s.office()));
        d.body(m.get("notice.doc.contact", blankIfEmpty(s.contact()), blankIfEmpty(s.phone())));
        d.line("", ParagraphAlignment.LEFT);
        d.line(m.get("notice.doc.signer", m.get("notice.doc.blank")), ParagraphAlignment.RIGHT);
        d.line(s.office(), ParagraphAlignment.RIGHT);
        d.line(m.date(n.issuedOn()), ParagraphAlignment.RIGHT);

        receipt(d, n);
        return d;
    }

    /** The file's name: number, colour and addressee ("天桥环督〔2026〕1号 红色督办单 区水务局.docx"). */
    public String fileName(SupervisionNotice n) {
        return m.get("notice.doc.fileName", n.number(), m.get(n.colour().messageKey()), n.department().name(),
                n.items().size() == 1 ? " " + itemCode(n.items().get(0)) : "");
    }

    private void receipt(OfficialDocument d, SupervisionNotice n) {
        d.line("", ParagraphAlignment.LEFT);
        var cut = d.cutLine(m.get("notice.doc.cut"));
        d.title(m.get("notice.doc.receipt.title"));
        XWPFTable t = d.table(1, 3);
        d.row(t, false, m.get("notice.doc.receipt.number"), n.number());
        d.row(t, false, m.get("notice.doc.receipt.department"), n.department().name());
        d.row(t, false, m.get("notice.doc.receipt.items"), String.join("\n", n.items().stream().map(this::itemName).toList()));
        // room to write by hand
        d.row(t, false, m.get("notice.doc.receipt.signer"), "").setHeight(OfficialDocument.LINE_PITCH);
        d.row(t, false, m.get("notice.doc.receipt.date"), m.get("notice.doc.receipt.dateBlank")).setHeight(OfficialDocument.LINE_PITCH);
        d.row(t, false, m.get("notice.doc.receipt.phone"), "").setHeight(OfficialDocument.LINE_PITCH);
        d.body(m.get("notice.doc.receipt.return", n.settings().office()));
        d.keepTogetherFrom(cut);
    }

    /** The 办理要求 the office wrote for this document, else the usual words. */
    private String requirement(SupervisionNotice n) {
        return n.requirement() == null || n.requirement().isBlank() ? m.get("notice.doc.requirement") : n.requirement();
    }

    private String heading(int n, String text) {
        return ChineseNumbers.of(n) + "、" + text;
    }

    private String planTitles(SupervisionNotice n) {
        return String.join("》《", n.items().stream().map(SupervisionItem::planTitle).distinct().toList());
    }

    String itemCode(SupervisionItem item) {
        ItemState s = item.light().item();
        return s.isMilestone() ? m.get("notice.doc.milestoneCode", s.code(), s.dueYear() == null ? "" : String.valueOf(s.dueYear()))
                : s.code();
    }

    private String itemName(SupervisionItem item) {
        return itemCode(item) + " " + item.task().task().title();
    }

    private String matter(SupervisionItem item) {
        ItemState s = item.light().item();
        String words = item.task().text() == null || item.task().text().isBlank() ? item.task().task().title() : item.task().text().strip();
        return s.isMilestone() ? m.get("notice.doc.milestoneMatter", words, s.label()) : words;
    }

    private String source(SupervisionItem item) {
        TaskDetail t = item.task();
        return m.get("notice.doc.source", item.planTitle(), ChineseNumbers.of(t.chapterNumber()), t.chapterTitle(),
                ChineseNumbers.of(t.sectionNumber()), t.sectionTitle());
    }

    private String lead(SupervisionItem item) {
        ItemState s = item.light().item();
        return s.leadName() == null ? m.get("notice.doc.none") : s.leadName();
    }

    private String cooperating(SupervisionItem item) {
        List<DeptRef> co = item.division() == null ? List.of() : item.division().cooperating();
        return co.isEmpty() ? m.get("notice.doc.none") : String.join("、", co.stream().map(DeptRef::name).toList());
    }

    private String due(ItemState s) {
        if (s.due() == null) {
            return m.get("notice.doc.standing");
        }
        if (s.plannedDue() != null && !s.plannedDue().equals(s.due())) {
            return m.get("notice.doc.dueExtended", m.date(s.due()), m.date(s.plannedDue()));
        }
        return m.date(s.due());
    }

    private String progress(ProgressHistory.Entry e) {
        if (e == null) {
            return m.get("notice.doc.notReported");
        }
        String text = m.get("notice.doc.latest", m.date(e.writtenOn()), e.departmentName(), e.progress().strip());
        return e.percent() == null ? text : text + m.get("notice.doc.latestPercent", e.percent());
    }

    private String reason(LightVerdict v) {
        return String.join(m.get("notice.doc.reasonSeparator"), v.reasons().stream().map(m::format).toList());
    }

    private String blankIfEmpty(String s) {
        return s.isEmpty() ? m.get("notice.doc.blank") : s;
    }
}
