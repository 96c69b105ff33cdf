package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.house.FontFamily;
import dev.brief.core.house.House;
import dev.brief.core.house.HouseReader;
import dev.brief.core.house.HouseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The house every brief of a build shares, read once: the house file (or the defaults), with the page size
 * the build may override, and the files it draws on, for the stale check.
 */
public record LoadedHouse(House house, List<Path> files, String settings, List<Diagnostic> diagnostics) {
    public LoadedHouse {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public static LoadedHouse load(BuildRequest request) {
        Optional<Path> file = request.houseFile();
        House house = House.defaults();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (file.isPresent()) {
            HouseResult result = HouseReader.read(file.get());
            diagnostics.addAll(result.diagnostics());
            house = result.house().orElse(house);
        }
        if (request.pageSize().isPresent()) {
            house = new House(
                    house.publisher(),
                    house.style().withPageSize(request.pageSize().get()));
        }
        if (request.pdfStandard().isPresent()) {
            // The plugin parameter wins over the house key, as the page size does.
            house = new House(
                    house.publisher(),
                    house.style().withPdfStandard(request.pdfStandard().get()));
        }
        List<Path> files = new ArrayList<>();
        file.ifPresent(files::add);
        house.style().serif().ifPresent(family -> files.addAll(fontFiles(family)));
        house.style().sans().ifPresent(family -> files.addAll(fontFiles(family)));
        String settings = "house " + file.map(Path::toString).orElse("(defaults)") + " page "
                + house.style().pageSize() + " pdf "
                + house.style().pdfStandard().key();
        return new LoadedHouse(house, files, settings, diagnostics);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    private static List<Path> fontFiles(FontFamily family) {
        return List.of(family.regular(), family.bold(), family.italic(), family.boldItalic());
    }
}
