package ru.navyk.api.caseexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.navyk.testsupport.Http;
import ru.navyk.testsupport.PortalServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public CASE 1.1 export of the running portal, validated against the official CFPackage JSON Schema. */
class CaseExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STANDARD_KEY = "contact-centre-specialist";

    private static PortalServer portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalServer.get();
    }

    @Test
    void listsOneFrameworkWithAStableIdentifier() {
        JsonNode documents = getJson("/api/case/v1p1/CFDocuments").get("CFDocuments");

        assertEquals(1, documents.size());
        JsonNode document = documents.get(0);
        assertEquals(CaseIdentifiers.of(STANDARD_KEY, "document", STANDARD_KEY).toString(),
                document.get("identifier").asString());
        assertTrue(document.get("title").asString().startsWith("Специалист центра дистанционного"));
    }

    @Test
    void packageValidatesAgainstTheOfficialSchema() throws Exception {
        String body = Http.get(portal.uri("/api/case/v1p1/CFPackages/" + documentId())).body();

        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/case/case-v1p1-cfpackage.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
        }
        List<Error> errors = schema.validate(body, InputFormat.JSON);

        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void packageCarriesEveryFunctionAndItemUnderItsParentInTheStandardsOrder() {
        JsonNode pack = getJson("/api/case/v1p1/CFPackages/" + documentId());
        JsonNode items = pack.get("CFItems");
        JsonNode associations = pack.get("CFAssociations");

        Map<String, Integer> typeCounts = new HashMap<>();
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode item : items) {
            typeCounts.merge(item.get("CFItemType").asString(), 1, Integer::sum);
            byCode.put(item.get("humanCodingScheme").asString(), item);
            UUID.fromString(item.get("identifier").asString());
        }
        assertEquals(Map.of("Generalized Labor Function", 5, "Labor Function", 19, "Labor Action", 136,
                "Skill", 140, "Knowledge", 172), typeCounts);
        assertEquals(items.size(), associations.size(), "every node has exactly one parent");

        JsonNode mentoring = byCode.get("D/03.5/LA02");
        assertTrue(mentoring.get("fullStatement").asString().startsWith("Организация процесса наставничества"));
        assertEquals(CaseIdentifiers.of(STANDARD_KEY, "item", "D/03.5/LA02").toString(),
                mentoring.get("identifier").asString());

        JsonNode link = associationOf(associations, mentoring.get("identifier").asString());
        assertEquals("isChildOf", link.get("associationType").asString());
        assertEquals(byCode.get("D/03.5").get("identifier").asString(),
                link.get("destinationNodeURI").get("identifier").asString());
        assertEquals(2, link.get("sequenceNumber").asInt());

        JsonNode gfLink = associationOf(associations, byCode.get("D").get("identifier").asString());
        assertEquals(documentId(), gfLink.get("destinationNodeURI").get("identifier").asString());
        assertEquals(4, gfLink.get("sequenceNumber").asInt());
    }

    @Test
    void unknownPackageIsNotFound() {
        HttpResponse<String> response = Http.get(portal.uri("/api/case/v1p1/CFPackages/" + UUID.randomUUID()));

        assertEquals(404, response.statusCode());
    }

    private static JsonNode associationOf(JsonNode associations, String originId) {
        for (JsonNode association : associations) {
            if (association.get("originNodeURI").get("identifier").asString().equals(originId)) {
                return association;
            }
        }
        throw new AssertionError("no association with origin " + originId);
    }

    private static String documentId() {
        return CaseIdentifiers.of(STANDARD_KEY, "document", STANDARD_KEY).toString();
    }

    private static JsonNode getJson(String path) {
        HttpResponse<String> response = Http.get(portal.uri(path));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
