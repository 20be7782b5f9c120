package org.planledger.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.store.exchange.LedgerSnapshot;
import org.planledger.store.exchange.Receipt;

/**
 * The 签收 a department's report carries, judged against the manager's register: a receipt for a
 * document of that department with no date recorded is recorded; the same date again is known; a
 * date recorded earlier (by the office) is kept; a number the register does not hold, a document
 * sent to another department, a day before the document was issued or after today are refused
 * in words.
 */
final class Receipts {

    private Receipts() {
    }

    static List<ReportImport.Receipt> judge(LedgerSnapshot c, long departmentId, List<Receipt> carried, LocalDate today) {
        List<ReportImport.Receipt> out = new ArrayList<>();
        for (Receipt r : carried) {
            out.add(judge(c, departmentId, r, today));
        }
        return out;
    }

    private static ReportImport.Receipt judge(LedgerSnapshot c, long departmentId, Receipt r, LocalDate today) {
        String number = r.number() == null ? "" : r.number();
        LocalDate day;
        try {
            day = LocalDate.parse(String.valueOf(r.signedOn()));
        } catch (DateTimeParseException e) {
            return refused(r, Text.of("exchange.receipt.badDate", number, String.valueOf(r.signedOn())));
        }
        LedgerSnapshot.NoticeState n = c.notice(number);
        if (n == null) {
            return refused(r, Text.of("exchange.receipt.unknown", number));
        }
        if (n.departmentId() == null || n.departmentId() != departmentId) {
            return refused(r, Text.of("exchange.receipt.otherDepartment", number));
        }
        if (day.isBefore(n.issuedOn()) || day.isAfter(today)) {
            return refused(r, Text.of("exchange.receipt.outOfRange", number, day, n.issuedOn()));
        }
        if (n.signedOn() == null) {
            return new ReportImport.Receipt(number, r.signedOn(), ReportImport.ReceiptVerdict.RECORDED, day, null);
        }
        return new ReportImport.Receipt(number, r.signedOn(), n.signedOn().equals(day) ? ReportImport.ReceiptVerdict.KNOWN
                : ReportImport.ReceiptVerdict.KEPT, n.signedOn(), null);
    }

    private static ReportImport.Receipt refused(Receipt r, Text reason) {
        return new ReportImport.Receipt(r.number(), r.signedOn(), ReportImport.ReceiptVerdict.REFUSED, null, reason);
    }
}
