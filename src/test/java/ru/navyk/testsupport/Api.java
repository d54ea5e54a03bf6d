package ru.navyk.testsupport;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A caller of the portal's REST API: anonymous, with HTTP Basic, or with a personal token; JSON in and out.
 * Immutable: {@link #acceptLanguage} answers a copy.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final PortalServer portal;
    private final String authorization;
    private final String language;

    private Api(PortalServer portal, String authorization, String language) {
        this.portal = portal;
        this.authorization = authorization;
        this.language = language;
    }

    public static Api anonymous(PortalServer portal) {
        return new Api(portal, null, null);
    }

    public static Api basic(PortalServer portal, String username, String password) {
        return new Api(portal, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), null);
    }

    public static Api bearer(PortalServer portal, String token) {
        return new Api(portal, "Bearer " + token, null);
    }

    /** The same caller sending {@code Accept-Language: tag}. */
    public Api acceptLanguage(String tag) {
        return new Api(portal, authorization, tag);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** POST of {@code body}: a JSON string as is, anything else (maps, lists) written as JSON, or none for null. */
    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Reply send(String method, String path, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        String json = null;
        if (body != null) {
            headers.put("Content-Type", "application/json");
            json = body instanceof String text ? text : JSON.writeValueAsString(body);
        }
        HttpResponse<String> response = Http.send(method, portal.uri(path), headers, json);
        return new Reply(method + " " + path, response);
    }

    /** A JSON object from alternating names and values; values may be null (unlike {@code Map.of}). */
    public static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    /** An answer of the API. */
    public record Reply(String request, HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** The body as JSON after checking the status; a mismatch fails with the request and the body. */
        public JsonNode expect(int status) {
            if (status() != status) {
                throw new AssertionError(request + ": expected HTTP " + status + " but got " + status() + ": "
                        + body());
            }
            return body().isEmpty() ? null : json();
        }

        @Override
        public String toString() {
            return request + " → " + status() + " " + body();
        }
    }
}
