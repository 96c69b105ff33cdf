package dev.brief.pdf.tag;

import dev.brief.pdf.fonts.SubsetFont;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The resource dictionary of one page (ISO 32000-1 7.8.3) and the names its content stream uses for fonts,
 * images and property lists: F1, F2 …, Im1 … and Prop1 … in order of first use, as PDFBox names them.
 */
final class PageResources {
    private final PDResources resources;
    private final Map<SubsetFont, COSName> fonts = new IdentityHashMap<>();

    PageResources(PDResources resources) {
        this.resources = resources;
    }

    PDResources resources() {
        return resources;
    }

    /** The font's name on this page, added to the /Font resources on first use. */
    COSName font(SubsetFont font) {
        COSName name = fonts.get(font);
        if (name == null) {
            COSDictionary fontResources = resources.getCOSObject().getCOSDictionary(COSName.FONT);
            if (fontResources == null) {
                fontResources = new COSDictionary();
                resources.getCOSObject().setItem(COSName.FONT, fontResources);
            }
            int number = fontResources.size();
            do {
                number++;
                name = COSName.getPDFName("F" + number);
            } while (fontResources.containsKey(name));
            fontResources.setItem(name, font.dictionary());
            fonts.put(font, name);
        }
        return name;
    }

    COSName image(PDImageXObject image) {
        return resources.add(image);
    }

    /**
     * A new property list's name, Prop1, Prop2 … as {@code PDResources.add} names them, without its search of the
     * lists already there for this one (each list is new, and a page has dozens).
     */
    COSName properties(PDPropertyList properties) {
        COSDictionary lists = resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (lists == null) {
            lists = new COSDictionary();
            resources.getCOSObject().setItem(COSName.PROPERTIES, lists);
        }
        int number = lists.size();
        COSName name;
        do {
            number++;
            name = COSName.getPDFName("Prop" + number);
        } while (lists.containsKey(name));
        lists.setItem(name, properties.getCOSObject());
        return name;
    }
}
