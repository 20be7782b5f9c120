package org.planledger.exchange;

import org.planledger.i18n.Text;

/** The checks every package and report passes first: our format, a version we can read, the right kind. */
final class Manifests {

    private Manifests() {
    }

    static Manifest check(SealedFile sealed, String expectedKind) {
        Manifest m = sealed.manifest();
        if (!Manifest.FORMAT.equals(m.format())) {
            throw new ExchangeException(Text.of("exchange.error.notExchangeFile", sealed.fileName()));
        }
        if (m.version() > Manifest.VERSION) {
            throw new ExchangeException(Text.of("exchange.error.newerVersion", sealed.fileName(), m.version(), Manifest.VERSION));
        }
        if (!expectedKind.equals(m.kind())) {
            throw new ExchangeException(Text.of(Manifest.PACKAGE.equals(expectedKind)
                    ? "exchange.error.notAPackage" : "exchange.error.notAReport", sealed.fileName()));
        }
        return m;
    }
}
