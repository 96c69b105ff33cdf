package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.AccentPalette;
import dev.brief.core.house.HouseStyle;
import dev.brief.html.StyleRules.Rule;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dark scheme of both editions, read back from the style sheets they carry: every text colour it sets reaches
 * 4.5:1 on the dark page and in the boxes, for the default accent and for houses whose accent is light or dark;
 * it covers every element the light scheme colours; printing stays light; the EPUB's rules leave the reading
 * system's themes alone.
 */
class DarkSchemeTest {
    private static final String DARK = "prefers-color-scheme: dark";
    /** Night pages of reading systems, from black to the greys of dark themes; the EPUB sets no page colour. */
    private static final List<String> NIGHT_PAGES = List.of("#000000", "#121212", "#1e1e1e");

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}\\b");

    @TempDir
    Path folder;

    @BeforeEach
    void writeChart() throws Exception {
        TestBriefs.writeChart(folder);
    }

    @ParameterizedTest(name = "accent {0}")
    @ValueSource(
            strings = {HouseStyle.DEFAULT_ACCENT, "#1b5e7a", "#7fc8f8", "#ffd166", "#0a1a2f", "#5b2a86", "#000000"})
    void printEditionsDarkTextReachesAaOnThePageAndInTheBoxes(String accent) {
        StyleRules css = StyleRules.parse(printCss(accent));
        List<Rule> dark = css.in(DARK);
        assertThat(dark).isNotEmpty();

        String page = declared(dark, "body", "background");
        assertThat(AccentPalette.contrast(page, AccentPalette.PAPER))
                .as("a dark page")
                .isGreaterThan(15);
        List<String> backgrounds = new ArrayList<>(List.of(page));
        backgrounds.add(declared(dark, ".summary", "background"));
        backgrounds.add(declared(dark, ".about", "background"));
        assertTextContrast(dark, backgrounds);
        assertRuleContrast(dark, backgrounds);
    }

    @ParameterizedTest(name = "accent {0}")
    @ValueSource(strings = {HouseStyle.DEFAULT_ACCENT, "#1b5e7a", "#7fc8f8", "#ffd166", "#0a1a2f", "#5b2a86"})
    void epubsNightTextReachesAaOnReadingSystemsNightPages(String accent) {
        StyleRules css = StyleRules.parse(epubCss(accent));
        List<Rule> dark = css.in(DARK);
        assertThat(dark).isNotEmpty();

        List<String> backgrounds = new ArrayList<>(NIGHT_PAGES);
        backgrounds.add(declared(dark, ".summary", "background"));
        backgrounds.add(declared(dark, ".about", "background"));
        assertTextContrast(dark, backgrounds);
        assertRuleContrast(dark, backgrounds);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PRINT", "EPUB"})
    void darkSchemeColoursEverythingTheLightSchemeColours(Flavor flavor) {
        StyleRules css = StyleRules.parse(flavor == Flavor.PRINT ? printCss("#1b5e7a") : epubCss("#1b5e7a"));
        List<String> dark = StyleRules.selectorsSetting(css.in(DARK), "color");

        // A light grey or accent left without a dark counterpart is the 2:1 text this scheme exists to prevent.
        assertThat(dark).containsAll(StyleRules.selectorsSetting(css.unconditional(), "color"));
    }

    @ParameterizedTest(name = "accent {0}")
    @ValueSource(strings = {HouseStyle.DEFAULT_ACCENT, "#1b5e7a", "#ffd166", "#5b2a86"})
    void lightensTheAccentWhenItIsTooDarkAndKeepsItsHue(String accent) {
        AccentPalette light = AccentPalette.of(accent);
        AccentPalette dark = AccentPalette.onDarkPage(accent);

        assertThat(AccentPalette.contrast(dark.accent(), AccentPalette.DARK_PAPER))
                .isGreaterThanOrEqualTo(4.5);
        assertThat(AccentPalette.contrast(dark.accent(), dark.tint())).isGreaterThanOrEqualTo(4.5);
        assertThat(AccentPalette.contrast(light.accent(), AccentPalette.PAPER)).isGreaterThanOrEqualTo(4.5);
        assertThat(hue(dark.accent())).as("hue on the dark page").isCloseTo(hue(accent), within(4));
        assertThat(hue(light.accent())).as("hue on paper").isCloseTo(hue(accent), within(4));
        if (dark.lightened()) {
            assertThat(brightness(dark.accent())).isGreaterThan(brightness(accent));
        } else {
            assertThat(dark.accent()).isEqualTo(accent);
        }
    }

    @Test
    void aDarkHouseAccentIsLightenedAndTheNoteSaysSo() {
        // #1b5e7a, the test briefs' house accent: 7.2:1 on white, 2.6:1 on a night page.
        AccentPalette dark = AccentPalette.onDarkPage("#1b5e7a");
        assertThat(AccentPalette.contrast("#1b5e7a", AccentPalette.DARK_PAPER)).isLessThan(3);
        assertThat(dark.lightened()).isTrue();

        String css = printCss("#1b5e7a");
        assertThat(css).contains("lightened to " + dark.accent());
        assertThat(StyleRules.parse(css).in(DARK).stream().map(rule -> rule.get("color")))
                .contains(dark.accent())
                .doesNotContain("#1b5e7a");
    }

    @Test
    void epubNightRulesLeaveTheReadersThemeAlone() {
        String css = epubCss("#1b5e7a");
        StyleRules rules = StyleRules.parse(css);

        assertThat(css).doesNotContain("!important");
        for (Rule rule : rules.in(DARK)) {
            for (var declaration : rule.declarations().entrySet()) {
                assertThat(declaration.getKey())
                        .as(rule.selectors().toString())
                        .doesNotStartWith("font")
                        .isNotEqualTo("line-height");
                assertThat(declaration.getValue()).doesNotContainPattern("\\d+px");
            }
        }
        // The page is the reading system's: the style sheet may say it works in both schemes, nothing more.
        for (Rule rule : rules.rules()) {
            if (rule.selectors().stream()
                    .anyMatch(selector -> List.of("html", "body", ":root").contains(selector))) {
                assertThat(rule.declarations().keySet())
                        .as(rule.toString())
                        .noneMatch(property -> property.startsWith("background") || property.equals("color"));
            }
        }
        assertThat(declared(rules.unconditional(), ":root", "color-scheme")).isEqualTo("light dark");
    }

    @Test
    void printingStaysLight() {
        StyleRules css = StyleRules.parse(printCss("#1b5e7a"));

        for (Rule rule : css.rules()) {
            if (rule.condition().contains("prefers-color-scheme")) {
                assertThat(rule.condition())
                        .as("a colour-scheme block applies on screen only")
                        .startsWith("screen and ");
            }
        }
        assertThat(declared(css.unconditional(), "body", "background")).isEqualTo(AccentPalette.PAPER);
        assertThat(declared(css.unconditional(), "body", "color")).isEqualTo(AccentPalette.TEXT);
        for (Rule rule : css.in("print")) {
            for (String value : rule.declarations().values()) {
                Matcher colours = HEX.matcher(value);
                while (colours.find()) {
                    assertThat(AccentPalette.contrast(colours.group(), AccentPalette.PAPER))
                            .as(rule.toString())
                            .isGreaterThanOrEqualTo(4.5);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PRINT", "EPUB"})
    void keepsCaptionsWithTheirTablesAndPictures(Flavor flavor) {
        StyleRules css = StyleRules.parse(flavor == Flavor.PRINT ? printCss("#1b5e7a") : epubCss("#1b5e7a"));
        // The print edition's break rules are for paper; the EPUB's apply in every paginated reading system.
        List<Rule> paged = flavor == Flavor.PRINT ? css.in("print") : css.unconditional();

        assertThat(declared(paged, "caption", "break-after")).isEqualTo("avoid");
        assertThat(declared(paged, "caption", "page-break-after")).isEqualTo("avoid");
        assertThat(declared(paged, "thead", "break-after")).isEqualTo("avoid");
        assertThat(declared(paged, "tr", "break-inside")).isEqualTo("avoid");
        assertThat(declared(paged, "figure", "break-inside", "page-break-inside"))
                .isEqualTo("avoid");
        assertThat(declared(paged, "figcaption", "break-before")).isEqualTo("avoid");
        assertThat(declared(paged, "figure img", "break-after")).isEqualTo("avoid");

        // break-after on the caption holds only if the caption is the table's own first box, not a paragraph
        // before it: the table's markup has it as the first child.
        String markup = flavor == Flavor.PRINT
                ? Editions.printEdition(TestBriefs.kitchenSink(), TestBriefs.options(folder, flavor))
                : HtmlWriter.xhtmlDocument(TestBriefs.kitchenSink(), TestBriefs.options(folder, flavor));
        var tables = Editions.html(markup).select("table");
        assertThat(tables).isNotEmpty();
        for (var table : tables) {
            assertThat(table.child(0).tagName()).isEqualTo("caption");
        }
    }

    private String printCss(String accent) {
        String markup = Editions.printEdition(
                TestBriefs.kitchenSink(),
                new HtmlOptions(folder, TestBriefs.a4(accent), Flavor.PRINT, Optional.empty()));
        return Editions.html(markup).selectFirst("style").data();
    }

    private String epubCss(String accent) {
        String markup = HtmlWriter.xhtmlDocument(
                TestBriefs.kitchenSink(),
                new HtmlOptions(folder, TestBriefs.a4(accent), Flavor.EPUB, Optional.empty()));
        return Editions.html(markup).selectFirst("style").data();
    }

    /** Every colour set on text in {@code rules} against every background, and against each other's boxes. */
    private static void assertTextContrast(List<Rule> rules, List<String> backgrounds) {
        int checked = 0;
        for (Rule rule : rules) {
            String colour = rule.get("color");
            if (colour == null) {
                continue;
            }
            for (String background : backgrounds) {
                assertThat(AccentPalette.contrast(colour, background))
                        .as("%s { color: %s } on %s", rule.selectors(), colour, background)
                        .isGreaterThanOrEqualTo(AccentPalette.MINIMUM_CONTRAST);
                checked++;
            }
        }
        assertThat(checked).as("text colours checked").isGreaterThan(4);
    }

    /** Rules and box edges in the accent are non-text contrast (SC 1.4.11): 3:1. */
    private static void assertRuleContrast(List<Rule> rules, List<String> backgrounds) {
        for (Rule rule : rules) {
            for (var declaration : rule.declarations().entrySet()) {
                if (declaration.getKey().matches("border-.*color")
                        && !rule.selectors().contains("th")) {
                    for (String background : backgrounds) {
                        assertThat(AccentPalette.contrast(declaration.getValue(), background))
                                .as("%s { %s }", rule.selectors(), declaration)
                                .isGreaterThanOrEqualTo(3);
                    }
                }
            }
        }
    }

    /** The value of the first of {@code properties} that a rule naming {@code selector} declares; fails if none. */
    private static String declared(List<Rule> rules, String selector, String... properties) {
        for (Rule rule : rules) {
            if (rule.selectors().contains(selector)) {
                for (String property : properties) {
                    if (rule.get(property) != null) {
                        return rule.get(property);
                    }
                }
            }
        }
        throw new AssertionError("no rule for " + selector + " sets " + String.join(" or ", properties));
    }

    private static float hue(String hex) {
        Color colour = Color.decode(hex);
        return Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null)[0] * 360;
    }

    private static float brightness(String hex) {
        Color colour = Color.decode(hex);
        return Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null)[2];
    }

    private static org.assertj.core.data.Offset<Float> within(float degrees) {
        return org.assertj.core.data.Offset.offset(degrees);
    }
}
