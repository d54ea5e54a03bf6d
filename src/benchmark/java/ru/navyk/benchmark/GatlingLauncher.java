package ru.navyk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ru.navyk.benchmark.gatling.PortalSimulation;

/**
 * Runs {@link PortalSimulation} with Gatling's own launcher ({@code io.gatling.app.Gatling}, what Gatling's Maven
 * plugin runs too) in a JVM of its own, so the load generator's memory and threads never mix with the runner's, and
 * the runner can go on sampling the portal's memory meanwhile.
 */
final class GatlingLauncher {

    private GatlingLauncher() {
    }

    /** Runs the simulation and waits for it; its HTML report (whose statistics the report reads) goes to results. */
    static void run(URI portal, String size, Path usersDir, int requests, Path results, Path timings,
                    String description) {
        try {
            Files.createDirectories(results);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // Gatling reads String internals for speed (--add-opens, as its Maven plugin passes) and keeps a
            // preferences node, which goes beside the results instead of into the home folder.
            List<String> command = List.of(java, "-Xmx512m", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
                    "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "-Djava.util.prefs.userRoot=" + results.resolveSibling("gatling-prefs").toAbsolutePath(),
                    "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + results.toAbsolutePath(),
                    "-Dbench.baseUrl=" + portal, "-Dbench.users=" + usersDir.toAbsolutePath(),
                    "-Dbench.requests=" + requests, "-Dbench.timings=" + timings.toAbsolutePath(),
                    "-Dbench.size=" + size,
                    "-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling",
                    "-s", PortalSimulation.class.getName(), "-rf", results.toAbsolutePath().toString(),
                    "-rd", description);
            Path log = results.resolveSibling(results.getFileName() + ".log");
            Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            int exit = gatling.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Gatling exited with " + exit + "; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Gatling ran", e);
        }
    }
}
