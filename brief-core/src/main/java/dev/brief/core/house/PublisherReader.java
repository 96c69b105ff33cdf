package dev.brief.core.house;

import dev.brief.core.read.yaml.YamlMapping;
import dev.brief.core.read.yaml.YamlValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code publisher:} group, from a house file or a brief's front matter. Relative logo paths are
 * resolved against the folder of the file that names them.
 */
public final class PublisherReader {
    public static final Set<String> KEYS =
            Set.of("name", "address", "url", "logo", "mission", "disclaimer", "media-contact");
    private static final Set<String> LOGO_KEYS = Set.of("source", "alt");

    private PublisherReader() {}

    public static PublisherFields read(YamlMapping publisher, Path folder) {
        Optional<String> logoSource = Optional.empty();
        Optional<String> logoAlt = Optional.empty();
        Optional<YamlValue> logo = publisher.value("logo");
        if (logo.isPresent()) {
            if (logo.get().isText()) {
                logoSource = logo.get().asText();
            } else {
                Optional<YamlMapping> group = logo.get().asMapping(LOGO_KEYS);
                if (group.isPresent()) {
                    logoSource = group.get().text("source");
                    logoAlt = group.get().text("alt");
                    if (!group.get().has("source")) {
                        publisher
                                .context()
                                .error(
                                        logo.get().position(),
                                        "the logo has no `source`",
                                        "add `source: logo.png` (a PNG or JPEG file) under `logo:`");
                    }
                }
            }
        }
        Optional<String> resolved = logoSource.map(
                source -> folder.resolve(source).toAbsolutePath().normalize().toString());
        if (resolved.isPresent() && !Files.isRegularFile(Path.of(resolved.get()))) {
            publisher
                    .context()
                    .error(
                            logo.get().position(),
                            "the logo file `" + logoSource.get() + "` does not exist",
                            "put the image there or correct the path; it is relative to the folder of this file");
        }
        return new PublisherFields(
                publisher.text("name"),
                publisher.texts("address"),
                publisher.text("url"),
                resolved,
                logoAlt,
                publisher.text("mission"),
                publisher.text("disclaimer"),
                publisher.text("media-contact"));
    }
}
