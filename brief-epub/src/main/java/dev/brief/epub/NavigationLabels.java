package dev.brief.epub;

import java.util.Locale;

/**
 * The few words the navigation document and cover page add themselves, in the brief's primary language so
 * that a French brief does not announce "Contents" in English; English when the language is not known.
 */
record NavigationLabels(
        String contents, String landmarks, String pages, String cover, String start, String notes) {

    private static final NavigationLabels ENGLISH = new NavigationLabels(
            "Contents", "Guide", "Pages", "Cover", "Start of the brief", "Notes");
    private static final NavigationLabels FRENCH = new NavigationLabels(
            "Table des matières", "Repères", "Pages", "Couverture", "Début du texte", "Notes");
    private static final NavigationLabels GERMAN = new NavigationLabels(
            "Inhalt", "Orientierung", "Seiten", "Umschlag", "Beginn des Textes", "Anmerkungen");
    private static final NavigationLabels SPANISH = new NavigationLabels(
            "Índice", "Guía", "Páginas", "Cubierta", "Inicio del texto", "Notas");

    static NavigationLabels forLanguage(String languageTag) {
        return switch (Locale.forLanguageTag(languageTag).getLanguage()) {
            case "fr" -> FRENCH;
            case "de" -> GERMAN;
            case "es" -> SPANISH;
            default -> ENGLISH;
        };
    }
}
