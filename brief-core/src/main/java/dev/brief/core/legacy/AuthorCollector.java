package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the authors of a masthead line by line: a name opens an author, and the email and affiliation
 * lines after it belong to that author, until the next name.
 */
final class AuthorCollector {
    private final RepairLog log;
    private final List<Draft> authors = new ArrayList<>();
    private int current = -1;

    AuthorCollector(RepairLog log) {
        this.log = log;
    }

    boolean isEmpty() {
        return authors.isEmpty();
    }

    List<LegacyAuthor> authors() {
        return authors.stream().map(Draft::author).toList();
    }

    void add(String printed, int lineNumber) {
        for (Draft known : authors) {
            if (known.name.equalsIgnoreCase(printed) || known.printed.equals(printed)) {
                current = authors.indexOf(known); // details on the following lines belong to this author again
                log.warn(
                        lineNumber,
                        "'" + printed + "' names an author already listed; the repeated name is dropped",
                        "check the details under that author in `authors:`");
                return;
            }
        }
        String name = printed;
        if (NameRecogniser.inCapitals(printed)) {
            name = NameRecogniser.ordinaryCase(printed);
            log.warn(
                    lineNumber,
                    "author '" + printed + "' was printed in capitals; wrote it as '" + name + "'",
                    "check the spelling of `name:` (for example Mc, Mac, van)");
        }
        authors.add(new Draft(name, printed));
        current = authors.size() - 1;
        log.warn(lineNumber, "took '" + printed + "' as an author", "check `authors:` in the front matter");
    }

    /** Gives the current author this email; false when there is no author without one. */
    boolean email(String address, int lineNumber) {
        if (current < 0 || authors.get(current).email != null) {
            return false;
        }
        Draft author = authors.get(current);
        author.email = address;
        log.warn(
                lineNumber,
                "took " + address + " as the email of " + author.name,
                "check `email:` under that author in the front matter");
        return true;
    }

    void affiliation(String text, int lineNumber) {
        Draft author = authors.get(current);
        author.affiliation = author.affiliation == null ? text : author.affiliation + ", " + text;
        log.warn(
                lineNumber,
                "took '" + text + "' as the affiliation of " + author.name,
                "check `affiliation:` under that author in the front matter");
    }

    /** An author while the masthead is being read. */
    private static final class Draft {
        private final String name;
        private final String printed;
        private String email;
        private String affiliation;

        Draft(String name, String printed) {
            this.name = name;
            this.printed = printed;
        }

        LegacyAuthor author() {
            return new LegacyAuthor(name, Optional.ofNullable(email), Optional.ofNullable(affiliation));
        }
    }
}
