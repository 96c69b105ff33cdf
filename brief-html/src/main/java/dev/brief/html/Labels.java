package dev.brief.html;

import java.util.Locale;

/**
 * The few words the writer adds itself (the model supplies every other word). Chosen by the brief's primary
 * language subtag so that a French brief does not announce "Notes" in English; English when unknown.
 */
record Labels(
        String notes,
        String backToReference,
        String backToReferenceNumbered,
        String authors,
        String aboutAuthors,
        String colophon,
        String isbn,
        String printEdition,
        String summary) {

    private static final Labels ENGLISH = new Labels(
            "Notes", "Back to the reference", "Back to reference %d", "Authors", "About the authors",
            "Publication details", "ISBN", "print", "Summary");
    private static final Labels FRENCH = new Labels(
            "Notes", "Retour à l’appel de note", "Retour à l’appel %d", "Auteurs", "À propos des auteurs",
            "Informations de publication", "ISBN", "imprimé", "Résumé");
    private static final Labels GERMAN = new Labels(
            "Anmerkungen", "Zurück zum Verweis", "Zurück zu Verweis %d", "Autorinnen und Autoren",
            "Über die Autorinnen und Autoren", "Impressum", "ISBN", "Druck", "Zusammenfassung");
    private static final Labels SPANISH = new Labels(
            "Notas", "Volver a la llamada", "Volver a la llamada %d", "Autores", "Sobre los autores",
            "Datos de la publicación", "ISBN", "impresa", "Resumen");

    static Labels forLanguage(String languageTag) {
        String primary = Locale.forLanguageTag(languageTag).getLanguage();
        return switch (primary) {
            case "fr" -> FRENCH;
            case "de" -> GERMAN;
            case "es" -> SPANISH;
            default -> ENGLISH;
        };
    }

    /** The accessible name of the back link to reference {@code k} of {@code count} references to a note. */
    String backLink(int k, int count) {
        return count == 1 ? backToReference : String.format(Locale.ROOT, backToReferenceNumbered, k);
    }
}
