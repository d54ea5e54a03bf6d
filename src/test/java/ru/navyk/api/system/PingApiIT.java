package ru.navyk.api.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import ru.navyk.testsupport.PortalServer;

/** The benchmarks' floor: an anonymous, empty answer that opens no session. */
class PingApiIT {

    private final PortalServer portal = PortalServer.get();

    @Test
    void pingAnswersNoContentToAnyoneWithoutASession() throws IOException, InterruptedException {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(portal.uri("/api/ping")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(204, reply.statusCode());
        assertEquals("", reply.body());
        assertNull(reply.headers().firstValue("Set-Cookie").orElse(null), "no session is opened");
    }
}
