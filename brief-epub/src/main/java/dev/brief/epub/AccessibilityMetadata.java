package dev.brief.epub;

import java.util.List;
import java.util.Optional;

/**
 * The discovery metadata of EPUB Accessibility 1.1 (§2 "Discovery metadata", §4 "Conformance reporting"):
 * schema.org properties, the conformance claim, who evaluated it, and where the page numbers come from.
 */
record AccessibilityMetadata(
        List<String> accessModes,
        List<String> accessModesSufficient,
        List<String> features,
        List<String> hazards,
        String summary,
        String conformsTo,
        Optional<String> certifiedBy,
        Optional<String> pageBreakSource) {
    /** The exact conformance string of EPUB Accessibility 1.1, §4.1, for WCAG 2.2 Level AA. */
    static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    AccessibilityMetadata {
        accessModes = List.copyOf(accessModes);
        accessModesSufficient = List.copyOf(accessModesSufficient);
        features = List.copyOf(features);
        hazards = List.copyOf(hazards);
    }
}
