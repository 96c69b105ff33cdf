package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The patterns of every language Brief ships. Expected breaks are the ones Liang's algorithm gives with each
 * language's patterns and minima, cross-checked with the JavaScript hyphenator the data comes from, and each
 * agrees with the language's dictionaries.
 */
class HyphenatorLanguagesTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
        "fr, développement, dé-ve-lop-pe-ment",
        "fr, information, in-for-ma-tion",
        "fr, gouvernement, gou-ver-ne-ment",
        "fr, européenne, eu-ro-péenne",
        "fr, politique, po-li-tique",
        "fr, économique, éco-no-mique",
        "de, Zusammenfassung, Zu-sam-men-fas-sung",
        "de, Bundesregierung, Bun-des-re-gie-rung",
        "de, Entwicklung, Ent-wick-lung",
        "de, Verantwortung, Ver-ant-wor-tung",
        "de, Wirtschaftspolitik, Wirt-schafts-po-li-tik",
        "es, desarrollo, de-sa-rro-llo",
        "es, gobierno, go-bierno",
        "es, información, in-for-ma-ción",
        "es, económico, eco-nó-mi-co",
        "es, política, po-lí-ti-ca",
        "it, sviluppo, svi-lup-po",
        "it, governo, go-ver-no",
        "it, informazione, in-for-ma-zio-ne",
        "it, economia, eco-no-mia",
        "it, politica, po-li-ti-ca",
        "pt, desenvolvimento, de-sen-vol-vi-mento",
        "pt, governo, go-verno",
        "pt, informação, in-for-ma-ção",
        "pt, economia, eco-no-mia",
        "pt, política, po-lí-tica",
        "nl, ontwikkeling, ont-wik-ke-ling",
        "nl, regering, re-ge-ring",
        "nl, samenvatting, sa-men-vat-ting",
        "nl, informatie, in-for-ma-tie",
        "ru, государство, го-су-дар-ство",
        "ru, правительство, пра-ви-тель-ство",
        "ru, экономика, эко-но-ми-ка",
        "ru, развитие, раз-ви-тие",
        "uk, держава, дер-жа-ва",
        "uk, розвиток, роз-ви-ток",
        "uk, економіка, еко-но-мі-ка",
        "uk, інформація, ін-фор-ма-ція",
        "pl, rozwój, roz-wój",
        "pl, gospodarka, go-spo-dar-ka",
        "pl, informacja, in-for-ma-cja",
        "pl, państwo, pań-stwo",
        "cs, hospodářství, hos-po-dář-ství",
        "cs, informace, in-for-mace",
        "cs, rozvoj, roz-voj",
        "cs, vláda, vláda",
        "sv, utveckling, ut-veck-ling",
        "sv, regeringen, re-ge-ring-en",
        "sv, information, in-for-ma-tion",
        "sv, ekonomi, eko-no-mi",
        "da, udvikling, ud-vik-ling",
        "da, regeringen, re-ge-rin-gen",
        "da, information, in-for-ma-tion",
        "da, økonomi, øko-no-mi",
        "nb, utvikling, ut-vik-ling",
        "nb, regjeringen, re-gje-rin-gen",
        "nb, informasjon, in-for-ma-sjon",
        "nb, økonomi, øko-no-mi",
        "nn, utvikling, ut-vik-ling",
        "nn, regjeringa, re-gje-rin-ga",
        "nn, informasjon, in-for-ma-sjon",
        "fi, kehitys, ke-hi-tys",
        "fi, hallitus, hal-li-tus",
        "fi, tiedotus, tie-do-tus",
        "fi, talous, ta-lous",
        "tr, gelişme, ge-liş-me",
        "tr, hükümet, hü-kü-met",
        "tr, ekonomi, eko-no-mi",
        "tr, bilgilendirme, bil-gi-len-dir-me",
        "ca, desenvolupament, desen-vo-lu-pa-ment",
        "ca, informació, in-for-ma-ció",
        "sk, hospodárstvo, hos-po-dár-stvo",
        "sk, informácie, in-for-má-cie",
        "sl, gospodarstvo, go-spo-dar-stvo",
        "sl, informacija, in-for-ma-ci-ja",
        "hr, gospodarstvo, gos-po-dar-stvo",
        "hr, informacija, in-for-ma-ci-ja",
        "bg, икономика, ико-но-ми-ка",
        "bg, информация, ин-фор-ма-ция",
        "el, κυβέρνηση, κυ-βέρ-νη-ση",
        // Greek's minima are one letter at each end; the JavaScript hyphenator always keeps two, so it stops at μία.
        "el, οικονομία, οι-κο-νο-μί-α",
        "et, majandus, ma-jan-dus",
        "et, valitsus, va-lit-sus",
        "lt, vyriausybė, vy-riau-sy-bė",
        "lt, ekonomika, eko-no-mi-ka"
    })
    void hyphenatesRealWords(String language, String word, String expected) {
        Hyphenator hyphenator = Hyphenator.forLanguage(language).orElseThrow();
        assertThat(hyphenator.hyphenate(word, "-")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "fr, fr",
        "fr-CA, fr",
        "fr-CH, fr",
        "de, de-1996",
        "de-DE, de-1996",
        "de-AT, de-1996",
        "de-CH, de-1996",
        "es-MX, es",
        "it, it",
        "pt-BR, pt",
        "pt-PT, pt",
        "nl-BE, nl",
        "ru, ru",
        "uk-UA, uk",
        "pl, pl",
        "cs, cs",
        "sv-FI, sv",
        "da, da",
        "nb, nb",
        "no, nb",
        "nn, nn",
        "fi, fi",
        "tr, tr",
        "ca-ES, ca",
        "sk, sk",
        "sl, sl",
        "hr, hr",
        "bg, bg",
        "el-GR, el-monoton",
        "et, et",
        "lt, lt",
        "en, en-us",
        "en-US, en-us",
        "en-GB, en-gb",
        "en_gb, en-gb"
    })
    void choosesPatternsByThePrimaryLanguageSubtag(String tag, String patterns) {
        assertThat(Hyphenator.forLanguage(tag)).map(Hyphenator::patternLanguage).contains(patterns);
    }

    @Test
    void aLanguageWithoutPatternsIsNotHyphenated() {
        assertThat(Hyphenator.forLanguage("ja")).isEmpty();
        assertThat(Hyphenator.forLanguage("x-unknown")).isEmpty();
        assertThat(Hyphenator.forLanguage("zz")).isEmpty();
    }

    @Test
    void nynorskAndBokmalShareThePatternsButNotTheExceptions() {
        Hyphenator bokmal = Hyphenator.forLanguage("nb").orElseThrow();
        Hyphenator nynorsk = Hyphenator.forLanguage("nn").orElseThrow();
        assertThat(bokmal).isNotSameAs(nynorsk);
        assertThat(bokmal.hyphenate("informasjon", "-")).isEqualTo(nynorsk.hyphenate("informasjon", "-"));
    }

    @Test
    void keepsEachLanguagesMinimumOfLettersAtTheEnds() {
        Hyphenator czech = Hyphenator.forLanguage("cs").orElseThrow();
        Hyphenator german = Hyphenator.forLanguage("de").orElseThrow();
        // Czech keeps three letters after the last break, German two.
        for (int index : czech.breakIndices("informace")) {
            assertThat(index).isBetween(2, "informace".length() - 3);
        }
        assertThat(german.hyphenate("Entwicklungen", "-")).endsWith("-gen");
    }

    @Test
    void turkishCapitalsLowerTheTurkishWay() {
        Hyphenator turkish = Hyphenator.forLanguage("tr").orElseThrow();
        // İ lowers to i in Turkish, not to i and a combining dot as it does elsewhere.
        assertThat(turkish.hyphenate("İstanbul", "-"))
                .isEqualTo("İ" + turkish.hyphenate("istanbul", "-").substring(1));
        assertThat(turkish.breakIndices("İstanbul")).isNotEmpty();
    }

    @Test
    void lettersOfAnotherScriptAreLeftAloneWithoutFailing() {
        Hyphenator russian = Hyphenator.forLanguage("ru").orElseThrow();
        Hyphenator french = Hyphenator.forLanguage("fr").orElseThrow();
        assertThat(russian.breakIndices("Zusammenfassung")).isEmpty();
        assertThat(french.breakIndices("государство")).isEmpty();
        assertThat(french.breakIndices("συνεργασία")).isEmpty();
        assertThat(french.breakIndices("政府的政策文件")).isEmpty();
    }

    @Test
    void frenchElisionHyphenatesTheWordAfterTheApostrophe() {
        Optional<Hyphenator> french = Hyphenator.forLanguage("fr");
        for (String elided : new String[] {"l\u2019information", "l'information"}) {
            WordBreak[] breaks = WordBreak.find(elided, french);
            int[] at = IntStream.range(0, breaks.length)
                    .filter(k -> breaks[k] == WordBreak.HYPHENATION)
                    .toArray();
            // in-for-ma-tion after the two characters "l'".
            assertThat(at).as(elided).containsExactly(4, 7, 9);
            assertThat(Arrays.stream(breaks).filter(Objects::nonNull).count()).isEqualTo(3);
        }
    }

    @Test
    void threadsAskingAtOnceShareTheOneLoadedInstance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Hyphenator>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(pool.submit(() -> Hyphenator.forLanguage("sv-SE").orElseThrow()));
            }
            Hyphenator first = asked.get(0).get();
            for (Future<Hyphenator> one : asked) {
                assertThat(one.get()).isSameAs(first);
            }
            assertThat(first.hyphenate("utveckling", "-")).isEqualTo("ut-veck-ling");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sharesOneInstancePerPatternSetAcrossRegions() {
        assertThat(Hyphenator.forLanguage("de-AT").orElseThrow())
                .isSameAs(Hyphenator.forLanguage("de-CH").orElseThrow());
    }
}
