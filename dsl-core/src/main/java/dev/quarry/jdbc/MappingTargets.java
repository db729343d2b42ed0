package dev.quarry.jdbc;

import dev.quarry.MappingException;
import dev.quarry.internal.Names;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reflection that {@link RecordMapper} (flat rows) and {@link NestedMapper} (rows with loaded
 * relationships) share: which classes rows can be mapped to, their constructors and setters as method
 * handles, and the columns of a row shape by normalised name. Used once per query and class, never in the row
 * loop.
 */
final class MappingTargets {
    private MappingTargets() {
    }

    /** Refuses a type that is neither a record nor a concrete class that can be instantiated. */
    static void requireMappable(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isPrimitive() || type.isArray()) {
            throw new MappingException("cannot map rows to " + type.getName()
                    + ": fetchInto takes a record or a class with a no-argument constructor and setters");
        }
    }

    /** The record constructor {@code raw} (from {@link #recordConstructor}) taking its components as one array. */
    static MethodHandle spreading(MethodHandle raw) {
        return raw.asSpreader(Object[].class, raw.type().parameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
    }

    /** The canonical constructor of record {@code type} as it is, one parameter per component. */
    static MethodHandle recordConstructor(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] params = new Class<?>[components.length];
        for (int i = 0; i < params.length; i++) {
            params[i] = components[i].getType();
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(params);
            c.setAccessible(true);
            return MethodHandles.lookup().unreflectConstructor(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException("cannot call the canonical constructor of record " + type.getName()
                    + " (is it accessible?): " + e, e);
        }
    }

    /** The no-argument constructor of POJO {@code type}, as a handle returning {@code Object}. */
    static MethodHandle noArgConstructor(Class<?> type) {
        try {
            Constructor<?> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return MethodHandles.lookup().unreflectConstructor(c).asType(MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException("cannot map rows to " + type.getName()
                    + ": it needs an accessible no-argument constructor (" + e + ")", e);
        }
    }

    /**
     * The one-argument instance setters of {@code type} and its superclasses by normalised property name
     * ({@code setFirstName} under {@code firstname}); where two share a name, the subclass's comes first and
     * wins. In the order they were found.
     */
    static Map<String, Method> setters(Class<?> type) {
        Map<String, Method> setters = new LinkedHashMap<>();
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                boolean instanceSetter = m.getName().startsWith("set") && m.getParameterCount() == 1
                        && !Modifier.isStatic(m.getModifiers());
                if (instanceSetter) {
                    setters.putIfAbsent(Names.normalise(m.getName().substring(3)), m);
                }
            }
        }
        return setters;
    }

    /** {@code setter} as a handle of type {@code (Object, Object) void}. */
    static MethodHandle setterHandle(Method setter) {
        try {
            setter.setAccessible(true);
            return MethodHandles.lookup().unreflect(setter)
                    .asType(MethodType.methodType(void.class, Object.class, Object.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException("cannot call " + setter + ": " + e, e);
        }
    }

    /** The index of each labelled column of {@code shape} by normalised label; the first of equal labels wins. */
    static Map<String, Integer> columns(RowShape shape) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < shape.size(); i++) {
            String label = shape.label(i);
            if (label != null) {
                byName.putIfAbsent(Names.normalise(label), i);
            }
        }
        return byName;
    }

    /** The labels of {@code shape} in column order (null for an unlabelled column), for error messages. */
    static List<String> labels(RowShape shape) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < shape.size(); i++) {
            l.add(shape.label(i));
        }
        return l;
    }
}
