package dev.brief.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.tools.plugin.generator.HtmlToPlainTextConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The goal and parameter docs read the same in {@code mvn help:describe -Ddetail} as in the plugin descriptor.
 * The descriptor (target/classes/META-INF/maven/plugin.xml, written before the tests run) holds plain text,
 * but help:describe reads it as HTML, so a placeholder written in angle brackets vanishes there
 * ("outputDirectory//."). This test reads each description the way help:describe does.
 */
class PluginDescriptorTest {
    private static List<String> descriptions;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path classes = Path.of(BuildMojo.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path descriptor = classes.resolve("META-INF/maven/plugin.xml");
        assertThat(descriptor)
                .as("the plugin descriptor maven-plugin-plugin writes before the tests")
                .exists();
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(descriptor));
        NodeList nodes = document.getElementsByTagName("description");
        descriptions = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            descriptions.add(((Element) nodes.item(i)).getTextContent());
        }
    }

    @Test
    void everyDescriptionReadsTheSameInHelpDescribe() {
        HtmlToPlainTextConverter helpDescribe = new HtmlToPlainTextConverter();
        assertThat(descriptions).hasSizeGreaterThan(10).allSatisfy(description -> assertThat(
                        words(helpDescribe.convert(description)))
                .isEqualTo(words(description)));
    }

    @Test
    void thePlaceholdersOfPathsAndCommandsSurvive() {
        String all = String.join("\n", descriptions);
        assertThat(all)
                .doesNotContainPattern("(?<!https?:)//") // a lost placeholder; a web address keeps its own
                .contains("outputDirectory/SLUG/")
                .contains("SLUG/SLUG.pdf")
                .contains("SLUG/accessibility-report.html")
                .contains("dev.brief:brief-maven-plugin:VERSION:build")
                .contains("NAME.brief.md");
    }

    /** The text with its white space collapsed: help:describe rewraps lines, which is no loss. */
    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
