package ru.navyk.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The portal as a user gets it: the built {@code target/navyk.war} on Payara Micro, on a free port of 127.0.0.1 and
 * its own fresh database (Derby under {@code target/it/}, or a database of the run's private PostgreSQL server).
 * The shared portal is started once for all HTTP and browser tests of a run (a boot costs ~25 s on two cores) and
 * stopped when the test JVM exits; tests that need servers of their own (a cluster) {@link #launch} them.
 */
public final class PortalServer {

    /** Password of the account {@code admin} of the test portal (its first start sets it from the environment). */
    public static final String ADMIN_PASSWORD = "it-admin-password-1";

    /** Ten minutes (a cold start on a busy two-core machine has taken over four), or {@code -Dnavyk.it.startupMinutes=…}. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(Long.getLong("navyk.it.startupMinutes", 10));
    private static PortalServer instance;

    private final Process process;
    private final URI baseUri;
    private final Path log;
    private final GreenMail smtp;

    private PortalServer(Process process, URI baseUri, Path log, GreenMail smtp) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
        this.smtp = smtp;
    }

    /**
     * The shared portal of the run, started on first use: on Derby, or on the database {@code navyk_portal} of the
     * private PostgreSQL server when the run is the PostgreSQL one.
     */
    public static synchronized PortalServer get() {
        if (instance == null) {
            Launch launch = launch("portal").demo(true);
            if (TestDatabase.isPostgresql()) {
                launch.environment(TestDatabase.postgresqlEnvironment("navyk_portal"));
            }
            instance = launch.start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** A portal of a test's own (a cluster node, a portal on a copied database), stopped by that test. */
    public static Launch launch(String name) {
        return new Launch(name);
    }

    /** Absolute URI of a path on the portal, e.g. {@code uri("/model/index.xhtml")}. */
    public URI uri(String path) {
        return baseUri.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return baseUri.getPort();
    }

    /** The server's console output (Payara's log). */
    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * How to start a portal: under {@code <navyk.it.dir>/<name>-data} (Derby, unless the environment names another
     * database), {@code <name>-root} and {@code <name>.log}, with the known admin password.
     */
    public static final class Launch {

        private final String name;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> options = new ArrayList<>(List.of("--noCluster", "--disablephonehome"));
        private final List<String> javaOptions = new ArrayList<>();
        private boolean freshData = true;
        private Duration startupTimeout = STARTUP_TIMEOUT;

        private Launch(String name) {
            this.name = name;
        }

        /** Loads the demo organisation into an empty database. */
        public Launch demo(boolean demo) {
            environment.put("NAVYK_DEMO", String.valueOf(demo));
            return this;
        }

        public Launch environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** Payara Micro options replacing the default {@code --noCluster --disablephonehome}, e.g. cluster settings. */
        public Launch options(List<String> payaraOptions) {
            options.clear();
            options.addAll(payaraOptions);
            return this;
        }

        public Launch javaOptions(String... jvmOptions) {
            javaOptions.addAll(List.of(jvmOptions));
            return this;
        }

        /** Keeps the data folder an earlier launch of the same name left (a restart), instead of a fresh one. */
        public Launch keepData() {
            freshData = false;
            return this;
        }

        /** More time to boot, for nodes that start together and share two cores. */
        public Launch startupTimeout(Duration timeout) {
            startupTimeout = timeout;
            return this;
        }

        public PortalServer start() {
            return PortalServer.start(this);
        }
    }

    /**
     * The e-mail the portal has delivered so far to {@code address}, as the SMTP server received it. The portal sends
     * its outbox every minute, or at once on {@code POST /api/mail/outbox/send}.
     */
    public List<MimeMessage> mailTo(String address) {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient instanceof InternetAddress internet && internet.getAddress().equalsIgnoreCase(address)) {
                        received.add(message);
                        break;
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException("an unreadable message on the test SMTP server", e);
            }
        }
        return received;
    }

    private static PortalServer start(Launch launch) {
        Path itDir = Path.of(System.getProperty("navyk.it.dir", "target/it"));
        Path dataDir = itDir.resolve(launch.name + "-data");
        Path rootDir = itDir.resolve(launch.name + "-root");
        Path log = itDir.resolve(launch.name + ".log");
        if (launch.freshData) {
            deleteRecursively(dataDir);
        }
        deleteRecursively(rootDir);
        int port = freePort();
        // A real SMTP server in the test JVM: the portal's e-mail goes there, as it would to the centre's server.
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The JVM options of the README's run command (pom.xml), so the tests run the portal as users start it.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m",
                "-Dhazelcast.phone.home.enabled=false", "-Djava.io.tmpdir=" + itDir.toAbsolutePath()));
        command.addAll(launch.javaOptions);
        command.addAll(List.of("-jar", requiredFile("payara.microJar"),
                "--deploy", requiredFile("navyk.war"), "--contextroot", "/",
                "--port", String.valueOf(port), "--rootDir", rootDir.toAbsolutePath().toString()));
        command.addAll(launch.options);
        try {
            Files.createDirectories(itDir);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("NAVYK_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().put("NAVYK_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // Test-only: lets tests move the portal's clock (/api/test/clock); every test that moves it moves it back.
            builder.environment().put("NAVYK_CLOCK_ADJUSTABLE", "true");
            builder.environment().put("NAVYK_MAIL_HOST", "127.0.0.1");
            builder.environment().put("NAVYK_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
            builder.environment().put("NAVYK_MAIL_FROM", "navyk@it.navyk.ru");
            // The database is the launch's choice, never one the test JVM's own environment happens to name.
            builder.environment().keySet().removeIf(key -> key.startsWith("NAVYK_DB_"));
            builder.environment().putAll(launch.environment);
            Process process = builder.start();
            PortalServer server = new PortalServer(process, URI.create("http://127.0.0.1:" + port + "/"), log, smtp);
            server.awaitReady(launch.startupTimeout);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited while starting (database: " + TestDatabase.name()
                        + "); see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(uri("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                HttpResponse<Void> home = client.send(HttpRequest.newBuilder(uri("/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200 && home.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the portal", e);
            }
            sleep(Duration.ofSeconds(1));
        }
        stop();
        throw new IllegalStateException("The portal was not ready within " + timeout + " (database: "
                + TestDatabase.name() + "); see " + log.toAbsolutePath());
    }

    /** Kills the server as a crash does ({@code kill -9}: no shutdown, no goodbye to the cluster). */
    public void kill() {
        smtp.stop();
        process.destroyForcibly();
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server the way an operator does (SIGTERM: Payara shuts down and leaves its cluster cleanly). */
    public void stop() {
        smtp.stop();
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String requiredFile(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file (set by"
                    + " the failsafe configuration in pom.xml); run the tests with 'mvn verify'");
        }
        return Path.of(value).toAbsolutePath().toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
