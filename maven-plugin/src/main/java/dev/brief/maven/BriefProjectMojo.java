package dev.brief.maven;

import dev.brief.core.house.PageSize;
import dev.brief.core.house.PdfStandard;
import dev.brief.maven.build.ToolkitVersion;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that build or read the editions of the briefs under a source ({@code brief:build}, {@code brief:check},
 * {@code brief:serve}): the project folder their paths resolve against, and the reading of their parameters into a
 * {@link dev.brief.maven.build.BuildRequest}, so that a value means the same in every goal.
 *
 * <p>Each goal declares its own parameters, even those they all have ({@code source}, {@code outputDirectory},
 * {@code formats}, {@code house}, {@code legacy}): a parameter's documentation comes from its field, and each goal
 * documents these for its own use ({@code mvn help:describe} shows that text; serve also has its own default
 * formats), so one shared field would change what users read.
 */
abstract class BriefProjectMojo extends AbstractMojo {
    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    /**
     * The folder outputs are in. Without a project, Maven leaves {@code ${project.build.directory}} unresolved in
     * the default; the outputs then go to {@code target/brief} under the folder Maven runs in.
     */
    final Path outputFolder(File outputDirectory) {
        if (outputDirectory == null || outputDirectory.getPath().contains("${")) {
            return new File(new File(basedir, "target"), "brief").toPath();
        }
        return outputDirectory.toPath();
    }

    /** The house file a {@code house} parameter names; empty when it is not set. */
    static Optional<Path> houseFile(File house) {
        return Optional.ofNullable(house).map(File::toPath);
    }

    /** The page size a {@code pageSize} parameter names; empty when it is not set, so that the house's applies. */
    static Optional<PageSize> pageSize(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PageSize.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown page size '" + value + "'; use A4 or LETTER", e);
        }
    }

    /** The standard a {@code pdfStandard} parameter names; empty when it is not set. */
    static Optional<PdfStandard> pdfStandard(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PdfStandard.named(value)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown PDF standard '" + value + "'; use one of " + PdfStandard.validValues())));
    }

    /** How many briefs a {@code threads} parameter builds at once: {@code 0} means one per available processor. */
    static int threadCount(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The toolkit version outputs record, so that a new plugin version rebuilds every brief. */
    static String toolkitVersion(PluginDescriptor plugin) {
        return ToolkitVersion.of(plugin == null ? "unknown" : plugin.getVersion());
    }
}
