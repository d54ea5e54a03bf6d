package ru.navyk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import ru.navyk.benchmark.data.CentreGenerator;
import ru.navyk.benchmark.data.DerbyFiles;

/**
 * Generated centres kept between runs under {@code target/benchmarks/data/}, so a run re-generates only what changed.
 * The folder is named by a fingerprint of what shapes the base (the changelog, the competency model, the shipped job
 * profiles); each centre in it by size, seed, day and a fingerprint of the generator's classes. Each run measures a
 * copy, never the template.
 *
 * <p>A template is made in two steps. The base: the schema by the portal's Liquibase changelog, then one start of
 * the real portal on it, which imports the model and profiles and creates {@code admin} exactly as in production.
 * Then the centre: the generator's bulk inserts into a copy of the base.
 */
final class CentreCache {

    private final Settings settings;
    private final Path root;
    private final String generator;

    CentreCache(Settings settings) {
        this.settings = settings;
        Path target = settings.war().getParent();
        Path classes = target.resolve("classes");
        this.root = settings.out().resolve("data").resolve(fingerprint(target, List.of(classes.resolve("db"),
                classes.resolve("competency-model"), classes.resolve("content"))));
        this.generator = fingerprint(target, List.of(target.resolve("benchmark-classes/ru/navyk/benchmark/data")));
    }

    /** The generated centre of this size, made now if no earlier run left it. */
    Path template(Size size) {
        Path template = root.resolve(size + "-" + settings.seed() + "-" + settings.asOf() + "-" + generator);
        if (Files.isRegularFile(template.resolve("generated.properties"))) {
            log("reusing the generated centre " + template);
            return template;
        }
        Path base = base();
        DerbyFiles.delete(template);
        DerbyFiles.copy(base, template);
        log("generating size " + size + " (" + size.people() + " people) into " + template);
        CentreGenerator.Generated generated = CentreGenerator.generate(template, size.people(), settings.seed(),
                settings.asOf());
        log(String.format("generated %,d rows in %.1f s", generated.totalRows(),
                generated.elapsed().toMillis() / 1000.0));
        return template;
    }

    private Path base() {
        Path base = root.resolve("base");
        if (Files.isRegularFile(base.resolve("ready"))) {
            return base;
        }
        DerbyFiles.delete(base);
        log("creating the schema and starting the portal once to import the model into " + base);
        CentreGenerator.migrate(base);
        try (PortalProcess portal = PortalProcess.start(settings, base, root.resolve("base-portal"))) {
            log(String.format("portal ready after %.1f s", portal.readyAfter().toMillis() / 1000.0));
        }
        try {
            Files.writeString(base.resolve("ready"), "schema, model, job profiles and admin in place\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return base;
    }

    private static String fingerprint(Path target, List<Path> dirs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(target.relativize(file).toString().getBytes());
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void log(String message) {
        System.out.println("[benchmark] " + message);
    }
}
