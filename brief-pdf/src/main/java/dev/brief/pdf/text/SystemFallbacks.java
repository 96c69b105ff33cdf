package dev.brief.pdf.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Interim: a few well-known font files of Debian's font packages, by script. */
final class SystemFallbacks implements FallbackFonts {
    static final FallbackFonts INSTALLED = new SystemFallbacks();

    private static final String[] SERIF = {
        "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSerifHebrew-Regular.ttf",
        "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    };
    private static final String[] SANS = {
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
        "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    };

    @Override
    public List<FontSource> chain(int codePoint, Face face, String languageTag) {
        List<FontSource> sources = new ArrayList<>();
        for (String name : face.serif() ? SERIF : SANS) {
            String file = face.bold() ? name.replace("-Regular", "-Bold") : name;
            Path path = Path.of(Files.exists(Path.of(file)) ? file : name);
            if (Files.exists(path)) {
                sources.add(new FontSource(path.toString(), path.getFileName().toString(), () -> read(path)));
            }
        }
        return sources;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
