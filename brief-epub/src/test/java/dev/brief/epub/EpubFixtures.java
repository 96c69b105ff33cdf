package dev.brief.epub;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PageMap;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Writes test EPUBs: a folder with the images a brief names, fixed options, bytes in memory. */
final class EpubFixtures {
    static final Instant TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");

    private EpubFixtures() {}

    /** A folder holding a small PNG for every file name given. */
    static Path folderWithImages(Path directory, String... names) throws IOException {
        for (String name : names) {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(new Color(0x1b5e7a));
            graphics.fillRect(0, 0, 40, 30);
            graphics.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, png.toByteArray());
        }
        return directory;
    }

    static byte[] write(Brief brief, Path baseDirectory, Optional<PageMap> pageMap) throws IOException {
        return write(brief, new EpubOptions(baseDirectory, HouseStyle.defaults(), TIMESTAMP, pageMap));
    }

    /**
     * Keeps a copy of {@code epub} as {@code name} in the folder named by the system property
     * {@code brief.epub.keepDirectory}, when set, for a look with other tools (Ace, a reading system).
     */
    static void keep(String name, byte[] epub) throws IOException {
        String folder = System.getProperty("brief.epub.keepDirectory");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name), epub);
        }
    }

    static byte[] write(Brief brief, EpubOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EpubWriter.write(brief, options, out);
        return out.toByteArray();
    }
}
