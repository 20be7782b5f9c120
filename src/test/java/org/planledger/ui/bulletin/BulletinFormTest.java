package org.planledger.ui.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.planledger.bulletin.BulletinKind;
import org.planledger.i18n.Messages;
import org.planledger.model.ReportingPeriod;

/** The 督查通报 dialog's form on 2026-11-29 for a plan from 2021: periods offered, the file's name, the request. */
class BulletinFormTest {

    private static final Messages ZH = Messages.forLanguage("zh-CN");
    private final Path folder = Path.of("/tmp/文档");
    private final BulletinForm form = new BulletinForm(ZH, 7, 2021, LocalDate.of(2026, 11, 29), folder);

    @Test
    void theLastMonthEndedIsChosenAndNamesTheFile() {
        assertEquals(ReportingPeriod.parse("2026-10"), form.periodProperty().get());
        assertEquals(ReportingPeriod.parse("2026-11"), form.periods().get(0), "the running month is offered too");
        assertEquals(ReportingPeriod.parse("2021-01"), form.periods().get(form.periods().size() - 1));
        assertEquals(folder.resolve("2026年10月督查通报.docx").toString(), form.fileProperty().get());
    }

    @Test
    void theFileNameFollowsTheChoicesUntilTheUserNamesItOtherwise() {
        form.kindProperty().set(BulletinKind.REPORT);
        form.scopeProperty().set(BulletinForm.Scope.QUARTER);
        assertEquals(ReportingPeriod.parse("2026-Q3"), form.periodProperty().get());
        assertEquals(folder.resolve("2026年第3季度进展情况报告.docx").toString(), form.fileProperty().get());
        form.scopeProperty().set(BulletinForm.Scope.AS_OF);
        form.asOfProperty().set(LocalDate.of(2026, 11, 15));
        assertEquals(folder.resolve("截至2026年11月15日进展情况报告.docx").toString(), form.fileProperty().get());

        form.fileProperty().set("/tmp/我的报告.docx");
        form.scopeProperty().set(BulletinForm.Scope.YEAR);
        assertEquals("/tmp/我的报告.docx", form.fileProperty().get());
    }

    @Test
    void theRequestIsWhatReportDocWouldBeAsked() {
        form.scopeProperty().set(BulletinForm.Scope.YEAR);
        form.fileProperty().set("/tmp/年度通报");
        BulletinForm.Checked year = form.check();
        assertNull(year.problem());
        assertEquals(ReportingPeriod.parse("2025"), year.request().period());
        assertNull(year.request().asOf(), "the period's own last day");
        assertEquals(7, year.request().planId());
        assertEquals(Path.of("/tmp/年度通报.docx"), year.target(), ".docx added");

        form.ownAsOfProperty().set(true);
        form.asOfProperty().set(LocalDate.of(2025, 12, 20));
        assertEquals(LocalDate.of(2025, 12, 20), form.check().request().asOf());

        form.scopeProperty().set(BulletinForm.Scope.AS_OF);
        BulletinForm.Checked day = form.check();
        assertNull(day.request().period());
        assertEquals(LocalDate.of(2025, 12, 20), day.request().asOf());

        form.asOfProperty().set(null);
        assertEquals("请填写数字截至的日期。未写入任何文件。", ZH.format(form.check().problem()));
        form.fileProperty().set(" ");
        assertEquals("请填写要保存的 .docx 文件（完整路径），或点“浏览…”选择。未写入任何文件。", ZH.format(form.check().problem()));
    }
}
