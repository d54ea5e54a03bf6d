package ru.navyk.api.caseexport;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** The CASE 1.1 JSON shapes Navyk publishes; property names follow the specification exactly. */
public final class CaseDtos {

    private CaseDtos() {
    }

    /** {@code CFDocuments} list response. */
    public record DocumentList(@JsonbProperty("CFDocuments") List<Document> documents) {
    }

    /** {@code CFPckgDocument} / {@code CFDocument}. */
    public record Document(String identifier, String uri, String creator, String title, String lastChangeDateTime,
                           String description, String language, String version, String adoptionStatus,
                           String notes) {
    }

    /** {@code CFPckgItem}. */
    public record Item(String identifier, String uri, String fullStatement, String humanCodingScheme,
                       @JsonbProperty("CFItemType") String itemType, String language, String notes,
                       String lastChangeDateTime) {
    }

    /** {@code LinkGenURI}: a reference to a node. */
    public record Link(String title, String identifier, String uri) {
    }

    /** {@code CFPckgAssociation}. */
    public record Association(String identifier, String uri, String associationType, Integer sequenceNumber,
                              Link originNodeURI, Link destinationNodeURI, String lastChangeDateTime) {
    }

    /** {@code CFItemType} definition. */
    public record ItemType(String identifier, String uri, String title, String description, String hierarchyCode,
                           String lastChangeDateTime) {
    }

    /** {@code CFDefinition}. */
    public record Definitions(@JsonbProperty("CFItemTypes") List<ItemType> itemTypes) {
    }

    /** {@code CFPackage}. */
    public record Package(@JsonbProperty("CFDocument") Document document,
                          @JsonbProperty("CFItems") List<Item> items,
                          @JsonbProperty("CFAssociations") List<Association> associations,
                          @JsonbProperty("CFDefinitions") Definitions definitions) {
    }
}
