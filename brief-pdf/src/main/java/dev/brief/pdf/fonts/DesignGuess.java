package dev.brief.pdf.fonts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;

/**
 * Serif or sans, from the family name first (names of non-Latin fonts say it in their script's own
 * terms: Naskh, Mincho, Song and Ming are the serif-like styles; Kufi, Gothic and Hei the sans ones),
 * then from the OS/2 table's PANOSE serif style and IBM family class, which many non-Latin fonts leave
 * empty.
 */
final class DesignGuess {
    private static final Set<String> SERIF_WORDS = Set.of(
            "serif", "naskh", "nastaliq", "mincho", "song", "songti", "ming", "mingliu", "batang", "myeongjo", "rashi");
    private static final Set<String> SANS_WORDS =
            Set.of("sans", "kufi", "gothic", "hei", "heiti", "dotum", "gulim", "looped");
    private static final Pattern WORD_BOUNDARY =
            Pattern.compile("[^\\p{L}]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    private static final int PANOSE_LATIN_TEXT = 2;
    private static final int IBM_CLASS_SANS = 8;

    private DesignGuess() {}

    static InstalledFont.Design of(String family, OS2WindowsMetricsTable os2) {
        InstalledFont.Design byName = byName(family);
        if (byName != InstalledFont.Design.UNKNOWN || os2 == null) {
            return byName;
        }
        byte[] panose = os2.getPanose();
        if (panose != null && panose.length >= 2 && panose[0] == PANOSE_LATIN_TEXT) {
            // PANOSE serif style: 2–10 are kinds of serif, 11–13 kinds of sans (14 flared, 15 rounded).
            if (panose[1] >= 2 && panose[1] <= 10) {
                return InstalledFont.Design.SERIF;
            }
            if (panose[1] >= 11 && panose[1] <= 13) {
                return InstalledFont.Design.SANS;
            }
        }
        int ibmClass = os2.getFamilyClass() >> 8;
        if (ibmClass >= 1 && ibmClass <= 7 && ibmClass != 6) {
            return InstalledFont.Design.SERIF;
        }
        return ibmClass == IBM_CLASS_SANS ? InstalledFont.Design.SANS : InstalledFont.Design.UNKNOWN;
    }

    /**
     * By the words of the family name, split at spaces and at case changes ("IPAMincho", "UMing",
     * "NanumMyeongjo"); a sans word wins, so that "Noto Sans" is never taken for serif.
     */
    static InstalledFont.Design byName(String family) {
        List<String> words = Arrays.stream(WORD_BOUNDARY.split(family))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
        if (words.stream().anyMatch(SANS_WORDS::contains)) {
            return InstalledFont.Design.SANS;
        }
        if (words.stream().anyMatch(SERIF_WORDS::contains)) {
            return InstalledFont.Design.SERIF;
        }
        return InstalledFont.Design.UNKNOWN;
    }
}
