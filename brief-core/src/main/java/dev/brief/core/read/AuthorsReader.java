package dev.brief.core.read;

import dev.brief.core.model.Author;
import dev.brief.core.read.yaml.YamlMapping;
import dev.brief.core.read.yaml.YamlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code authors:}: a list whose items are a name, or a group with name, email, affiliation, bio. */
final class AuthorsReader {
    static final Set<String> KEYS = Set.of("name", "email", "affiliation", "bio");

    private AuthorsReader() {}

    static List<Author> read(YamlMapping yaml) {
        List<Author> authors = new ArrayList<>();
        for (YamlValue item : yaml.items("authors")) {
            if (item.isText()) {
                item.asText().map(Author::named).ifPresent(authors::add);
                continue;
            }
            Optional<YamlMapping> author = item.asMapping(KEYS);
            if (author.isEmpty()) {
                continue;
            }
            Optional<String> name = author.get().text("name");
            if (!author.get().has("name")) {
                yaml.context().error(item.position(), "an author has no `name`", "add `name: …` to this author");
            }
            Optional<String> email = author.get().text("email");
            if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                yaml.context()
                        .error(
                                author.get().value("email").get().valuePosition(),
                                "`" + email.get() + "` is not an email address",
                                "write it as name@example.org");
            }
            name.ifPresent(n -> authors.add(new Author(
                    n, email, author.get().text("affiliation"), author.get().text("bio"))));
        }
        return authors;
    }
}
