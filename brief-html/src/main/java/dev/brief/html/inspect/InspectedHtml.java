package dev.brief.html.inspect;

import java.util.List;

/**
 * What an HTML edition says, read back: for a reviewer's report and for checks that do not need a browser.
 *
 * @param language the root's {@code lang}
 * @param title the document title
 * @param headings the outline, in document order
 * @param images every image with its text alternative ({@code ""} for a decorative one)
 * @param links every link's target and text, in document order
 * @param problems what the {@link HtmlInspector} found wrong; empty for a sound edition
 */
public record InspectedHtml(
        String language,
        String title,
        List<Heading> headings,
        List<Image> images,
        List<Link> links,
        List<String> problems) {
    public InspectedHtml {
        headings = List.copyOf(headings);
        images = List.copyOf(images);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }

    public record Heading(int level, String id, String text) {}

    /** {@code embedded} when the image travels inside the file as a {@code data:} URI. */
    public record Image(String source, boolean embedded, String alt) {}

    /** {@code role} is the DPUB-ARIA role ({@code doc-noteref}, {@code doc-backlink}) or empty. */
    public record Link(String href, String role, String text) {}
}
