import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the sample's images: the publisher logo ({@code logo.png}) and the bar chart of the civic data
 * trusts brief ({@code civic-data-trusts/requests-chart.png}). The numbers are illustrative, invented for
 * a fictional institute. The PNGs are committed; run this again only to change them:
 *
 * <pre>java -Djava.awt.headless=true DrawSampleImages.java   (from samples/src/brief)</pre>
 *
 * The output depends on the fonts installed (DejaVu Sans was used), so redrawing may change the bytes.
 */
public class DrawSampleImages {
    static final Color ACCENT = new Color(0x1B, 0x5E, 0x7A);
    static final Color INK = new Color(0x22, 0x22, 0x22);

    public static void main(String[] args) throws IOException {
        ImageIO.write(logo(), "png", Path.of("logo.png").toFile());
        ImageIO.write(chart(), "png", Path.of("civic-data-trusts", "requests-chart.png").toFile());
    }

    static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    static BufferedImage logo() {
        BufferedImage image = new BufferedImage(600, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setColor(ACCENT);
        g.fillRoundRect(10, 10, 140, 140, 24, 24);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {48, 48, 112, 112}, new int[] {118, 42, 118, 42}, 4);
        g.setColor(INK);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 40));
        g.drawString("Northfield", 175, 72);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 26));
        g.drawString("Institute for Public Policy", 177, 118);
        g.dispose();
        return image;
    }

    static BufferedImage chart() {
        String[] years = {"2021", "2022", "2023", "2024", "2025"};
        int[] approved = {9, 22, 35, 41, 52};
        int[] refused = {5, 9, 17, 26, 36};
        int width = 1200;
        int height = 700;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        int left = 110;
        int bottom = 600;
        int top = 70;
        int max = 100;
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 24));
        FontMetrics metrics = g.getFontMetrics();
        for (int value = 0; value <= max; value += 20) {
            int y = bottom - (bottom - top) * value / max;
            g.setColor(new Color(0xDD, 0xDD, 0xDD));
            g.drawLine(left, y, width - 40, y);
            g.setColor(INK);
            String label = Integer.toString(value);
            g.drawString(label, left - 16 - metrics.stringWidth(label), y + 8);
        }
        int slot = (width - 40 - left) / years.length;
        int bar = slot / 3;
        for (int i = 0; i < years.length; i++) {
            int x = left + i * slot + slot / 6;
            int approvedHeight = (bottom - top) * approved[i] / max;
            int refusedHeight = (bottom - top) * refused[i] / max;
            g.setColor(ACCENT);
            g.fillRect(x, bottom - approvedHeight, bar, approvedHeight);
            g.setColor(new Color(0xC8, 0x6B, 0x1E));
            g.fillRect(x + bar, bottom - refusedHeight, bar, refusedHeight);
            g.setColor(INK);
            g.drawString(years[i], x + bar - metrics.stringWidth(years[i]) / 2, bottom + 36);
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(2));
        g.drawLine(left, bottom, width - 40, bottom);
        g.setColor(ACCENT);
        g.fillRect(left, 20, 24, 24);
        g.setColor(INK);
        g.drawString("Approved", left + 34, 41);
        g.setColor(new Color(0xC8, 0x6B, 0x1E));
        g.fillRect(left + 200, 20, 24, 24);
        g.setColor(INK);
        g.drawString("Refused or withdrawn", left + 234, 41);
        g.dispose();
        return image;
    }
}
