package dev.brief.core.legacy;

import java.util.Optional;

/** An author found in the masthead of a legacy brief. */
record LegacyAuthor(String name, Optional<String> email, Optional<String> affiliation) {}
