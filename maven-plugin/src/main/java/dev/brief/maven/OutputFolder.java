package dev.brief.maven;

import java.io.File;

/**
 * The output folder a goal uses. Without a project, Maven leaves {@code ${project.build.directory}}
 * unresolved in the default; the outputs then go to {@code target/brief} under the folder Maven runs in.
 */
final class OutputFolder {
    private OutputFolder() {}

    static File of(File configured, File basedir) {
        if (configured == null || configured.getPath().contains("${")) {
            return new File(new File(basedir, "target"), "brief");
        }
        return configured;
    }
}
