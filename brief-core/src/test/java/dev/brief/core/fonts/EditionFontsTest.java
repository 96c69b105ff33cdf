package dev.brief.core.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditionFontsTest {
    private static final WebFont SERIF = new WebFont("Brief Serif", 400, false, new byte[] {1, 2});
    private static final WebFont ARABIC = new WebFont("Brief Arabic Serif", 400, false, new byte[] {3});

    @Test
    void aScriptFamilyJoinsTheEndOfItsStack() {
        EditionFonts latin = new EditionFonts(List.of("Brief Serif"), List.of("Brief Sans"), List.of(SERIF));
        EditionFonts both = latin.withSerifFamily("Brief Arabic Serif", List.of(ARABIC));

        assertThat(both.serifFamilies()).containsExactly("Brief Serif", "Brief Arabic Serif");
        assertThat(both.sansFamilies()).containsExactly("Brief Sans");
        assertThat(both.faces()).containsExactly(SERIF, ARABIC);
        assertThat(latin.faces()).containsExactly(SERIF);
    }

    @Test
    void aFaceMustBelongToAFamilyOfAStack() {
        assertThatThrownBy(() -> new EditionFonts(List.of("Brief Serif"), List.of(), List.of(ARABIC)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to no family");
    }

    @Test
    void twoFacesCannotShareAFile() {
        WebFont again = new WebFont("Brief Serif", 400, false, new byte[] {9});
        assertThatThrownBy(() -> new EditionFonts(List.of("Brief Serif"), List.of(), List.of(SERIF, again)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brief-serif-400.ttf");
    }

    @Test
    void aFaceIsAValueWhoseBytesCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2};
        WebFont face = new WebFont("Brief Serif", 400, false, bytes);
        bytes[0] = 7;
        face.trueType()[1] = 7;

        assertThat(face).isEqualTo(SERIF).hasSameHashCodeAs(SERIF);
        assertThat(face.trueType()).containsExactly(1, 2);
        assertThat(new WebFont("Brief Serif", 700, true, bytes).fileName()).isEqualTo("brief-serif-700-italic.ttf");
        assertThat(new WebFont("Noto Naskh Arabic UI", 400, false, bytes).fileName())
                .isEqualTo("noto-naskh-arabic-ui-400.ttf");
        assertThatThrownBy(() -> new WebFont("Brief Serif", 0, false, bytes))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
