package dev.brief.pdf.font;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Orders the installed fonts that can draw a character: families known to set its script well first
 * ({@link PreferredFamilies}), then any other family, those of the wanted design (serif or sans) before
 * the undecided and those before the other design, larger repertoires first, by name last so that the
 * order never depends on the folders' order. From each family the face closest to the wanted style: normal
 * width first, then the wanted slope, then the nearest weight (CSS font matching's order), so a family
 * without bold gives its regular.
 */
final class FallbackOrder {
    private static final int REGULAR = 400;
    private static final int BOLD = 700;
    private static final int NORMAL_WIDTH = 5;

    private FallbackOrder() {}

    static List<FontSource> chain(List<FontSource> fonts, int codePoint, String languageTag,
            boolean serif, boolean bold, boolean italic) {
        WritingSystem system = WritingSystem.of(codePoint, languageTag);
        List<String> preferred = PreferredFamilies.of(system, languageTag, serif).stream()
                .map(family -> family.toLowerCase(Locale.ROOT))
                .toList();
        Map<String, List<FontSource>> families = new LinkedHashMap<>();
        for (FontSource font : fonts) {
            if (font.embeddable() && font.covers(codePoint)) {
                families.computeIfAbsent(font.family().toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(font);
            }
        }
        FontSource.Design wanted = serif ? FontSource.Design.SERIF : FontSource.Design.SANS;
        Comparator<Map.Entry<String, List<FontSource>>> familyOrder = Comparator
                .<Map.Entry<String, List<FontSource>>>comparingInt(family -> rank(preferred, family.getKey()))
                .thenComparingInt(family -> designDistance(family.getValue().get(0).design(), wanted))
                .thenComparingInt(family -> -largestCoverage(family.getValue()))
                .thenComparing(Map.Entry::getKey);
        int weight = bold ? BOLD : REGULAR;
        return families.entrySet().stream()
                .sorted(familyOrder)
                .map(family -> closestFace(family.getValue(), weight, italic))
                .toList();
    }

    private static int rank(List<String> preferred, String family) {
        int index = preferred.indexOf(family);
        return index < 0 ? preferred.size() : index;
    }

    private static int designDistance(FontSource.Design design, FontSource.Design wanted) {
        return design == wanted ? 0 : design == FontSource.Design.UNKNOWN ? 1 : 2;
    }

    private static int largestCoverage(List<FontSource> faces) {
        return faces.stream().mapToInt(face -> face.coverage().size()).max().orElse(0);
    }

    /**
     * Normal width first, then slope, then weight distance (CSS font matching's order); a weight tie goes
     * to the heavier face when bold is wanted, else to the lighter; a full tie to the first file, so that
     * the choice never depends on the order the fonts were found in.
     */
    static FontSource closestFace(List<FontSource> faces, int weight, boolean italic) {
        return faces.stream()
                .min(Comparator.<FontSource>comparingInt(face -> Math.abs(face.width() - NORMAL_WIDTH))
                        .thenComparingInt(face -> face.italic() == italic ? 0 : 1)
                        .thenComparingInt(face -> Math.abs(face.weight() - weight))
                        .thenComparingInt(face -> weight >= BOLD ? -face.weight() : face.weight())
                        .thenComparing(FontSource::path)
                        .thenComparingInt(FontSource::collectionIndex))
                .orElseThrow();
    }
}
