package org.planledger.exchange;

import org.planledger.i18n.Text;

/** What became of a 签收 a report carried, in the words the command line and the window both show. */
public final class ReceiptWords {

    private ReceiptWords() {
    }

    public static Text of(ReportImport.Receipt r, boolean dryRun) {
        return switch (r.verdict()) {
            case RECORDED -> Text.of(dryRun ? "exchange.receipt.line.toRecord" : "exchange.receipt.line.recorded", r.number(),
                    r.registered());
            case KNOWN -> Text.of("exchange.receipt.line.known", r.number(), r.registered());
            case KEPT -> Text.of("exchange.receipt.line.kept", r.number(), r.signedOn(), r.registered());
            case REFUSED -> Text.of("exchange.receipt.line.refused", r.reason());
        };
    }
}
