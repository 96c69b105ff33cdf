package dev.brief.pdf;

import dev.brief.core.model.PageMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TmpDumpTest {
    @Test
    void dump() throws Exception {
        TestPdfs.Written w = TestPdfs.sample();
        try (PDDocument d = Loader.loadPDF(w.bytes())) {
            for (PageMap.PageStart s : w.result().pageMap().pages()) {
                System.out.println("MAP " + s);
                PDFTextStripper st = new PDFTextStripper();
                st.setStartPage(s.number()); st.setEndPage(s.number());
                String t = st.getText(d);
                System.out.println("TEXT " + t.substring(0, Math.min(400, t.length())).replace('\n', '|'));
            }
        }
        System.out.println(dev.brief.core.testing.ModelWalker.ids(w.brief()));
    }
}
