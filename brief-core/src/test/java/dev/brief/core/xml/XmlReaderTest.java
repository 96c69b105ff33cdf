package dev.brief.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

class XmlReaderTest {
    @TempDir
    Path folder;

    @Test
    void readsXhtmlWithItsDoctypeAndNamespaces() throws Exception {
        Document document = XmlReader.parse("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xmlns:epub=\"http://www.idpf.org/2007/ops\"><body><p epub:type=\"x\">Text</p></body></html>");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo("Text");
    }

    @Test
    void neverReadsALocalFileThroughAnExternalEntity() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "do not leak");
        String hostile = "<!DOCTYPE html [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&leak;</p></body></html>";
        Document document = XmlReader.parse(hostile);
        assertThat(document.getDocumentElement().getTextContent()).doesNotContain("do not leak");
    }

    @Test
    void streamsXhtmlWithItsDoctypeAndNamespaces() throws Exception {
        XMLStreamReader reader = XmlReader.stream("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>Te&amp;xt</p></body></html>");
        StringBuilder text = new StringBuilder();
        String root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && root == null) {
                root = reader.getNamespaceURI();
            } else if (event == XMLStreamConstants.CHARACTERS) {
                text.append(reader.getText());
            }
        }
        assertThat(root).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(text.toString()).isEqualTo("Te&xt");
    }

    @Test
    void theStreamNeverReadsALocalFileThroughAnExternalEntity() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "do not leak");
        String hostile = "<!DOCTYPE html [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&leak;</p></body></html>";
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader reader = XmlReader.stream(hostile);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.CHARACTERS) {
                    text.append(reader.getText());
                }
            }
        } catch (XMLStreamException refused) {
            // refusing the entity outright is as good as leaving it unexpanded
        }
        assertThat(text.toString()).doesNotContain("do not leak");
    }

    @Test
    void markupThatIsNotWellFormedIsRefusedWithoutPrintingAnything() {
        PrintStream standardError = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> XmlReader.parse("<p>open"))
                    .isInstanceOf(SAXException.class)
                    .hasMessageContaining("must start and end within the same entity");
        } finally {
            System.setErr(standardError);
        }
        // The parser's default handler would print "[Fatal Error] :1:8: ..." besides throwing.
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
