package org.planledger.ui.common;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.planimport.PlanImportException;
import org.planledger.store.StoreException;

/** Puts a failure into the user's words: the Text a store or import error carries, else a plain fallback. */
public final class Problems {

    private static final System.Logger LOG = System.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static Text describe(Throwable error) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof StoreException s) {
                return s.problem();
            }
            if (e instanceof PlanImportException p) {
                return p.problem();
            }
            if (e instanceof org.planledger.exchange.ExchangeException x) {
                return x.problem();
            }
            if (e instanceof org.planledger.notice.NoticeException n) {
                return n.problem();
            }
            if (e instanceof org.planledger.docs.DocumentException d) {
                return d.problem();
            }
            if (e instanceof org.planledger.app.EmptyLedgerFileException empty) {
                return empty.problem();
            }
            if (e instanceof org.planledger.app.LedgerNotWritableException place) {
                return place.problem();
            }
            if (e instanceof org.planledger.app.LedgerInUseException u) {
                return u.problem();
            }
            if (e instanceof org.planledger.docs.PdfException pdf) {
                return pdf.problem();
            }
            if (e instanceof org.planledger.bulletin.BulletinException b) {
                return b.problem();
            }
            e = e.getCause();
        }
        if (error instanceof UncheckedIOException io) {
            return Text.of("ui.error.io", String.valueOf(io.getCause().getMessage()));
        }
        LOG.log(Level.WARNING, "unexpected failure", error);
        return Text.of("ui.error.unexpected", error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    public static String describe(Throwable error, Messages messages) {
        return messages.format(describe(error));
    }
}
