package org.planledger.exchange;

import org.planledger.i18n.Text;

/** The checks every package and report passes first: our format, a version we can read, the right kind. */
final class Manifests {

    private Manifests() {
    }

    static Manifest check(SealedFile sealed, String expectedKind) {
        return check(sealed.manifest(), sealed.fileName(), expectedKind);
    }

    static Manifest check(Manifest m, String fileName, String expectedKind) {
        if (!Manifest.FORMAT.equals(m.format())) {
            throw new ExchangeException(Text.of("exchange.error.notExchangeFile", fileName));
        }
        if (m.version() > Manifest.VERSION) {
            throw new ExchangeException(Text.of("exchange.error.newerVersion", fileName, m.version(), Manifest.VERSION));
        }
        if (!expectedKind.equals(m.kind())) {
            throw new ExchangeException(Text.of(Manifest.PACKAGE.equals(expectedKind)
                    ? "exchange.error.notAPackage" : "exchange.error.notAReport", fileName));
        }
        return m;
    }
}
