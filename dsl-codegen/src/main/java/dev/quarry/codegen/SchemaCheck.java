package dev.quarry.codegen;

import dev.quarry.Database;
import dev.quarry.Metadata;
import dev.quarry.Migration;
import dev.quarry.QuarryException;
import dev.quarry.SchemaDifference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;

/**
 * What {@code dsl-codegen check}, {@code dsl-codegen migrate} and the Maven goal {@code quarry:check} share: the
 * models found by class name, a database opened from a URL, and the differences or migration between them.
 *
 * @since 0.1.0
 */
public final class SchemaCheck {
    private SchemaCheck() {
    }

    /**
     * The {@link Metadata} held by a public static field of the class {@code className} (the field named
     * {@code METADATA}, else the only field of that type), as the generated metadata class and API models have it.
     *
     * @throws CodegenException when the class cannot be loaded or holds no metadata
     */
    public static Metadata models(String className, ClassLoader loader) {
        Objects.requireNonNull(className, "className");
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new CodegenException("--models: class " + className + " is not on the class path ("
                    + e.getClass().getSimpleName() + ")");
        }
        Field found = null;
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Metadata.class.isAssignableFrom(f.getType())) {
                if (found == null || f.getName().equals("METADATA")) {
                    found = f;
                }
            }
        }
        if (found == null) {
            throw new CodegenException("--models: class " + className
                    + " has no public static Metadata field (such as METADATA)");
        }
        try {
            return (Metadata) found.get(null);
        } catch (IllegalAccessException e) {
            throw new CodegenException("--models: cannot read " + className + "." + found.getName() + ": "
                    + e.getMessage());
        }
    }

    /** The differences between the models and the database at {@code url}, one line each in {@code toString()}. */
    public static List<SchemaDifference> diff(Metadata models, String url, String user, String password) {
        try (Database db = open(url, user, password)) {
            return models.diff(db);
        } catch (QuarryException e) {
            throw new CodegenException("could not compare with " + url + ": " + CodeGenerator.oneLine(e));
        }
    }

    /** The migration script (additive, or destructive too) for the database at {@code url}, for review. */
    public static String migrationScript(Metadata models, String url, String user, String password,
            boolean destructive) {
        try (Database db = open(url, user, password)) {
            Migration m = models.migration(db);
            return (destructive ? m.destructive() : m).script();
        } catch (QuarryException e) {
            throw new CodegenException("could not compare with " + url + ": " + CodeGenerator.oneLine(e));
        }
    }

    private static Database open(String url, String user, String password) {
        return user == null ? Database.open(url) : Database.open(url, user, password == null ? "" : password);
    }
}
