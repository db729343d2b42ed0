package dev.quarry.codegen;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources with {@code -Xlint:all -Werror} against the test class path. */
final class Compiler {
    private Compiler() {
    }

    /** Compiles every .java file under {@code sources} into {@code classes}; fails with javac's output. */
    static ClassLoader compile(Path sources, Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(sources)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                    "-implicit:none", "-proc:none"));
            boolean ok = javac.getTask(out, fm, null, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new AssertionError("generated code does not compile with -Xlint:all -Werror:\n" + out);
            }
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiler.class.getClassLoader());
    }
}
