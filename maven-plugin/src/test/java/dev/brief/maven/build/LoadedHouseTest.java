package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.PageSize;
import dev.brief.core.house.PdfStandard;
import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedHouseTest {
    @TempDir
    Path folder;

    @Test
    void aConfiguredPageSizeKeepsTheHousesLabels() throws Exception {
        Path house = Files.writeString(
                folder.resolve("house.yaml"), "style:\n  page-size: LETTER\nlabels:\n  ru:\n    summary: Главное\n");
        BuildRequest request = new BuildRequest(
                folder,
                folder.resolve("out"),
                EnumSet.of(Format.PDF),
                Optional.of(PageSize.A4),
                Optional.of(house),
                1,
                Instant.EPOCH,
                "test");

        LoadedHouse loaded = LoadedHouse.load(request);

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.house().style().pageSize()).isEqualTo(PageSize.A4);
        assertThat(Labels.of("ru", loaded.house().style().labels()).text(Label.SUMMARY))
                .isEqualTo("Главное");
    }

    @Test
    void thePdfStandardParameterWinsOverTheHouseKey() throws Exception {
        Path house = Files.writeString(folder.resolve("house.yaml"), "style:\n  pdf-standard: ua1\n");
        BuildRequest request = new BuildRequest(
                folder,
                folder.resolve("out"),
                EnumSet.of(Format.PDF),
                Optional.empty(),
                Optional.of(house),
                1,
                Instant.EPOCH,
                "test");

        assertThat(LoadedHouse.load(request).house().style().pdfStandard()).isEqualTo(PdfStandard.UA1);
        LoadedHouse overridden = LoadedHouse.load(request.withPdfStandard(Optional.of(PdfStandard.UA2)));
        assertThat(overridden.house().style().pdfStandard()).isEqualTo(PdfStandard.UA2);
        assertThat(overridden.settings())
                .as("a change of standard rebuilds the brief")
                .endsWith("pdf ua2");
    }
}
