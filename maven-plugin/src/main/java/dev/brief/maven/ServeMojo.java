package dev.brief.maven;

import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.build.LegacyMode;
import dev.brief.maven.build.OutputTimestamp;
import dev.brief.maven.serve.PreviewServer;
import dev.brief.maven.serve.ServeRequest;
import java.io.File;
import java.io.IOException;
import java.net.BindException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The author's loop: builds every brief once, then watches the briefs, their images, the house file and its
 * fonts, and rebuilds what changed after each save in this warm JVM. A preview page on
 * <code>http://127.0.0.1:8000/</code> shows each brief's print HTML edition, reloaded in place after every
 * rebuild, links to its PDF and EPUB, and every problem as {@code file:line:column}. A broken edit never stops
 * the server; the page shows what to fix. Runs until stopped with Ctrl+C.
 *
 * <p>Works without a project: <code>mvn dev.brief:brief-maven-plugin:VERSION:serve -Dbrief.source=FILE-OR-DIR
 * -Dbrief.outputDirectory=DIR</code>.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends BriefProjectMojo {

    /** A brief or a folder searched for briefs, as for {@code brief:build}. */
    @Parameter(property = "brief.source", defaultValue = "${basedir}/src/brief")
    File source;

    /** Where the editions are written and served from, as for {@code brief:build}. */
    @Parameter(property = "brief.outputDirectory", defaultValue = "${project.build.directory}/brief")
    File outputDirectory;

    /**
     * The outputs to keep current, as for {@code brief:build}. The default leaves out the cover and preview
     * pictures, which the preview does not need and which take as long as the three editions together.
     */
    @Parameter(property = "brief.formats", defaultValue = "pdf,html,epub")
    String formats;

    /** Page size of the PDF and of the print style sheet, {@code A4} or {@code LETTER}; default: the house's. */
    @Parameter(property = "brief.pageSize")
    String pageSize;

    /** The standards the PDF edition is written to, {@code ua1} or {@code ua2}, as for {@code brief:build}. */
    @Parameter(property = "brief.pdfStandard")
    String pdfStandard;

    /**
     * When a Markdown file without front matter is imported as legacy Markdown, {@code auto}, {@code always}
     * or {@code never}, as for {@code brief:build}.
     */
    @Parameter(property = "brief.legacy", defaultValue = "auto")
    String legacy;

    /** The house file; default {@code house.yaml} at the source root if there is one. */
    @Parameter(property = "brief.house")
    File house;

    /** How many briefs are built at once; {@code 0} means one per available processor. */
    @Parameter(property = "brief.threads", defaultValue = "0")
    int threads;

    /** The port of the preview page; {@code 0} lets the system choose a free one (the log says which). */
    @Parameter(property = "brief.port", defaultValue = "8000")
    int port;

    /**
     * The address to listen on. The default, the loopback address, keeps the preview on this machine; give
     * {@code 0.0.0.0} only on a network you trust, since anyone who can reach the port can read the editions.
     */
    @Parameter(property = "brief.host", defaultValue = "127.0.0.1")
    String host;

    /** The time written into outputs, as for {@code brief:build}. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException {
        ServeRequest request = request();
        try (PreviewServer server = PreviewServer.start(request, MavenBuildLog.of(getLog()))) {
            getLog().info("Preview on " + server.uri() + " (watching "
                    + request.build().sourceRoot() + "; stop with Ctrl+C)");
            server.awaitClose();
        } catch (BindException e) {
            throw new MojoExecutionException(
                    "brief:serve: cannot listen on " + host + ":" + port + " ("
                            + e.getMessage() + "); stop what uses the port, or choose another with -Dbrief.port=8001"
                            + " (0 picks a free one)",
                    e);
        } catch (IOException e) {
            throw new MojoExecutionException("brief:serve: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ServeRequest request() throws MojoExecutionException {
        try {
            BuildRequest build = new BuildRequest(
                            source.toPath(),
                            outputFolder(outputDirectory),
                            Format.parseList(formats),
                            pageSize(pageSize),
                            houseFile(house),
                            threadCount(threads),
                            OutputTimestamp.parse(outputTimestamp),
                            toolkitVersion(plugin))
                    .withPdfStandard(pdfStandard(pdfStandard))
                    .withLegacy(LegacyMode.parse(legacy));
            return new ServeRequest(build, host, port, ServeRequest.DEFAULT_QUIET);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("brief:serve configuration: " + e.getMessage(), e);
        }
    }
}
