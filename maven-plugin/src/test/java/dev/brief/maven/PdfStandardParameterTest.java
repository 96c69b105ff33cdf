package dev.brief.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.house.PdfStandard;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PdfStandardParameterTest {
    @Test
    void namesAStandardInAnyCase() {
        assertThat(BriefProjectMojo.pdfStandard("UA2")).contains(PdfStandard.UA2);
        assertThat(BriefProjectMojo.pdfStandard(" ua1 ")).contains(PdfStandard.UA1);
        assertThat(BriefProjectMojo.pdfStandard(null)).isEqualTo(Optional.empty());
    }

    @Test
    void anUnknownValueListsTheValidOnes() {
        assertThatThrownBy(() -> BriefProjectMojo.pdfStandard("pdfa"))
                .hasMessage("unknown PDF standard 'pdfa'; use one of ua1, ua2");
    }
}
