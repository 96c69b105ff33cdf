package dev.brief.core.model;

/** The editions a brief is published in; each may carry its own ISBN. */
public enum Edition {
    PRINT,
    PDF,
    EPUB,
    HTML
}
