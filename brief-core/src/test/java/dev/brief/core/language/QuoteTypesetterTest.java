package dev.brief.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteTypesetterTest {
    private static String set(String language, String text) {
        return QuoteTypesetter.forLanguage(language).typeset(text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "en|China's \"peaceful rise\"|China’s “peaceful rise”",
                "en|\"She said 'no' to me.\"|“She said ‘no’ to me.”",
                "en|the '90s and rock 'n' roll|the ’90s and rock ’n’ roll",
                "en|rock'n'roll, don't, 'em and 'Tis|rock’n’roll, don’t, ’em and ’Tis",
                "en|the students' books|the students’ books",
                "en|(\"quoted\") and —\"dashed\"|(“quoted”) and —“dashed”",
                "en|\"Hello,\" he said; 'fine.'|“Hello,” he said; ‘fine.’",
                "en|a 12\" pipe|a 12” pipe",
                "en|a lone \" mark|a lone \" mark",
                "de|\"Ich sage 'nein'\", sagt Hans' Freund.|„Ich sage ‚nein‘“, sagt Hans’ Freund.",
                "de-CH|\"Grüezi\"|«Grüezi»",
                "fr|\"paix\" et l'État|«paix» et l’État",
                "fr|\" paix \" et aujourd'hui|« paix » et aujourd’hui",
                "fr-CH|\"oui 'non'\"|«oui ‹non›»",
                "es|\"paz 'interior'\"|«paz “interior”»",
                "it|\"pace\" e l'anno|«pace» e l’anno",
                "pt|\"paz\"|«paz»",
                "pt-BR|\"paz\"|“paz”",
                "nl|\"vrede\" en 'rust'|“vrede” en ‘rust’",
                "ru|\"мир 'внутри'\"|«мир „внутри“»",
                "uk|\"мир\"|«мир»",
                "pl|\"pokój 'wewnętrzny'\"|„pokój «wewnętrzny»”",
                "cs|\"mír\"|„mír“",
                "sv|\"fred 'inre'\"|”fred ’inre’”",
                "fi|\"rauha\"|”rauha”",
                "da|\"fred 'indre'\"|»fred ›indre‹«",
                "nb|\"fred 'indre'\"|«fred ‘indre’»",
                "ar|\"سلام\"|«سلام»",
                "fa|\"صلح\"|«صلح»",
                "he|\"שלום\" בצה\"ל|„שלום” בצה\"ל",
                "he|גם ה־\"IMF\" ציין|גם ה־„IMF” ציין",
                "he|סעיף ד' ו-'ג'ירפה'|סעיף ד' ו-‚ג'ירפה’",
                "zh|\"和平\"|“和平”",
                "zh-TW|\"和平 '內在'\"|「和平 『內在』」",
                "ja|\"平和\"|「平和」",
                "ko|\"평화\"|“평화”",
                "tr|\"barış\"|“barış”",
            })
    void setsTheMarksOfEachLanguage(String language, String text, String expected) {
        assertThat(set(language, text)).isEqualTo(expected);
    }

    @Test
    void keepsTypographicMarksTheAuthorTyped() {
        String curly = "“Already” ‘curly’ and China’s «guillemets»";
        assertThat(set("en", curly)).isSameAs(curly);
        assertThat(set("en", "“Outer 'inner' text”")).isEqualTo("“Outer ‘inner’ text”");
    }

    @Test
    void leavesMarksInsideAddressesButSetsThoseAroundThem() {
        assertThat(set("en", "see https://example.org/it's?q='x' now"))
                .isEqualTo("see https://example.org/it's?q='x' now");
        assertThat(set("en", "\"https://example.org\".")).isEqualTo("“https://example.org”.");
        assertThat(set("en", "write to o'brien@example.org")).isEqualTo("write to o'brien@example.org");
    }

    @Test
    void keptCharactersStayButAreReadAsContext() {
        // "\uFFFC" stands for a code span: its own marks are kept, the quotation around it is set.
        String text = "\"\uFFFC\" and \"x'y\"";
        BitSet kept = new BitSet();
        kept.set(1);
        kept.set(9, 12);
        assertThat(QuoteTypesetter.forLanguage("en").typeset(text, kept)).isEqualTo("“\uFFFC” and “x'y”");
    }

    @Test
    void keepsTheLengthOfTheText() {
        String text = "\"A\" 'b' c'd \"e 'f' g\" '90s";
        assertThat(set("de", text)).hasSameSizeAs(text);
    }

    @Test
    void unknownAndMissingLanguagesGetEnglishMarks() {
        assertThat(QuoteTypesetter.forLanguage("und").marks())
                .isEqualTo(QuoteTypesetter.forLanguage("en").marks());
        assertThat(QuoteTypesetter.forLanguage(null).marks())
                .isEqualTo(QuoteTypesetter.forLanguage("en").marks());
    }
}
