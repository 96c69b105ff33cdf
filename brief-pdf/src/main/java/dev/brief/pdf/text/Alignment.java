package dev.brief.pdf.text;

/** How lines sit in their measure. */
public enum Alignment {
    /** Spaces stretch or shrink so every line but the last and those before a forced break fill the width. */
    JUSTIFIED,
    /** Natural spaces; lines end where they end, with the raggedness kept even. */
    RAGGED_RIGHT
}
