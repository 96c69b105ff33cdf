package dev.brief.pdf.layout;

import dev.brief.pdf.tag.Owner;

/**
 * Where an anchor landed: page index and distance from the page top, and the element it belongs to (a structure
 * destination points at it under PDF/UA-2).
 */
public record Destination(int pageIndex, float top, Owner owner) {}
