package dev.brief.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseReader;
import dev.brief.core.house.HouseResult;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueWriterTest {
    @TempDir
    Path folder;

    @Test
    void writesRealisticBriefsThatReadWithoutAnyDiagnostic() throws IOException {
        List<Path> files = CatalogueWriter.write(folder, 12, 7, CatalogueWriter.Shape.realistic());
        HouseResult house = HouseReader.read(folder.resolve("house.yaml"));
        assertThat(house.diagnostics()).isEmpty();

        boolean anyFigure = false;
        boolean anyTable = false;
        for (Path file : files) {
            String source = Files.readString(file);
            ReadResult read = BriefReader.read(source, file, house.house().orElseThrow());
            assertThat(read.diagnostics()).as(file.toString()).isEmpty();
            Brief brief = read.brief().orElseThrow();
            assertThat(brief.notes()).hasSizeBetween(10, 40);
            String body = source.substring(source.indexOf("## Summary"), source.indexOf("[^n1]:"));
            assertThat(PolicyProse.words(body)).isBetween(1800, 4400);
            anyFigure |= source.contains("(figure.png)");
            anyTable |= source.contains("\nTable: ");
        }
        assertThat(anyFigure).isTrue();
        assertThat(anyTable).isTrue();
    }

    @Test
    void theSameSeedWritesTheSameSource() {
        CatalogueWriter.Shape shape = CatalogueWriter.Shape.realistic();
        assertThat(CatalogueWriter.source(42, 3, shape))
                .isEqualTo(CatalogueWriter.source(42, 3, shape))
                .isNotEqualTo(CatalogueWriter.source(43, 3, shape));
    }
}
