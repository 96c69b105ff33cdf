package dev.brief.pdf;

import dev.brief.core.model.PageMap;
import java.util.Objects;

/** What writing the PDF produced besides the bytes: its page count and the page map for the other editions. */
public record PdfResult(int pageCount, PageMap pageMap) {
    public PdfResult {
        Objects.requireNonNull(pageMap, "pageMap");
    }
}
