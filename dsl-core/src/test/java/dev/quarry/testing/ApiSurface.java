package dev.quarry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public surface of a module's compiled classes, read by reflection: which packages its
 * {@code module-info} exports, which types and members are visible outside it, and which of them name a type
 * they should not. Used by {@code ArchitectureTest} and the {@code PublicApiTest} of each published module.
 */
public final class ApiSurface {
    private ApiSurface() {
    }

    /** The packages the module descriptor in {@code classes} exports to everyone. */
    public static Set<String> exportedPackages(Path classes) throws IOException {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in).exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every class under {@code classes} that code in another package can see, sorted by name. */
    public static List<Class<?>> publicClasses(Path classes) throws IOException, ClassNotFoundException {
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
        List<Class<?>> result = new ArrayList<>();
        ClassLoader loader = ApiSurface.class.getClassLoader();
        for (String name : names) {
            Class<?> c = Class.forName(name, false, loader);
            if (visible(c)) {
                result.add(c);
            }
        }
        return result;
    }

    private static boolean visible(Class<?> c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            int m = k.getModifiers();
            boolean nestedProtected = k.getDeclaringClass() != null && Modifier.isProtected(m);
            if (!Modifier.isPublic(m) && !nestedProtected) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(Class<?> owner, Member member) {
        if (member.isSynthetic() || (member instanceof Method m && m.isBridge())) {
            return false;
        }
        int m = member.getModifiers();
        return Modifier.isPublic(m) || (Modifier.isProtected(m) && !Modifier.isFinal(owner.getModifiers()));
    }

    private static List<Member> members(Class<?> c) {
        List<Member> members = new ArrayList<>();
        members.addAll(Arrays.asList(c.getDeclaredConstructors()));
        members.addAll(Arrays.asList(c.getDeclaredMethods()));
        members.addAll(Arrays.asList(c.getDeclaredFields()));
        members.removeIf(m -> !visible(c, m));
        return members;
    }

    /** Where a visible signature of {@code c} names a class whose package {@code hidden} accepts. */
    public static List<String> signatureLeaks(Class<?> c, Predicate<String> hidden) {
        List<String> hits = new ArrayList<>();
        List<Type> header = new ArrayList<>();
        header.add(c.getGenericSuperclass());
        header.addAll(Arrays.asList(c.getGenericInterfaces()));
        header.addAll(Arrays.asList(c.getTypeParameters()));
        check(c.getName(), header, hidden, hits);
        for (Member m : members(c)) {
            List<Type> types = new ArrayList<>();
            if (m instanceof Field f) {
                types.add(f.getGenericType());
            } else if (m instanceof Executable e) {
                types.addAll(Arrays.asList(e.getGenericParameterTypes()));
                types.addAll(Arrays.asList(e.getGenericExceptionTypes()));
                types.addAll(Arrays.asList(e.getTypeParameters()));
                if (e instanceof Method method) {
                    types.add(method.getGenericReturnType());
                }
            }
            check(c.getName() + "." + m.getName(), types, hidden, hits);
        }
        return hits;
    }

    private static void check(String where, List<Type> types, Predicate<String> hidden, List<String> hits) {
        Set<Class<?>> named = new HashSet<>();
        for (Type t : types) {
            collect(t, named, new HashSet<>());
        }
        named.stream()
                .filter(k -> hidden.test(k.getPackageName()))
                .map(k -> where + " names " + k.getName())
                .sorted()
                .forEach(hits::add);
    }

    private static void collect(Type t, Set<Class<?>> out, Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        if (t instanceof Class<?> k) {
            out.add(k.isArray() ? k.getComponentType() : k);
            if (k.isArray()) {
                collect(k.getComponentType(), out, seen);
            }
        } else if (t instanceof ParameterizedType p) {
            collect(p.getRawType(), out, seen);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, out, seen);
            }
        } else if (t instanceof WildcardType w) {
            Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
                    .forEach(b -> collect(b, out, seen));
        } else if (t instanceof GenericArrayType g) {
            collect(g.getGenericComponentType(), out, seen);
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                collect(b, out, seen);
            }
        }
    }

    /**
     * The public API of the exported packages under {@code classes}, one line per type and per visible member,
     * in a stable order: the text recorded in a module's {@code src/test/resources/api/*.api}.
     */
    public static String dump(Path classes) throws IOException, ClassNotFoundException {
        Set<String> exported = exportedPackages(classes);
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : publicClasses(classes)) {
            if (!exported.contains(c.getPackageName())) {
                continue;
            }
            sb.append(header(c));
            Type sup = c.getGenericSuperclass();
            if (sup != null && sup != Object.class && !c.isEnum() && !c.isRecord()) {
                sb.append(" extends ").append(sup.getTypeName());
            }
            Type[] interfaces = c.getGenericInterfaces();
            if (interfaces.length > 0) {
                sb.append(c.isInterface() ? " extends " : " implements ")
                        .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
            }
            sb.append('\n');
            members(c).stream()
                    .map(ApiSurface::describe)
                    .sorted(Comparator.naturalOrder())
                    .forEach(line -> sb.append("  ").append(line).append('\n'));
        }
        return sb.toString();
    }

    /**
     * The declaration line of a type, written here rather than by {@code Class.toGenericString()}, whose
     * modifiers differ between Java releases (newer ones print {@code sealed}).
     */
    private static String header(Class<?> c) {
        int mask = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL;
        if (!c.isInterface()) {
            mask |= Modifier.ABSTRACT;
        }
        String modifiers = Modifier.toString(c.getModifiers() & mask);
        String kind = c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum"
                : c.isRecord() ? "record" : "class";
        StringBuilder sb = new StringBuilder(modifiers.isEmpty() ? "" : modifiers + " ").append(kind).append(' ')
                .append(c.getName());
        TypeVariable<?>[] params = c.getTypeParameters();
        if (params.length > 0) {
            sb.append(Arrays.stream(params).map(ApiSurface::typeParameter).collect(Collectors.joining(",", "<", ">")));
        }
        return sb.toString();
    }

    private static String typeParameter(TypeVariable<?> v) {
        List<String> bounds = Arrays.stream(v.getBounds()).filter(b -> b != Object.class).map(Type::getTypeName).toList();
        return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds);
    }

    private static String describe(Member m) {
        if (m instanceof Method method) {
            return method.toGenericString();
        } else if (m instanceof Constructor<?> c) {
            return c.toGenericString();
        }
        return ((Field) m).toGenericString();
    }
}
