package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Section;
import dev.brief.core.testing.BriefFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A character no font covers is an error naming the character and its element, never a blank box. */
class UncoveredCharacterTest {

    /** A private-use character: no font, bundled or on the system, has it. */
    @Test
    void everyUncoveredCharacterIsReportedWithItsElement() {
        Section section = new Section(
                "sec-only",
                2,
                List.of(new Inline.Text("Only section")),
                List.of(new Block.Paragraph(
                        "p-1", List.of(new Inline.Text("Tea \uDB80\uDC01 and \uDB80\uDC01 again.")))),
                List.of());
        Brief brief = BriefFixtures.minimalWith(section);
        assertThatThrownBy(() -> TestPdfs.write(brief, TestPdfs.fixtureImages(), HouseStyle.defaults()))
                .isInstanceOfSatisfying(UncoveredCharactersException.class, exception -> {
                    assertThat(exception.characters()).hasSize(2);
                    assertThat(exception.characters().get(0).elementId()).isEqualTo("p-1");
                    assertThat(exception.characters().get(0).message()).contains("U+F0001");
                });
    }
}
