package ru.navyk.api.qualification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.ApiLocale;
import ru.navyk.api.NavykApi;
import ru.navyk.api.qualification.QualificationRequests.DecisionBody;
import ru.navyk.api.qualification.QualificationRequests.ReviewSaveBody;
import ru.navyk.api.qualification.QualificationRequests.ReviewStartBody;
import ru.navyk.application.qualification.OrganisationExport;
import ru.navyk.application.qualification.OrganisationService;
import ru.navyk.application.qualification.QualificationService;
import ru.navyk.application.qualification.QualificationViews.DecisionView;
import ru.navyk.application.qualification.QualificationViews.MatrixPage;
import ru.navyk.application.qualification.QualificationViews.MatrixQuery;
import ru.navyk.application.qualification.QualificationViews.OrganisationOverview;
import ru.navyk.application.qualification.QualificationViews.PersonQualification;
import ru.navyk.application.qualification.QualificationViews.ReviewSheet;
import ru.navyk.application.qualification.QualificationViews.ReviewSummary;
import ru.navyk.application.qualification.ReviewService;
import ru.navyk.application.qualification.TeamMatrixService;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Qualification levels, eligibility and reviews. Reading a person's qualification is for whoever may see them; level
 * decisions and reviews are for a manager of the person (anyone else: 404, as for a person that does not exist); the
 * team matrix for managers, HR and administrators; the organisation view for HR, administrators and heads of
 * departments (403 otherwise).
 */
@Path("qualification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Qualification", description = "Levels held, eligibility, upskilling, reviews and decisions")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class QualificationResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private QualificationService qualification;

    @Inject
    private ReviewService reviews;

    @Inject
    private TeamMatrixService matrix;

    @Inject
    private OrganisationService organisation;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @GET
    @Path("people/{id}")
    @Operation(summary = "A person's held levels, eligibility per generalized function, upskilling clock, decisions",
            description = "What is missing is phrased in the language of Accept-Language (Russian by default).")
    @APIResponse(responseCode = "404", description = "No such person, or the caller may not see them")
    public PersonQualification person(@PathParam("id") long id) {
        return qualification.person(id, ApiLocale.of(headers));
    }

    @GET
    @Path("people/{id}/decisions")
    @Operation(summary = "The level decisions about a person, newest first")
    public List<DecisionView> decisions(@PathParam("id") long id) {
        return qualification.decisionsOf(id);
    }

    @POST
    @Path("decisions")
    @Operation(summary = "Record a level decision (a manager of the person)",
            description = "Granting needs the person to be eligible, or override=true with the reason.")
    @APIResponse(responseCode = "201", description = "Recorded, as a review holding this one decision")
    @APIResponse(responseCode = "400", description = "Refused by a rule: {field, code, message}")
    @APIResponse(responseCode = "404", description = "No such person, or the caller does not manage them")
    public Response decide(DecisionBody body) {
        DecisionBody decision = present(body);
        ReviewSummary review = reviews.decide(required("personId", decision.personId()), decision.input(),
                ApiLocale.of(headers));
        return Response.created(uriInfo.getBaseUriBuilder().path("qualification").path("reviews")
                .path(String.valueOf(review.id())).build()).entity(review).build();
    }

    @GET
    @Path("reviews")
    @Operation(summary = "A person's reviews, newest first")
    public List<ReviewSummary> reviews(@QueryParam("person") long personId) {
        return reviews.reviewsOf(personId);
    }

    @POST
    @Path("reviews")
    @Operation(summary = "Start a review of a person (a manager of the person)",
            description = "Answers the sheet: the person's profile items with their current standing and their "
                    + "eligibility per generalized function.")
    @APIResponse(responseCode = "201", description = "Started")
    public Response startReview(ReviewStartBody body) {
        ReviewSheet sheet = reviews.start(required("personId", present(body).personId()),
                ApiLocale.of(headers));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(sheet.reviewId())).build())
                .entity(sheet).build();
    }

    @GET
    @Path("reviews/{id}")
    @Operation(summary = "A review's sheet")
    public ReviewSheet review(@PathParam("id") long id) {
        return reviews.sheet(id, ApiLocale.of(headers));
    }

    @POST
    @Path("reviews/{id}/save")
    @Operation(summary = "Save a review as a whole: ratings become evidence, decisions level decisions")
    @APIResponse(responseCode = "409", description = "The version is stale")
    public ReviewSummary saveReview(@PathParam("id") long id, ReviewSaveBody body) {
        ReviewSaveBody save = present(body);
        return reviews.save(id, required("version", save.version()), save.ratingInputs(), save.decisionInputs(),
                save.note(), ApiLocale.of(headers));
    }

    @GET
    @Path("matrix")
    @Operation(summary = "The team matrix, a page at a time (managers: their teams; HR, administrators: everyone)")
    public MatrixPage matrix(@QueryParam("teamId") Long teamId, @QueryParam("position") String position,
                             @QueryParam("level") Integer level,
                             @QueryParam("gapsOnly") @DefaultValue("false") boolean gapsOnly,
                             @QueryParam("targetLevel") @DefaultValue("4") int targetLevel,
                             @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("max") @DefaultValue("50") int max) {
        return matrix.page(new MatrixQuery(teamId, position, level, gapsOnly, targetLevel), first, max,
                ApiLocale.of(headers));
    }

    @GET
    @Path("organisation")
    @Operation(summary = "Counts by level and function, readiness pipeline, overdue upskilling",
            description = "HR, administrators and heads of departments.")
    public OrganisationOverview organisation() {
        return organisation.overview(ApiLocale.of(headers));
    }

    @GET
    @Path("organisation/export")
    @Produces(XLSX)
    @Operation(summary = "The organisation view as an Excel workbook, as the page's export gives it",
            description = "HR, administrators and heads of departments; headings in the language of"
                    + " Accept-Language.")
    public Response organisationExport() {
        Locale locale = ApiLocale.of(headers);
        OrganisationOverview overview = organisation.overview(locale);
        StreamingOutput body = out -> new OrganisationExport(locale).excel(overview, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"navyk-organisation-"
                + overview.asOf() + ".xlsx\"").build();
    }

    private static <T> T present(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolationException(field, "rule.required");
        }
        return value;
    }
}
