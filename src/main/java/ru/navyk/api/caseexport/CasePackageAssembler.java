package ru.navyk.api.caseexport;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.api.caseexport.CaseDtos.Association;
import ru.navyk.api.caseexport.CaseDtos.Definitions;
import ru.navyk.api.caseexport.CaseDtos.Document;
import ru.navyk.api.caseexport.CaseDtos.Item;
import ru.navyk.api.caseexport.CaseDtos.ItemType;
import ru.navyk.api.caseexport.CaseDtos.Link;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.competency.ModelSnapshot.ItemView;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;
import ru.navyk.domain.competency.ItemKind;

/**
 * Turns a model snapshot into a CASE 1.1 package. Every node hangs under its parent by an {@code isChildOf}
 * association (origin = child, destination = parent) whose {@code sequenceNumber} is the standard's order.
 */
public final class CasePackageAssembler {

    static final String GENERALIZED_TYPE = "Generalized Labor Function";
    static final String LABOR_TYPE = "Labor Function";
    private static final String CREATOR = "Navyk";
    private static final String LANGUAGE = "ru";

    private final ModelSnapshot model;
    private final String baseUri;
    private final String changed;

    /**
     * @param baseUri the API's absolute base, e.g. {@code http://host:8080/api/}, used for every node's {@code uri}
     */
    public CasePackageAssembler(ModelSnapshot model, String baseUri) {
        this.model = model;
        this.baseUri = baseUri.endsWith("/") ? baseUri : baseUri + "/";
        this.changed = DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(model.importedAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    public String documentId() {
        return CaseIdentifiers.of(model.standardKey(), "document", model.standardKey()).toString();
    }

    public Document document() {
        String id = documentId();
        return new Document(id, uri("CFDocuments", id), CREATOR, model.title(), changed, model.mainPurpose(),
                LANGUAGE, "Navyk model version " + model.versionNumber(), "Draft",
                "Encoded from the text of the professional standard; deviations are listed in the model's ERRATA.");
    }

    public CaseDtos.Package pack() {
        List<Item> items = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        Link documentLink = new Link(model.title(), documentId(), uri("CFDocuments", documentId()));
        int gfSequence = 0;
        for (GeneralizedFunctionView gf : model.generalizedFunctions()) {
            Item gfItem = item("gf", gf.code(), gf.name(), GENERALIZED_TYPE,
                    "Уровень квалификации " + gf.level() + "; раздел " + gf.section());
            items.add(gfItem);
            associations.add(childOf(gfItem, documentLink, ++gfSequence));
            Link gfLink = link(gfItem);
            int lfSequence = 0;
            for (LaborFunctionView lf : gf.laborFunctions()) {
                Item lfItem = item("lf", lf.code(), lf.name(), LABOR_TYPE,
                        "Уровень квалификации " + lf.level() + "; раздел " + lf.section());
                items.add(lfItem);
                associations.add(childOf(lfItem, gfLink, ++lfSequence));
                Link lfLink = link(lfItem);
                int itemSequence = 0;
                for (ItemView competency : lf.items()) {
                    Item leaf = item("item", competency.code(), competency.text(), typeOf(competency.kind()), null);
                    items.add(leaf);
                    associations.add(childOf(leaf, lfLink, ++itemSequence));
                }
            }
        }
        return new CaseDtos.Package(document(), items, associations, new Definitions(itemTypes()));
    }

    /** The {@code CFItemType} value of each item kind. */
    public static String typeOf(ItemKind kind) {
        return switch (kind) {
            case LABOR_ACTION -> "Labor Action";
            case SKILL -> "Skill";
            case KNOWLEDGE -> "Knowledge";
        };
    }

    private Item item(String kind, String code, String statement, String type, String notes) {
        String id = CaseIdentifiers.of(model.standardKey(), kind, code).toString();
        return new Item(id, uri("CFItems", id), statement, code, type, LANGUAGE, notes, changed);
    }

    private Association childOf(Item child, Link parent, int sequence) {
        String id = CaseIdentifiers.of(model.standardKey(), "isChildOf",
                child.humanCodingScheme() + "->" + parent.identifier()).toString();
        return new Association(id, uri("CFAssociations", id), "isChildOf", sequence, link(child), parent, changed);
    }

    private Link link(Item item) {
        return new Link(item.humanCodingScheme(), item.identifier(), item.uri());
    }

    private List<ItemType> itemTypes() {
        List<ItemType> types = new ArrayList<>();
        String[][] definitions = {
                {GENERALIZED_TYPE, "Обобщенная трудовая функция (generalized labor function), A–E", "1"},
                {LABOR_TYPE, "Трудовая функция (labor function), e.g. A/01.3", "2"},
                {typeOf(ItemKind.LABOR_ACTION), "Трудовое действие (labor action)", "3"},
                {typeOf(ItemKind.SKILL), "Необходимое умение (required skill)", "3"},
                {typeOf(ItemKind.KNOWLEDGE), "Необходимое знание (required knowledge)", "3"},
        };
        for (String[] definition : definitions) {
            String id = CaseIdentifiers.of(model.standardKey(), "itemType", definition[0]).toString();
            types.add(new ItemType(id, uri("CFItemTypes", id), definition[0], definition[1], definition[2], changed));
        }
        return types;
    }

    private String uri(String collection, String id) {
        return baseUri + "case/v1p1/" + collection + "/" + id;
    }
}
