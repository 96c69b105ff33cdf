package dev.brief.epub.inspect;

import java.util.List;
import java.util.Map;

/**
 * An EPUB as read back: its package metadata, spine, navigation and content documents, for tests and for
 * {@code brief:check}.
 *
 * @param metadata {@code dc:*} elements and {@code meta} properties of the package document that refine
 *     nothing, by name ({@code dc:title}, {@code schema:accessibilityFeature}), values in document order
 * @param manifest manifest item hrefs by id
 * @param manifestProperties the {@code properties} of manifest items, by href
 * @param spine hrefs of the spine items, in reading order
 * @param tableOfContents the {@code toc} nav, nested
 * @param landmarks the {@code landmarks} nav: label, href and {@code epub:type}
 * @param pageList the {@code page-list} nav: page label and href
 * @param documents every XHTML document's text by href (relative to the package document)
 */
public record InspectedEpub(
        String packageVersion,
        String uniqueIdentifier,
        Map<String, List<String>> metadata,
        Map<String, String> manifest,
        Map<String, String> manifestProperties,
        List<String> spine,
        List<NavEntry> tableOfContents,
        List<NavEntry> landmarks,
        List<NavEntry> pageList,
        Map<String, String> documents) {

    /** One entry of a navigation list; {@code type} is its {@code epub:type}, empty when it has none. */
    public record NavEntry(String label, String href, String type, List<NavEntry> children) {
        public NavEntry {
            children = List.copyOf(children);
        }
    }

    /** The values of one metadata property, or none. */
    public List<String> values(String property) {
        return metadata.getOrDefault(property, List.of());
    }

    /** Every entry of the table of contents, depth first. */
    public List<NavEntry> flatTableOfContents() {
        java.util.ArrayList<NavEntry> all = new java.util.ArrayList<>();
        flatten(tableOfContents, all);
        return List.copyOf(all);
    }

    private static void flatten(List<NavEntry> entries, List<NavEntry> into) {
        for (NavEntry entry : entries) {
            into.add(entry);
            flatten(entry.children(), into);
        }
    }
}
