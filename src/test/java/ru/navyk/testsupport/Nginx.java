package ru.navyk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx from the Debian package as the cluster's load balancer, with a configuration of its own under
 * {@code <dir>} (no system configuration, logs or pid file are touched), in the foreground so the test owns the
 * process. The configuration is the one {@code docs/deployment.md} recommends, plus an access log that names the node
 * that served each request.
 */
public final class Nginx {

    private static final String BINARY = "/usr/sbin/nginx";

    private final Process process;
    private final int port;
    private final Path accessLog;

    private Nginx(Process process, int port, Path accessLog) {
        this.process = process;
        this.port = port;
        this.accessLog = accessLog;
    }

    /** Starts nginx on a free port of 127.0.0.1, balancing over the given portals. */
    public static Nginx start(Path dir, List<PortalServer> nodes) {
        if (!Files.isExecutable(Path.of(BINARY))) {
            throw new IllegalStateException(BINARY + " is missing: apt-get install -y nginx (.ci/run does)");
        }
        try {
            Files.createDirectories(dir.resolve("temp"));
            int port = freePort();
            Path accessLog = dir.resolve("access.log");
            String servers = nodes.stream()
                    .map(node -> "        server 127.0.0.1:" + node.port() + " max_fails=1 fail_timeout=10s;")
                    .collect(Collectors.joining("\n"));
            String config = """
                    daemon off;
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log warn;
                    events { worker_connections 256; }
                    http {
                        log_format node '$request_method $uri $status $upstream_addr';
                        access_log %1$s/access.log node;
                        client_body_temp_path %1$s/temp/body;
                        proxy_temp_path %1$s/temp/proxy;
                        fastcgi_temp_path %1$s/temp/fastcgi;
                        uwsgi_temp_path %1$s/temp/uwsgi;
                        scgi_temp_path %1$s/temp/scgi;
                        upstream navyk {
                            hash $cookie_JSESSIONID consistent;
                    %2$s
                        }
                        server {
                            listen 127.0.0.1:%3$d;
                            client_max_body_size 12m;
                            location / {
                                proxy_pass http://navyk;
                                proxy_set_header Host $http_host;
                                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                                proxy_set_header X-Forwarded-Proto $scheme;
                                proxy_next_upstream error timeout http_502 http_503;
                                proxy_connect_timeout 2s;
                            }
                        }
                    }
                    """.formatted(dir.toAbsolutePath(), servers, port);
            Path file = dir.resolve("nginx.conf");
            Files.writeString(file, config, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(BINARY, "-e", dir.resolve("error.log").toAbsolutePath().toString(),
                    "-p", dir.toAbsolutePath().toString(), "-c", file.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
            Nginx nginx = new Nginx(process, port, accessLog);
            nginx.awaitListening(dir);
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + (path.startsWith("/") ? path : "/" + path));
    }

    /** The upstream port that served the last request for {@code path} (from the access log). */
    public int lastNodePortFor(String path) {
        try {
            List<String> lines = Files.readAllLines(accessLog, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String[] fields = lines.get(i).split(" ");
                if (fields.length >= 4 && fields[1].equals(path)) {
                    String upstream = fields[fields.length - 1];
                    return Integer.parseInt(upstream.substring(upstream.lastIndexOf(':') + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("nginx served no request for " + path);
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitListening(Path dir) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited; see " + dir.resolve("nginx.out") + " and "
                        + dir.resolve("error.log"));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + " within 20 s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
