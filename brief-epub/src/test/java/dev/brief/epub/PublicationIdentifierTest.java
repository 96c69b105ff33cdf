package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Brief;
import dev.brief.core.model.Metadata;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationIdentifierTest {
    @Test
    void epubIsbnBecomesAnIsbnUrn() {
        assertThat(PublicationIdentifier.of(TestBriefs.full())).isEqualTo("urn:isbn:9780000000028");
    }

    @Test
    void withoutIsbnTheUuidIsStableAndNameBased() {
        String identifier = PublicationIdentifier.of(TestBriefs.minimal("en"));
        assertThat(identifier).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(PublicationIdentifier.of(TestBriefs.minimal("en"))).isEqualTo(identifier);
    }

    @Test
    void anotherWorkGetsAnotherUuid() {
        Brief brief = TestBriefs.minimal("en");
        Metadata m = brief.metadata();
        Metadata retitled = new Metadata(
                "Louder Streets",
                m.subtitle(),
                m.shortTitle(),
                m.series(),
                m.number(),
                m.date(),
                m.language(),
                m.authors(),
                m.identifiers(),
                m.keywords(),
                m.rights());
        Brief other =
                new Brief(retitled, brief.summary(), brief.lead(), brief.sections(), brief.notes(), Optional.empty());
        assertThat(PublicationIdentifier.of(other)).isNotEqualTo(PublicationIdentifier.of(brief));
    }

    @Test
    void correctingTheBodyKeepsTheIdentifier() {
        Brief brief = TestBriefs.minimal("en");
        Brief corrected = new Brief(
                brief.metadata(),
                brief.summary(),
                brief.lead(),
                TestBriefs.minimal("en").sections().stream()
                        .map(section -> new dev.brief.core.model.Section(
                                section.id(),
                                section.level(),
                                section.heading(),
                                java.util.List.of(
                                        TestBriefs.paragraph("p-1", TestBriefs.text("Fewer cars, more trees."))),
                                section.subsections()))
                        .toList(),
                brief.notes(),
                brief.publisher());
        assertThat(PublicationIdentifier.of(corrected)).isEqualTo(PublicationIdentifier.of(brief));
    }
}
