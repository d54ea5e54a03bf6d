package ru.navyk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web application is {@code <distributable/>}: a cluster node writes each session, with the view-scoped and
 * session-scoped beans in it, to the data grid after every request, so another node can carry on when this one
 * stops. Whatever those beans hold must therefore be serializable, down to the records in their lists; a single
 * unserializable field would silently cost every user of that page their session on failover.
 */
class SessionStateSerializableTest {

    @Test
    void viewAndSessionScopedBeansHoldOnlySerializableState() throws Exception {
        List<Class<?>> beans = webClasses().stream()
                .filter(type -> type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class))
                .toList();
        assertFalse(beans.isEmpty(), "found the session-held beans");

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> current = type; current != null && current.getName().startsWith("ru.navyk");
             current = current.getSuperclass()) {
            // A lazy table model (class X extends LazyDataModel<Row>) keeps the rows of the page it loaded.
            if (current.getGenericSuperclass() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    checkType(argument, path + "<>", problems, seen);
                }
            }
            for (Field field : current.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String fieldPath = path + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    checkInjected(field, fieldPath, problems);
                } else {
                    checkType(field.getGenericType(), fieldPath, problems, seen);
                }
            }
        }
    }

    /** Injected normal-scoped beans are serializable client proxies; anything else is stored as it is. */
    private static void checkInjected(Field field, String path, List<String> problems) {
        Class<?> type = field.getType();
        boolean proxied = type.isAnnotationPresent(ApplicationScoped.class)
                || type.isAnnotationPresent(RequestScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                // produced @ApplicationScoped by infrastructure.time.ClockProducer
                || type == Clock.class;
        if (!proxied && !Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": injected " + type.getName() + " is neither normal-scoped nor Serializable");
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
        if (type instanceof Class<?> raw) {
            if (raw.isPrimitive() || raw.isEnum() || raw == String.class || raw.getName().startsWith("java.time.")
                    || Number.class.isAssignableFrom(raw) || raw == Boolean.class || raw == Character.class) {
                return;
            }
            if (raw.isArray()) {
                checkType(raw.getComponentType(), path + "[]", problems, seen);
            } else if (raw.isInterface() && raw.getName().startsWith("java.util.")) {
                return; // the collection itself: the JDK's are serializable; its elements are checked by type argument
            } else if (raw.getName().startsWith("ru.navyk")) {
                check(raw, path, problems, seen);
            } else if (!Serializable.class.isAssignableFrom(raw)) {
                problems.add(path + ": " + raw.getName() + " is not Serializable");
            }
        } else if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        }
    }

    private static List<Class<?>> webClasses() throws IOException, URISyntaxException {
        Path root = Path.of(SessionStateSerializableTest.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).resolveSibling("classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("ru/navyk/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
            }
        }
        return classes;
    }
}
