package dev.brief.pdf.layout;

/** A heading for the bookmarks, in source order: the id its anchor is named by, its level and its text. */
public record Heading(String id, int level, String text) {}
