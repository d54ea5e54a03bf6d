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
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The portal as a user gets it: the built {@code target/navyk.war} on Payara Micro, on a free port of 127.0.0.1 and
 * its own fresh database under {@code target/it/}. Started once for all HTTP and browser tests of a run (a boot costs
 * ~25 s on two cores) and stopped when the test JVM exits.
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

    /** The running portal, started on first use. */
    public static synchronized PortalServer get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** Absolute URI of a path on the portal, e.g. {@code uri("/model/index.xhtml")}. */
    public URI uri(String path) {
        return baseUri.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public URI baseUri() {
        return baseUri;
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

    private static PortalServer start() {
        Path itDir = Path.of(System.getProperty("navyk.it.dir", "target/it"));
        Path dataDir = itDir.resolve("portal-data");
        Path rootDir = itDir.resolve("portal-root");
        Path log = itDir.resolve("portal.log");
        deleteRecursively(dataDir);
        deleteRecursively(rootDir);
        int port = freePort();
        // A real SMTP server in the test JVM: the portal's e-mail goes there, as it would to the centre's server.
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx768m", "-Djava.io.tmpdir=" + itDir.toAbsolutePath(),
                "-jar", requiredFile("payara.microJar"),
                "--deploy", requiredFile("navyk.war"), "--contextroot", "/",
                "--port", String.valueOf(port), "--noCluster", "--rootDir", rootDir.toAbsolutePath().toString());
        try {
            Files.createDirectories(itDir);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("NAVYK_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().put("NAVYK_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // The demo organisation is the shared fixture of journeys that need a populated centre.
            builder.environment().put("NAVYK_DEMO", "true");
            // Test-only: lets tests move the portal's clock (/api/test/clock); every test that moves it moves it back.
            builder.environment().put("NAVYK_CLOCK_ADJUSTABLE", "true");
            builder.environment().put("NAVYK_MAIL_HOST", "127.0.0.1");
            builder.environment().put("NAVYK_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
            builder.environment().put("NAVYK_MAIL_FROM", "navyk@it.navyk.ru");
            Process process = builder.start();
            PortalServer server = new PortalServer(process, URI.create("http://127.0.0.1:" + port + "/"), log, smtp);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited while starting; see " + log.toAbsolutePath());
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
        throw new IllegalStateException("The portal was not ready within " + STARTUP_TIMEOUT + "; see "
                + log.toAbsolutePath());
    }

    private void stop() {
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
