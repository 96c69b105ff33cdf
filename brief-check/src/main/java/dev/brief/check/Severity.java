package dev.brief.check;

/** How bad a finding is, in EPUBCheck's words; veraPDF's failed rules are errors, an unreadable file fatal. */
public enum Severity {
    /** The validator could not read the file at all. */
    FATAL,
    /** The file breaks a rule of the standard. */
    ERROR,
    /** The file is valid but likely to trouble a reading system; a clean edition has none either. */
    WARNING
}
