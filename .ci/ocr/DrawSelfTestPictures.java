import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the pictures that {@code .ci/ocr-check --self-test} reads: {@code arabic.txt} set the way a reader
 * expects (joined letters, right to left, by the JDK's text layout, which shapes with HarfBuzz), and the same
 * lines drawn the three ways a PDF engine that lacks shaping, bidi or both draws them: each letter alone (so in
 * its isolated form) in logical order from left to right, or from right to left; each word joined but the words
 * from left to right. Run once from this folder and commit the pictures:
 * {@code java DrawSelfTestPictures.java [/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf]}
 * (Debian fonts-noto-core). Text 28 px high on a 1200 px line: about 10 pt at 200 dpi, as the check renders.
 */
public class DrawSelfTestPictures {
    private static final int WIDTH = 1200;
    private static final int MARGIN = 40;
    private static final float SIZE = 28f;

    public static void main(String[] args) throws Exception {
        Path fontFile =
                Path.of(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf");
        Font font = Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile()).deriveFont(SIZE);
        String text = Files.readString(Path.of("arabic.txt"), StandardCharsets.UTF_8).strip();
        FontRenderContext context = new FontRenderContext(null, true, true);
        List<Line> lines = breakLines(text, font, context);
        write(Path.of("arabic-shaped.png"), lines, font, WIDTH, (g, line, y) -> {
            float x = WIDTH - MARGIN - line.layout().getAdvance();
            line.layout().draw(g, x, y);
        });
        // Letters drawn alone are wider than joined ones: the pictures grow so that no line is cut off.
        float widest = 0;
        for (Line line : lines) {
            float width = 0;
            for (int i = 0; i < line.text().length(); i++) {
                width += (float) font.getStringBounds(line.text(), i, i + 1, context).getWidth();
            }
            widest = Math.max(widest, width);
        }
        int wide = Math.round(widest) + 2 * MARGIN;
        // No shaping and no bidi: isolated letters in logical order, left to right.
        write(Path.of("arabic-unjoined.png"), lines, font, wide, (g, line, y) -> {
            float x = MARGIN;
            for (int i = 0; i < line.text().length(); i++) {
                String letter = String.valueOf(line.text().charAt(i));
                g.drawString(letter, x, y);
                x += (float) font.getStringBounds(letter, g.getFontRenderContext()).getWidth();
            }
        });
        // Bidi without shaping: isolated letters, right to left.
        write(Path.of("arabic-unjoined-rtl.png"), lines, font, wide, (g, line, y) -> {
            float x = wide - MARGIN;
            for (int i = 0; i < line.text().length(); i++) {
                String letter = String.valueOf(line.text().charAt(i));
                x -= (float) font.getStringBounds(letter, g.getFontRenderContext()).getWidth();
                g.drawString(letter, x, y);
            }
        });
        // Shaping without the line's visual reordering: each word joined, the words left to right.
        write(Path.of("arabic-words-ltr.png"), lines, font, WIDTH, (g, line, y) -> {
            float x = MARGIN;
            float space = (float) font.getStringBounds(" ", g.getFontRenderContext()).getWidth();
            for (String word : line.text().split(" ")) {
                TextLayout layout = new TextLayout(word, font, g.getFontRenderContext());
                layout.draw(g, x, y);
                x += layout.getAdvance() + space;
            }
        });
    }

    /** One line as the layout broke it: its logical text and its shaped, right-to-left layout. */
    private record Line(String text, TextLayout layout) {}

    private interface LinePainter {
        void paint(Graphics2D g, Line line, float baseline);
    }

    private static List<Line> breakLines(String text, Font font, FontRenderContext context) {
        AttributedString attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, font);
        attributed.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
        LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), context);
        List<Line> lines = new ArrayList<>();
        while (measurer.getPosition() < text.length()) {
            int start = measurer.getPosition();
            TextLayout layout = measurer.nextLayout(WIDTH - 2 * MARGIN);
            lines.add(new Line(text.substring(start, measurer.getPosition()).strip(), layout));
        }
        return lines;
    }

    private static void write(Path file, List<Line> lines, Font font, int width, LinePainter painter)
            throws IOException {
        float leading = SIZE * 1.8f;
        int height = Math.round(2 * MARGIN + leading * lines.size());
        // One bit per pixel keeps the committed pictures at a few kilobytes; OCR reads them as well as grey.
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(font);
        float y = MARGIN + SIZE;
        for (Line line : lines) {
            painter.paint(g, line, y);
            y += leading;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        System.out.printf("%s: %d lines, %d bytes%n", file, lines.size(), Files.size(file));
    }
}
