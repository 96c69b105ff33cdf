/**
 * The layout stage. {@link dev.brief.pdf.layout.BriefLayouter#layOut} takes the plan of the brief
 * ({@code dev.brief.pdf.plan}) and sets its parts in reading order into the regions the plan gives them: each
 * layouter (front matter, summary, body, lists, tables, figures, asides, endnotes, colophon) sets its part into
 * rows, into the block-level structure elements the plan made, adding only inline elements (links, note
 * references, language spans, emphasis) inside them; every mark in a row has an owner, a structure element or an
 * artifact kind, and cannot be made without one. Paragraphs are broken into lines by {@code dev.brief.pdf.text}.
 * Every character is checked against the fonts before pagination, so a missing glyph is reported, with its
 * element, before anything is drawn. The paginator keeps headings with what follows, avoids widows and orphans,
 * places side-column asides level with their source position and repeats table headers (as artifacts); the
 * running header and page number are laid out as artifact marks of each page.
 *
 * <p>It hands on a {@link dev.brief.pdf.layout.LaidOutBrief}: the pages with their
 * {@link dev.brief.pdf.layout.PlacedMark}s in drawing order, where each anchor landed
 * ({@link dev.brief.pdf.layout.Destination}), the {@link dev.brief.pdf.layout.Heading}s for the bookmarks, and
 * the page map. {@link dev.brief.pdf.layout.Mark} and {@link dev.brief.pdf.layout.TextRun} are public only as
 * part of that value; everything else here is package-private.
 */
package dev.brief.pdf.layout;
