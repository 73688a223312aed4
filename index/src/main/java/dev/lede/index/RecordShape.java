package dev.lede.index;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * A fingerprint of the JSON shape of a record type: its components, their types (following nested
 * records, lists and maps) and their annotations (Jackson's property order, names, inclusion).
 *
 * <p>The index stores each article as the JSON the mapper wrote. When the stored fingerprint equals
 * today's, those bytes are exactly what writing the article again would give, so an export can copy
 * them instead of parsing and re-serialising every record; a record written by an older version
 * (a field added, a nested record changed) has another fingerprint and is written again.
 */
final class RecordShape {
    /**
     * Raise when {@link dev.lede.model.LedeJson}'s mapper settings change: they change the bytes
     * without changing any record type.
     */
    private static final int MAPPER_SETTINGS_VERSION = 1;

    private RecordShape() {
    }

    /** Sixteen hex digits that change whenever the JSON written for {@code type} can change. */
    static String fingerprint(Class<? extends Record> type) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shape(type).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The text the fingerprint is taken of: every type, component and annotation that shapes the JSON. */
    static String shape(Class<? extends Record> type) {
        StringBuilder shape = new StringBuilder("mapper-").append(MAPPER_SETTINGS_VERSION).append(' ');
        describe(type, shape, new HashSet<>());
        return shape.toString();
    }

    private static void describe(Type type, StringBuilder out, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            describe(p.getRawType(), out, seen);
            out.append('<');
            for (Type argument : p.getActualTypeArguments()) {
                describe(argument, out, seen);
                out.append(',');
            }
            out.append('>');
        } else if (type instanceof GenericArrayType a) {
            describe(a.getGenericComponentType(), out, seen);
            out.append("[]");
        } else if (type instanceof Class<?> c) {
            out.append(c.getName());
            if (c.isEnum()) {
                out.append(Arrays.toString(c.getEnumConstants()));
            } else if (c.isRecord() && seen.add(c)) {
                out.append('{');
                annotations(c, out);
                out.append('|');
                for (RecordComponent component : c.getRecordComponents()) {
                    out.append(component.getName()).append(':');
                    annotations(component.getAccessor(), out);
                    describe(component.getGenericType(), out, seen);
                    out.append(';');
                }
                out.append('}');
            }
        } else {
            out.append(type.getTypeName());
        }
    }

    /** Annotation types and their values, in a stable order (the JDK's toString of one is not portable). */
    private static void annotations(AnnotatedElement element, StringBuilder out) {
        Annotation[] annotations = element.getAnnotations();
        Arrays.sort(annotations, Comparator.comparing((Annotation x) -> x.annotationType().getName()));
        for (Annotation a : annotations) {
            out.append('@').append(a.annotationType().getName()).append('(');
            Method[] methods = a.annotationType().getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                try {
                    out.append(method.getName()).append('=').append(Arrays.deepToString(new Object[]{method.invoke(a)})).append(',');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + a.annotationType().getName() + "." + method.getName(), e);
                }
            }
            out.append(')');
        }
    }
}
