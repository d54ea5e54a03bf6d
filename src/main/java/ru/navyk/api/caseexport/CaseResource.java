package ru.navyk.api.caseexport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;

/** The CASE 1.1 provider endpoints Navyk implements: public and read-only. */
@Path("case/v1p1")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "CASE 1.1", description = "The competency model as a 1EdTech CASE framework")
public class CaseResource {

    @Inject
    private CompetencyModelService models;

    @Context
    private UriInfo uriInfo;

    @GET
    @Path("CFDocuments")
    @Operation(summary = "The frameworks Navyk publishes (one: the current competency model)")
    public CaseDtos.DocumentList documents() {
        return new CaseDtos.DocumentList(models.current().map(m -> List.of(assembler(m).document()))
                .orElse(List.of()));
    }

    @GET
    @Path("CFDocuments/{identifier}")
    @Operation(summary = "One framework document")
    public CaseDtos.Document document(@PathParam("identifier") String identifier) {
        return matching(identifier).document();
    }

    @GET
    @Path("CFPackages/{identifier}")
    @Operation(summary = "The whole framework: document, items, associations and item types")
    public CaseDtos.Package pack(@PathParam("identifier") String identifier) {
        return matching(identifier).pack();
    }

    private CasePackageAssembler matching(String identifier) {
        CasePackageAssembler assembler = models.current().map(this::assembler)
                .orElseThrow(NotFoundException::new);
        if (!assembler.documentId().equals(identifier)) {
            throw new NotFoundException();
        }
        return assembler;
    }

    private CasePackageAssembler assembler(ModelSnapshot model) {
        return new CasePackageAssembler(model, uriInfo.getBaseUri().toString());
    }
}
