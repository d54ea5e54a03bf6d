package ru.navyk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.navyk.benchmark.data.DerbyFiles;

/**
 * The portal under test: the built WAR on Payara Micro in a JVM of its own ({@code --noCluster}, a free port, a fixed
 * heap), on a given data folder, as {@code testsupport.PortalServer} starts it for the tests. It knows when it became
 * ready and reads its own memory: resident set size from {@code /proc/<pid>/status} and heap from {@code jcmd}.
 */
final class PortalProcess implements AutoCloseable {

    /** Password of the account {@code admin} of benchmark portals; every generated account shares its hash. */
    static final String ADMIN_PASSWORD = "navyk-bench-2026";

    /** Generous: a start-up slower than this is a failure, not a measurement (on a loaded machine, raise it). */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(Long.getLong("bench.startupMinutes", 10));
    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final Process process;
    private final URI baseUri;
    private final Path log;
    private final long launchedAt;
    private Duration readyAfter;

    private PortalProcess(Process process, URI baseUri, Path log, long launchedAt) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
        this.launchedAt = launchedAt;
    }

    /** Launches the portal on the data folder's Derby database; see {@link #start(Settings, Path, Path, Map)}. */
    static PortalProcess start(Settings settings, Path dataDir, Path workDir) {
        return start(settings, dataDir, workDir, Map.of());
    }

    /**
     * Launches the portal and waits until it answers; the time from launch to ready is {@link #readyAfter()}.
     * {@code database} is the environment that points it at another database than the data folder's Derby.
     */
    static PortalProcess start(Settings settings, Path dataDir, Path workDir, Map<String, String> database) {
        try {
            Files.createDirectories(workDir);
            // A root folder left by an earlier start lists the WAR as deployed: Payara would deploy it twice.
            DerbyFiles.delete(workDir.resolve("payara-root"));
            int port = freePort();
            Path log = workDir.resolve("payara.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // The options of the README's run command (pom.xml): the portal measured is the one users start.
            List<String> command = List.of(java, "-Xmx" + settings.portalXmx(),
                    "-Dhazelcast.phone.home.enabled=false", "-Djava.io.tmpdir=" + workDir.toAbsolutePath(),
                    "-jar", settings.payaraMicro().toString(), "--deploy", settings.war().toString(),
                    "--contextroot", "/", "--port", String.valueOf(port), "--noCluster",
                    "--disablephonehome", "--rootDir", workDir.resolve("payara-root").toAbsolutePath().toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("NAVYK_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().put("NAVYK_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("NAVYK_DEMO", "false");
            builder.environment().putAll(database);
            long launchedAt = System.nanoTime();
            PortalProcess portal = new PortalProcess(builder.start(),
                    URI.create("http://127.0.0.1:" + port + "/"), log, launchedAt);
            portal.awaitReady();
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI baseUri() {
        return baseUri;
    }

    Duration readyAfter() {
        return readyAfter;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size in bytes, from the kernel's accounting of the portal's JVM. */
    long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Heap in use and committed, in bytes, as the JVM's {@code GC.heap_info} reports it; empty if jcmd fails. */
    Optional<long[]> heap() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process info = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String output = new String(info.getInputStream().readAllBytes());
            info.waitFor(30, TimeUnit.SECONDS);
            // G1 reports one heap line; serial and parallel collectors one per generation, which add up.
            Matcher matcher = HEAP_USED.matcher(output);
            long used = 0;
            long committed = 0;
            while (matcher.find()) {
                committed += Long.parseLong(matcher.group(1)) * 1024;
                used += Long.parseLong(matcher.group(2)) * 1024;
            }
            return committed == 0 ? Optional.empty() : Optional.of(new long[] {used, committed});
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Ready means what a user needs: the health check says ready and the home page answers 200 (the same test as the
     * integration tests' server). Polled every 100 ms, so the figure is accurate to that.
     */
    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = launchedAt + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited while starting; see " + log.toAbsolutePath());
            }
            try {
                if (status(client, "health/ready") == 200 && status(client, "") == 200) {
                    readyAfter = Duration.ofNanos(System.nanoTime() - launchedAt);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the portal", e);
            }
            sleep(Duration.ofMillis(100));
        }
        close();
        throw new IllegalStateException("The portal was not ready within " + STARTUP_TIMEOUT + "; see "
                + log.toAbsolutePath());
    }

    private int status(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Stops the portal the way an operator would (SIGTERM: Payara undeploys and Derby shuts down cleanly). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
