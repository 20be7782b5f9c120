package org.planledger.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.store.notice.NoticeSettings;
import org.planledger.ui.settings.DocumentSettingsForm.FontRole;

/** 公文设置's form: a warning beside each font list this PC lacks, naming the font used instead; bad input in words. */
class DocumentSettingsFormTest {

    private static final Messages ZH = Messages.forLanguage("zh-CN");
    /** A PC with only 仿宋 and 黑体 of the usual 公文 fonts. */
    private final DocumentSettingsForm form = new DocumentSettingsForm(ZH, NoticeSettings.DEFAULT,
            InstalledFonts.of(Set.of("仿宋", "黑体", "Noto Serif CJK SC")));

    @Test
    void eachFontListSaysWhatThisPcLacksAndWhatIsUsedInstead() {
        assertEquals("本机未安装“仿宋_GB2312”，文档将使用“仿宋”。", form.warning(FontRole.BODY).get());
        assertEquals("本机未安装“方正小标宋简体、宋体”，文档将使用“黑体”。", form.warning(FontRole.TITLE).get());
        assertEquals("", form.warning(FontRole.HEADING1).get(), "黑体 is installed");
        form.fonts(FontRole.HEADING1).set("方正黑体_GBK");
        assertEquals("本机未安装“方正黑体_GBK”：在本机的 WPS/Word 中会用其他字体代替显示和打印。", form.warning(FontRole.HEADING1).get());
        assertEquals("本机未安装“楷体_GB2312、楷体”中的任何一种：文档写的是“楷体_GB2312”，在本机的 WPS/Word 中会用其他字体代替显示和打印。",
                form.warning(FontRole.HEADING2).get());

        form.fonts(FontRole.HEADING2).set("Noto Serif CJK SC");
        assertEquals("", form.warning(FontRole.HEADING2).get(), "the warning follows what is typed");
    }

    @Test
    void fontNamesAreSeparatedByCommasOrDunHaoAndKeepTheirSpaces() {
        assertEquals(List.of("仿宋_GB2312", "仿宋", "Noto Serif CJK SC"),
                DocumentSettingsForm.split(" 仿宋_GB2312, 仿宋，Noto Serif CJK SC、仿宋 "));
    }

    @Test
    void goodInputBecomesTheSettings() {
        form.office().set("济南市天桥区督查室");
        form.contact().set("张三");
        form.feedbackDays().set("7");
        form.fonts(FontRole.BODY).set("仿宋_GB2312、仿宋");
        DocumentSettingsForm.Checked c = form.check();
        assertNull(c.problem());
        assertEquals("济南市天桥区督查室", c.settings().office());
        assertEquals(7, c.settings().feedbackWorkingDays());
        assertEquals(List.of("仿宋_GB2312", "仿宋"), c.settings().bodyFonts());
        assertEquals(NoticeSettings.DEFAULT.titleFonts(), c.settings().titleFonts());
    }

    @Test
    void badInputIsRefusedInWords() {
        form.prefix().set("  ");
        assertEquals("文号的机关代字不能为空（如“天桥环督”）。", ZH.format(form.check().problem()));
        form.prefix().set("天桥环督");
        for (String days : List.of("0", "31", "五", "")) {
            form.feedbackDays().set(days);
            assertEquals("反馈时限应为 1 至 30 个工作日，不是 " + days + "。", ZH.format(form.check().problem()), days);
        }
        form.feedbackDays().set("30");
        form.fonts(FontRole.TABLE).set(" 、 ");
        assertEquals("请至少填写一种表格字体。未保存。", ZH.format(form.check().problem()));
    }
}
