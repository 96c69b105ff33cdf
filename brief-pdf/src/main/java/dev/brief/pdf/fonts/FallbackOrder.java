package dev.brief.pdf.fonts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Orders the installed fonts for a character: families known to set its script well first
 * ({@link PreferredFamilies}), then any other family, those of the wanted design (serif or sans) before
 * the undecided and those before the other design, larger repertoires first, by name last so that the
 * order never depends on the folders' order. From each family the face closest to the wanted style that
 * covers the character: normal width first, then the wanted slope, then the nearest weight (CSS font
 * matching's order), so a family without bold gives its regular.
 *
 * <p>The order of families and faces depends on the script, language and style only, not on the character,
 * so it is worked out once per such combination ({@link #of}) and then only filtered by coverage
 * ({@link #chain}).
 */
final class FallbackOrder {
    private static final int REGULAR = 400;
    private static final int BOLD = 700;
    private static final int NORMAL_WIDTH = 5;

    /** What the order depends on. */
    record Key(List<String> preferred, boolean serif, boolean bold, boolean italic) {
        static Key of(int codePoint, String languageTag, boolean serif, boolean bold, boolean italic) {
            List<String> preferred =
                    PreferredFamilies.of(WritingSystem.of(codePoint, languageTag), languageTag, serif).stream()
                            .map(family -> family.toLowerCase(Locale.ROOT))
                            .toList();
            return new Key(preferred, serif, bold, italic);
        }
    }

    /** The embeddable families in chain order, each with its faces best first. */
    private final List<List<InstalledFont>> families;

    private FallbackOrder(List<List<InstalledFont>> families) {
        this.families = families;
    }

    static FallbackOrder of(List<InstalledFont> fonts, Key key) {
        Map<String, List<InstalledFont>> byFamily = new LinkedHashMap<>();
        for (InstalledFont font : fonts) {
            if (font.embeddable()) {
                byFamily.computeIfAbsent(font.family().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(font);
            }
        }
        int weight = key.bold() ? BOLD : REGULAR;
        Comparator<InstalledFont> closest = closeness(weight, key.italic());
        InstalledFont.Design wanted = key.serif() ? InstalledFont.Design.SERIF : InstalledFont.Design.SANS;
        Comparator<Map.Entry<String, List<InstalledFont>>> familyOrder =
                Comparator.<Map.Entry<String, List<InstalledFont>>>comparingInt(
                                family -> rank(key.preferred(), family.getKey()))
                        .thenComparingInt(family ->
                                designDistance(family.getValue().get(0).design(), wanted))
                        .thenComparingInt(family -> -largestCoverage(family.getValue()))
                        .thenComparing(Map.Entry::getKey);
        byFamily.values().forEach(faces -> faces.sort(closest));
        return new FallbackOrder(byFamily.entrySet().stream()
                .sorted(familyOrder)
                .map(family -> List.copyOf(family.getValue()))
                .toList());
    }

    /** From each family in order, its best face that covers {@code codePoint}. */
    List<InstalledFont> chain(int codePoint) {
        List<InstalledFont> chain = new ArrayList<>();
        for (List<InstalledFont> faces : families) {
            for (InstalledFont face : faces) {
                if (face.covers(codePoint)) {
                    chain.add(face);
                    break;
                }
            }
        }
        return chain;
    }

    private static int rank(List<String> preferred, String family) {
        int index = preferred.indexOf(family);
        return index < 0 ? preferred.size() : index;
    }

    private static int designDistance(InstalledFont.Design design, InstalledFont.Design wanted) {
        return design == wanted ? 0 : design == InstalledFont.Design.UNKNOWN ? 1 : 2;
    }

    private static int largestCoverage(List<InstalledFont> faces) {
        return faces.stream().mapToInt(face -> face.coverage().size()).max().orElse(0);
    }

    /**
     * Normal width first, then slope, then weight distance (CSS font matching's order); a weight tie goes
     * to the heavier face when bold is wanted, else to the lighter; a full tie to the first file, so that
     * the choice never depends on the order the fonts were found in.
     */
    private static Comparator<InstalledFont> closeness(int weight, boolean italic) {
        return Comparator.<InstalledFont>comparingInt(face -> Math.abs(face.width() - NORMAL_WIDTH))
                .thenComparingInt(face -> face.italic() == italic ? 0 : 1)
                .thenComparingInt(face -> Math.abs(face.weight() - weight))
                .thenComparingInt(face -> weight >= BOLD ? -face.weight() : face.weight())
                .thenComparing(InstalledFont::path)
                .thenComparingInt(InstalledFont::collectionIndex);
    }
}
