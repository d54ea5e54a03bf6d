package ru.navyk.api.kb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.api.kb.KbRequests.ArticleBody;
import ru.navyk.api.kb.KbRequests.CampaignBody;
import ru.navyk.application.knowledge.CampaignService;
import ru.navyk.application.knowledge.KnowledgeBaseService;
import ru.navyk.application.knowledge.KnowledgeViews.ArticleSummary;
import ru.navyk.application.knowledge.KnowledgeViews.ArticleView;
import ru.navyk.application.knowledge.KnowledgeViews.DiffView;
import ru.navyk.application.knowledge.KnowledgeViews.RevisionSummary;
import ru.navyk.application.knowledge.KnowledgeViews.RevisionView;
import ru.navyk.application.people.PeopleViews.Page;

/**
 * Knowledge-base articles and their revisions. Everyone signed in reads; administrators, managers and HR create and
 * change articles (each change of title or text is a new revision) and request acknowledgement. The {@code html} of
 * an article is sanitised: it may be inserted into a page as it is.
 */
@Path("kb/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Knowledge base", description = "Articles, revisions, comparisons")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class KbArticleResource {

    @Inject
    private KnowledgeBaseService knowledge;

    @Inject
    private CampaignService campaigns;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(summary = "Search articles", description = "Every word must occur in the title, tags or text; case"
            + " and «ё»/«е» are ignored.")
    public Page<ArticleSummary> search(@QueryParam("q") String text, @QueryParam("tag") String tag,
                                       @Parameter(description = "A labor function code, e.g. A/01.3")
                                       @QueryParam("function") String function,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("50") int max) {
        return knowledge.search(text, tag, function, first, max);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An article with its current revision (Markdown and sanitised HTML) and its history")
    @APIResponse(responseCode = "404", description = "No such article")
    public ArticleView get(@PathParam("id") long id) {
        return knowledge.get(id);
    }

    @POST
    @Operation(summary = "Create an article (administrators, managers, HR)")
    @APIResponse(responseCode = "201", description = "Created; Location names the article")
    public Response create(ArticleBody body) {
        long id = knowledge.create(KbRequests.present(body).form());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(knowledge.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save a new revision (administrators, managers, HR)",
            description = "A changed title or text adds a revision; version is the article's version the caller read.")
    @APIResponse(responseCode = "409", description = "Someone else saved the article meanwhile")
    public ArticleView revise(@PathParam("id") long id, ArticleBody body) {
        ArticleBody article = KbRequests.present(body);
        knowledge.revise(id, KbRequests.required("version", article.version()), article.form());
        return knowledge.get(id);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The article's revisions, newest first")
    public List<RevisionSummary> revisions(@PathParam("id") long id) {
        return knowledge.get(id).revisions();
    }

    @GET
    @Path("{id}/revisions/{number}")
    @Operation(summary = "One revision, rendered")
    public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return knowledge.revision(id, number);
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "The changes between two revisions, line by line with changed words marked")
    public DiffView diff(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return knowledge.diff(id, from, to);
    }

    @POST
    @Path("{id}/campaigns")
    @Operation(summary = "Request acknowledgement of the current revision (administrators, managers, HR)",
            description = "A manager's audience is limited to the people of their teams. Open obligations for older"
                    + " revisions are superseded.")
    @APIResponse(responseCode = "201", description = "Created; Location names the campaign")
    public Response publish(@PathParam("id") long id, CampaignBody body) {
        long campaign = campaigns.publish(id, KbRequests.present(body).form());
        return Response.created(uriInfo.getBaseUriBuilder().path("kb/campaigns").path(String.valueOf(campaign))
                .build()).entity(campaigns.get(campaign)).build();
    }
}
