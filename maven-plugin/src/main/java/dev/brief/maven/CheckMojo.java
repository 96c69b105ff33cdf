package dev.brief.maven;

import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.build.LegacyMode;
import dev.brief.maven.build.OutputTimestamp;
import dev.brief.maven.check.BriefCheck;
import dev.brief.maven.check.CheckResult;
import dev.brief.maven.check.OutputChecker;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the built outputs of every brief: the PDF with veraPDF (PDF/UA-1 and PDF/A-2a), the EPUB with
 * EPUBCheck, and all of them with Brief's own checks against the source (the PDF's text in structure order
 * follows the source, notes resolve both ways, every figure has alt text, heading levels do not skip, link
 * texts say where they lead). Writes <code>SLUG/accessibility-report.html</code> for a reviewer and
 * <code>SLUG/accessibility-report.xml</code> (JUnit XML) for CI, and fails the build on any failed check.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends BriefProjectMojo {

    /** The briefs whose outputs are checked: a brief or a folder, as for {@code brief:build}. */
    @Parameter(property = "brief.source", defaultValue = "${basedir}/src/brief")
    File source;

    /** Where {@code brief:build} wrote the outputs. */
    @Parameter(property = "brief.outputDirectory", defaultValue = "${project.build.directory}/brief")
    File outputDirectory;

    /** The outputs to check, comma-separated ({@code pdf}, {@code epub}, {@code html}) or {@code all}. */
    @Parameter(property = "brief.formats", defaultValue = "all")
    String formats;

    /** Which files without front matter are legacy briefs to check, as for {@code brief:build}. */
    @Parameter(property = "brief.legacy", defaultValue = "auto")
    String legacy;

    /** The house file, as for {@code brief:build}; default {@code house.yaml} at the source root. */
    @Parameter(property = "brief.house")
    File house;

    /** Skips the checks. */
    @Parameter(property = "brief.skipCheck", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping brief:check (brief.skipCheck)");
            return;
        }
        Path output = outputFolder(outputDirectory);
        List<BriefCheck> checks;
        try {
            BuildRequest request = new BuildRequest(
                            source.toPath(),
                            output,
                            Format.parseList(formats),
                            Optional.empty(),
                            houseFile(house),
                            1,
                            OutputTimestamp.FALLBACK,
                            "check")
                    .withLegacy(LegacyMode.parse(legacy));
            checks = new OutputChecker(request, MavenBuildLog.of(getLog())).check();
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        List<BriefCheck> failed =
                checks.stream().filter(check -> !check.passed()).toList();
        getLog().info("Checked " + checks.size() + (checks.size() == 1 ? " brief: " : " briefs: ")
                + (checks.size() - failed.size()) + " passed, " + failed.size() + " failed");
        if (failed.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("accessibility checks failed for ")
                .append(failed.size())
                .append(failed.size() == 1 ? " brief:" : " briefs:");
        for (BriefCheck check : failed) {
            message.append("\n  ")
                    .append(check.slug())
                    .append(" (see ")
                    .append(output.resolve(check.slug()).resolve(OutputChecker.REPORT))
                    .append(")");
            for (CheckResult result : check.failures()) {
                message.append("\n    ")
                        .append(result.name())
                        .append(" (")
                        .append(result.output())
                        .append("): ")
                        .append(result.findings().size())
                        .append(result.findings().size() == 1 ? " finding" : " findings");
            }
        }
        throw new MojoFailureException(message.toString());
    }
}
