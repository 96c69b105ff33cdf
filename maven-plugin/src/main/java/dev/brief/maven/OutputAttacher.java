package dev.brief.maven;

import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.build.Format;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Attaches the PDF, EPUB and HTML editions to the project so that install and deploy publish them. A single
 * brief gets the classifiers {@code pdf}, {@code epub}, {@code html}; several briefs get {@code <slug>-pdf} …
 * so that their artifacts stay apart.
 */
final class OutputAttacher {
    private final MavenProject project;
    private final MavenProjectHelper helper;

    OutputAttacher(MavenProject project, MavenProjectHelper helper) {
        this.project = project;
        this.helper = helper;
    }

    void attach(BuildReport report) {
        List<BriefOutcome> built =
                report.outcomes().stream().filter(outcome -> !outcome.failed()).toList();
        boolean single = report.outcomes().size() == 1;
        for (BriefOutcome outcome : built) {
            for (BriefOutcome.Output output : outcome.outputs()) {
                if (output.format() == Format.PNG) {
                    continue;
                }
                String type = output.format().extension();
                String classifier = single ? type : outcome.source().slug() + "-" + type;
                helper.attachArtifact(project, type, classifier, output.file().toFile());
            }
        }
    }
}
