package dev.brief.maven;

import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.build.LegacyMode;
import dev.brief.maven.build.OutputTimestamp;
import java.io.File;
import java.io.IOException;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Builds every brief under the source folder into a tagged PDF (PDF/UA-1, PDF/A-2a), an EPUB 3 and a
 * self-contained print HTML edition, plus a cover and a first-page preview picture, in
 * <code>outputDirectory/SLUG/</code>. Briefs are built in parallel; a brief whose sources, images, house
 * file and toolkit are unchanged since its outputs were written is skipped. Every problem is reported as
 * {@code file:line:column}; the build fails when any brief fails, after the others were written.
 *
 * <p>Works without a project: <code>mvn dev.brief:brief-maven-plugin:VERSION:build -Dbrief.source=FILE-OR-DIR
 * -Dbrief.outputDirectory=DIR</code>.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BuildMojo extends BriefProjectMojo {

    /**
     * A brief (a {@code .md} file with YAML front matter) or a folder searched for briefs, sub-folders
     * included. Legacy Markdown extracted from a PDF (no front matter) is imported in memory as
     * {@link #legacy} says; a file named here is built or fails, never skipped.
     */
    @Parameter(property = "brief.source", defaultValue = "${basedir}/src/brief")
    File source;

    /**
     * Where outputs go: one folder per brief, named after its file (<code>SLUG/SLUG.pdf</code> …).
     */
    @Parameter(property = "brief.outputDirectory", defaultValue = "${project.build.directory}/brief")
    File outputDirectory;

    /**
     * The outputs to write, comma-separated: {@code pdf}, {@code epub}, {@code html}, {@code png} (cover and
     * preview pictures), or {@code all}. HTML and EPUB take their page markers from the PDF layout, which is
     * run (without keeping the file) even when {@code pdf} is not listed.
     */
    @Parameter(property = "brief.formats", defaultValue = "all")
    String formats;

    /**
     * When a Markdown file without front matter is imported as legacy Markdown (extracted from a PDF):
     * {@code auto} imports only a file that is unmistakably extracted (bare superscript note numbers or repeated
     * page furniture, and one more sign, see docs/import.md) and refuses any other file named as the source;
     * {@code always} imports every file without front matter; {@code never} imports none. {@code auto} is the
     * default for project-less builds of a single file too. Front matter without its opening {@code ---} is
     * an error whatever the setting.
     */
    @Parameter(property = "brief.legacy", defaultValue = "auto")
    String legacy;

    /** Page size of the PDF and of the print style sheet, {@code A4} or {@code LETTER}; default: the house's. */
    @Parameter(property = "brief.pageSize")
    String pageSize;

    /**
     * The standards the PDF edition is written to: {@code ua1} (PDF 1.7, PDF/UA-1 and PDF/A-2a) or {@code ua2}
     * (PDF 2.0, PDF/UA-2, PDF/A-4 and WTPDF 1.0 accessibility). Default: the house's {@code style.pdf-standard},
     * else {@code ua1}.
     */
    @Parameter(property = "brief.pdfStandard")
    String pdfStandard;

    /**
     * The house file (publisher, colophon, colours, fonts, page size) shared by every brief. Default:
     * {@code house.yaml} at the source root if there is one, else the built-in house style.
     */
    @Parameter(property = "brief.house")
    File house;

    /** Skips the goal. */
    @Parameter(property = "brief.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build when a brief has warnings (after writing its outputs), not only errors. */
    @Parameter(property = "brief.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** How many briefs are built at once; {@code 0} means one per available processor. */
    @Parameter(property = "brief.threads", defaultValue = "0")
    int threads;

    /**
     * Attaches the outputs to the project, so that {@code install} and {@code deploy} publish them: classifiers
     * {@code pdf}, {@code epub} and {@code html} for a single brief, <code>SLUG-pdf</code> … when there
     * are several.
     */
    @Parameter(property = "brief.attach", defaultValue = "false")
    boolean attach;

    /**
     * The time written into outputs, for byte-reproducible builds (ISO-8601 or seconds since 1970). Without it
     * outputs carry 1980-01-01T00:00:02Z.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    private final MavenProjectHelper projectHelper;

    @Inject
    public BuildMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping brief:build (brief.skip)");
            return;
        }
        BuildReport report;
        try {
            report = new BriefBuilder(request(), MavenBuildLog.of(getLog())).build();
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        new BuildSummary(report, getLog()).logTotals();
        if (attach && project != null) {
            new OutputAttacher(project, projectHelper).attach(report);
        }
        new BuildSummary(report, getLog()).failIfBroken(failOnWarning);
    }

    private BuildRequest request() throws MojoExecutionException {
        try {
            return new BuildRequest(
                            source.toPath(),
                            outputFolder(outputDirectory),
                            Format.parseList(formats),
                            pageSize(pageSize),
                            houseFile(house),
                            threadCount(threads),
                            OutputTimestamp.parse(outputTimestamp),
                            toolkitVersion(plugin))
                    .withLegacy(LegacyMode.parse(legacy))
                    .withPdfStandard(pdfStandard(pdfStandard));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("brief:build configuration: " + e.getMessage(), e);
        }
    }
}
