package dev.quarry.codegen.maven;

import dev.quarry.Metadata;
import dev.quarry.SchemaDifference;
import dev.quarry.codegen.CodegenException;
import dev.quarry.codegen.SchemaCheck;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Fails the build when the database differs from the models: compares the {@code Metadata} of the class
 * {@code models} (compiled in this project, e.g. the generated {@code com.acme.db.Db}) with the database at
 * {@code url}, and lists every difference, one line each.
 *
 * <pre>{@code
 * mvn compile quarry:check -Dquarry.url=jdbc:postgresql://db/shop -Dquarry.user=app -Dquarry.models=com.acme.db.Db
 * }</pre>
 *
 * <p>The JDBC driver must be on the plugin's class path (a {@code <dependency>} of the plugin) or the project's.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractMojo {

    /** The JDBC URL. */
    @Parameter(property = "quarry.url", required = true)
    String url;

    /** The database user. */
    @Parameter(property = "quarry.user")
    String user;

    /** The database password. */
    @Parameter(property = "quarry.password")
    String password;

    /** The class holding the models' {@code Metadata} in a public static field, e.g. {@code com.acme.db.Db}. */
    @Parameter(property = "quarry.models", required = true)
    String models;

    /** Skips the goal. */
    @Parameter(property = "quarry.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Quarry schema check skipped");
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(classPath(), getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            Metadata metadata = SchemaCheck.models(models, loader);
            List<SchemaDifference> differences = SchemaCheck.diff(metadata, url, user, password);
            if (differences.isEmpty()) {
                getLog().info("Quarry: the database matches the models of " + models);
                return;
            }
            for (SchemaDifference d : differences) {
                getLog().error(d.toString());
            }
            StringBuilder message = new StringBuilder("Quarry: the database differs from the models of ")
                    .append(models).append(" in ").append(differences.size()).append(" way(s):");
            for (SchemaDifference d : differences) {
                message.append("\n  ").append(d);
            }
            throw new MojoFailureException(message.toString());
        } catch (CodegenException e) {
            throw new MojoExecutionException("Quarry schema check failed: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("Quarry schema check failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private URL[] classPath() throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        if (project == null) {
            return new URL[0];
        }
        try {
            for (String element : project.getTestClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("Quarry schema check: cannot build the class path: " + e.getMessage(), e);
        }
        return urls.toArray(new URL[0]);
    }
}
