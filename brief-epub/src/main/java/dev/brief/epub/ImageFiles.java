package dev.brief.epub;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;
import dev.brief.core.model.Publisher;
import dev.brief.html.PackagePaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which file of the brief's folder each image of the content document comes from. The content document
 * refers to images by package path; the brief names them by their paths in its folder (figures, and the
 * house logo when it lies in the folder).
 */
final class ImageFiles {
    private ImageFiles() {}

    /**
     * Package path to brief path, in the order the content document refers to them.
     *
     * @throws IllegalArgumentException if two of the brief's images would share a package path
     */
    static Map<String, String> of(Brief brief, List<String> packagePaths) {
        Map<String, String> byPackagePath = new LinkedHashMap<>();
        for (String source : briefImages(brief)) {
            String packagePath = PackagePaths.of(source);
            String earlier = byPackagePath.putIfAbsent(packagePath, source);
            if (earlier != null && !samePath(earlier, source)) {
                throw new IllegalArgumentException("images " + earlier + " and " + source
                        + " would both be packed at " + packagePath + " in the EPUB (their names differ only in"
                        + " spaces or other characters that file names in an EPUB avoid); rename one of them");
            }
        }
        Map<String, String> images = new LinkedHashMap<>();
        for (String packagePath : packagePaths) {
            String source = byPackagePath.get(packagePath);
            if (source == null) {
                throw new IllegalStateException(
                        "the content document refers to image " + packagePath + ", which the brief does not name");
            }
            images.put(packagePath, source);
        }
        return images;
    }

    private static List<String> briefImages(Brief brief) {
        List<String> sources = new ArrayList<>();
        for (Block block : BriefWalker.blocks(brief)) {
            if (block instanceof Block.Figure figure) {
                sources.add(figure.source());
            }
        }
        brief.publisher().flatMap(Publisher::logo).ifPresent(logo -> sources.add(logo.source()));
        return sources;
    }

    /** The same file named twice ("a.png" and "./a.png") is one image, not a clash. */
    private static boolean samePath(String one, String other) {
        return Path.of(one).normalize().equals(Path.of(other).normalize());
    }
}
