package dev.quarry.codegen;

import dev.quarry.codegen.naming.DefaultNamingStrategy;
import dev.quarry.codegen.naming.NamingStrategy;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.SourceVersion;

/**
 * The settings of one generation, shared by the command line and the Maven plugin.
 *
 * @param url           the JDBC URL
 * @param user          the user, or null
 * @param password      the password, or null
 * @param packageName   the package of the generated classes
 * @param output        the source root the package folders are written under
 * @param schema        the schema (PostgreSQL) or database (MySQL) to read; null for the connection's own
 * @param include       a regular expression that whole table names must match, or null
 * @param exclude       a regular expression that excludes whole table names, or null
 * @param metadataClass the simple name of the class holding {@code METADATA}
 * @param naming        the naming strategy
 * @since 0.1.0
 */
public record CodegenOptions(String url, String user, String password, String packageName, Path output,
        String schema, String include, String exclude, String metadataClass, NamingStrategy naming) {

    /** The metadata class name when none is given. */
    public static final String DEFAULT_METADATA_CLASS = "Db";

    public CodegenOptions {
        if (metadataClass == null || metadataClass.isBlank()) {
            metadataClass = DEFAULT_METADATA_CLASS;
        }
        if (naming == null) {
            naming = new DefaultNamingStrategy();
        }
    }

    /** Options with the default metadata class and naming. */
    public static CodegenOptions of(String url, String packageName, Path output) {
        return new CodegenOptions(url, null, null, packageName, output, null, null, null, null, null);
    }

    /** A copy with user and password. */
    public CodegenOptions withCredentials(String newUser, String newPassword) {
        return new CodegenOptions(url, newUser, newPassword, packageName, output, schema, include, exclude,
                metadataClass, naming);
    }

    /** A copy with the table filters. */
    public CodegenOptions withFilters(String newSchema, String newInclude, String newExclude) {
        return new CodegenOptions(url, user, password, packageName, output, newSchema, newInclude, newExclude,
                metadataClass, naming);
    }

    /** A copy with another metadata class name. */
    public CodegenOptions withMetadataClass(String name) {
        return new CodegenOptions(url, user, password, packageName, output, schema, include, exclude, name, naming);
    }

    /** Checks the options that need no database, with a one-line message for the first bad one. */
    public void validate() {
        if (url == null || url.isBlank()) {
            throw new CodegenException("--url is required (a JDBC URL such as jdbc:sqlite:app.db)");
        }
        if (!url.startsWith("jdbc:")) {
            throw new CodegenException("--url must be a JDBC URL starting with 'jdbc:', got '" + url + "'");
        }
        if (packageName == null || packageName.isBlank()) {
            throw new CodegenException("--package is required (e.g. com.acme.db)");
        }
        if (!SourceVersion.isName(packageName)) {
            throw new CodegenException("--package '" + packageName + "' is not a valid Java package name");
        }
        if (Objects.isNull(output)) {
            throw new CodegenException("--output is required (the source root, e.g. src/main/java)");
        }
        if (!SourceVersion.isName(metadataClass) || metadataClass.contains(".")) {
            throw new CodegenException("--metadata-class '" + metadataClass + "' is not a valid Java class name");
        }
        pattern("--include", include);
        pattern("--exclude", exclude);
    }

    /** The compiled include pattern, or null. */
    public Pattern includePattern() {
        return pattern("--include", include);
    }

    /** The compiled exclude pattern, or null. */
    public Pattern excludePattern() {
        return pattern("--exclude", exclude);
    }

    private static Pattern pattern(String option, String regex) {
        if (regex == null || regex.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new CodegenException(option + " '" + regex + "' is not a valid regular expression: "
                    + e.getDescription());
        }
    }
}
