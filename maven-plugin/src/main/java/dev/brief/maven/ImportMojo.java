package dev.brief.maven;

import dev.brief.maven.build.LegacyConverter;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Turns legacy Markdown, as extracted from a published PDF (no front matter, bare
 * superscript note numbers, a sidebar inside a sentence), into the source format:
 * writes <code>NAME.brief.md</code> beside each file, and reports every inference and repair the
 * importer made so that it can be checked against the print.
 * Works without a project: <code>mvn dev.brief:brief-maven-plugin:VERSION:import -Dbrief.source=FILE</code>.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

    /** A legacy Markdown file, or a folder searched for them (files with front matter are left alone). */
    @Parameter(property = "brief.source", defaultValue = "${basedir}/src/brief")
    File source;

    /**
     * Where to write: a file when {@code source} is one file, a folder otherwise. Default: beside each legacy
     * file, as <code>NAME.brief.md</code>.
     */
    @Parameter(property = "brief.importOutput")
    File importOutput;

    /** Replaces an existing {@code .brief.md}; off by default, since that file usually holds edits. */
    @Parameter(property = "brief.overwrite", defaultValue = "false")
    boolean overwrite;

    @Override
    public void execute() throws MojoExecutionException {
        try {
            new LegacyConverter(MavenBuildLog.of(getLog()))
                    .convert(source.toPath(), Optional.ofNullable(importOutput).map(File::toPath), overwrite);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
