package org.planledger.ui.common;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The Chinese font family the UI names. JavaFX 21 falls back only to TrueType CJK fonts, so a
 * PC with only Noto Sans CJK (usual on UOS/Kylin) shows boxes unless the family is named; and
 * JavaFX CSS takes one family, not a list. So we pick the first installed one of these.
 */
public final class CjkFont {

    public static final List<String> PREFERRED = List.of(
            "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimSun");

    private CjkFont() {
    }

    /** The first preferred family among the installed ones, spelled as installed. */
    public static Optional<String> pick(Collection<String> installed) {
        for (String wanted : PREFERRED) {
            for (String family : installed) {
                if (family.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                    return Optional.of(family);
                }
            }
        }
        return Optional.empty();
    }

    /** Needs the FX toolkit. */
    public static Optional<String> installed() {
        return pick(Font.getFamilies());
    }
}
