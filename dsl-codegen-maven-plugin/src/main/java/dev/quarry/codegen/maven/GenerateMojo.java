package dev.quarry.codegen.maven;

import dev.quarry.codegen.CodeGenerator;
import dev.quarry.codegen.CodegenException;
import dev.quarry.codegen.CodegenOptions;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Reads a schema over JDBC and writes Quarry {@code Table} classes into {@code target/generated-sources/quarry},
 * which it adds as a compile source root, so that {@code mvn compile} regenerates and compiles them. Takes the
 * options of the command line: {@code url}, {@code user}, {@code password}, {@code packageName}, {@code schema},
 * {@code include}, {@code exclude}, {@code metadataClass} (and {@code outputDirectory}).
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.quarry</groupId>
 *   <artifactId>dsl-codegen-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>generate</goal></goals></execution></executions>
 *   <configuration>
 *     <url>jdbc:sqlite:${project.basedir}/app.db</url>
 *     <packageName>com.acme.db</packageName>
 *   </configuration>
 * </plugin>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The JDBC URL. */
    @Parameter(property = "quarry.url", required = true)
    String url;

    /** The database user. */
    @Parameter(property = "quarry.user")
    String user;

    /** The database password. */
    @Parameter(property = "quarry.password")
    String password;

    /** The package of the generated classes. */
    @Parameter(property = "quarry.package", required = true)
    String packageName;

    /** The source root the classes are written under. */
    @Parameter(property = "quarry.output", defaultValue = "${project.build.directory}/generated-sources/quarry")
    File outputDirectory;

    /** The schema (PostgreSQL) or database (MySQL) to read. */
    @Parameter(property = "quarry.schema")
    String schema;

    /** A regular expression that whole table names must match. */
    @Parameter(property = "quarry.include")
    String include;

    /** A regular expression of whole table names to skip. */
    @Parameter(property = "quarry.exclude")
    String exclude;

    /** The simple name of the class holding {@code METADATA}. */
    @Parameter(property = "quarry.metadataClass", defaultValue = CodegenOptions.DEFAULT_METADATA_CLASS)
    String metadataClass;

    /** Skips the goal. */
    @Parameter(property = "quarry.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Quarry code generation skipped");
            return;
        }
        CodegenOptions options = new CodegenOptions(url, user, password, packageName, outputDirectory.toPath(),
                schema, include, exclude, metadataClass, null);
        CodeGenerator.Result r;
        try {
            r = CodeGenerator.generate(options);
        } catch (CodegenException e) {
            throw new MojoExecutionException("Quarry code generation failed: " + e.getMessage());
        }
        for (String w : r.warnings()) {
            getLog().warn(w);
        }
        getLog().info("Quarry: " + r.tables() + " tables and views, " + r.changed() + " of " + r.files().size()
                + " files changed, in " + outputDirectory);
        if (project != null) {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
    }
}
