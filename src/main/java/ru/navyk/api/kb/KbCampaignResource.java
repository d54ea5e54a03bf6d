package ru.navyk.api.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.ApiLocale;
import ru.navyk.api.NavykApi;
import ru.navyk.application.knowledge.AcknowledgementReport;
import ru.navyk.application.knowledge.CampaignService;
import ru.navyk.application.knowledge.KnowledgeViews.CampaignSummary;
import ru.navyk.application.knowledge.KnowledgeViews.CampaignView;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationRow;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Acknowledgement campaigns for administrators, managers and HR; completion, lists and reports count only the people
 * the caller may see. Agents get 403 (they see their own obligations under {@code /api/kb/obligations}).
 */
@Path("kb/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Knowledge base", description = "Acknowledgement campaigns")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class KbCampaignResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private CampaignService campaigns;

    @Inject
    private Clock clock;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "Campaigns, newest first, with completion among the people the caller may see")
    public Page<CampaignSummary> list(@QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("50") int max) {
        return campaigns.list(first, max);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A campaign's completion, in total and per team")
    public CampaignView get(@PathParam("id") long id) {
        return campaigns.get(id);
    }

    @GET
    @Path("{id}/obligations")
    @Operation(summary = "The people asked, a page at a time")
    public Page<ObligationRow> obligations(@PathParam("id") long id,
                                           @Parameter(description = "PENDING, DONE, SUPERSEDED or OVERDUE")
                                           @QueryParam("status") String status,
                                           @QueryParam("first") @DefaultValue("0") int first,
                                           @QueryParam("max") @DefaultValue("50") int max) {
        return campaigns.obligations(id, status, first, max);
    }

    @POST
    @Path("{id}/reminders")
    @Operation(summary = "Remind everyone still pending (inbox and, where configured, e-mail)")
    public Map<String, Integer> remind(@PathParam("id") long id) {
        return Map.of("reminded", campaigns.remind(id));
    }

    @GET
    @Path("{id}/report")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "The audit report of the campaign as CSV (format=csv) or Excel (format=xlsx)",
            description = "Headings and statuses in the language of Accept-Language (Russian by default).")
    public Response report(@PathParam("id") long id, @QueryParam("format") @DefaultValue("xlsx") String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new RuleViolationException("format", "rule.kb.status.unknown");
        }
        List<ObligationRow> rows = campaigns.report(id);
        CampaignView campaign = campaigns.get(id);
        AcknowledgementReport report = new AcknowledgementReport(campaign.summary().articleTitle(),
                campaign.summary().revisionNumber(), clock.getZone(), ApiLocale.of(headers));
        StreamingOutput body = "csv".equals(format)
                ? out -> report.writeCsv(out, rows)
                : out -> report.writeXlsx(out, rows);
        return Response.ok(body, "csv".equals(format) ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"navyk-acknowledgements-" + id + "."
                        + format + "\"").build();
    }
}
