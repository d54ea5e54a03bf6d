package ru.navyk.api.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.navyk.api.NavykApi;
import ru.navyk.application.training.CourseCatalogService;
import ru.navyk.application.training.CourseCatalogService.CatalogueQuery;
import ru.navyk.application.training.LearningService;
import ru.navyk.application.training.TrainingViews.CourseSummary;
import ru.navyk.application.training.TrainingViews.CourseView;

/** The course catalogue, and starting a course's test. */
@Path("training/courses")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Training", description = "Courses, attempts, assignments, events and training requests")
@SecurityRequirement(name = NavykApi.BASIC)
@SecurityRequirement(name = NavykApi.BEARER)
public class CourseResource {

    @Inject
    private CourseCatalogService catalogue;

    @Inject
    private LearningService learning;

    @GET
    @Operation(summary = "Active courses, filtered by text, labor function, level and item code")
    public List<CourseSummary> search(@QueryParam("q") String text, @QueryParam("laborFunction") String laborFunction,
                                      @QueryParam("level") Integer level, @QueryParam("item") String item) {
        return catalogue.search(new CatalogueQuery(text, laborFunction, level, item));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A course with its lessons and the caller's progress and attempts")
    public CourseView get(@PathParam("slug") String slug) {
        return catalogue.course(slug);
    }

    @POST
    @Path("{slug}/attempts")
    @Operation(summary = "Start the caller's next attempt at the course's test (or get the running one)",
            description = "Answers 201 with the attempt id; GET /api/training/attempts/{id}/sheet has the questions.")
    public Response start(@PathParam("slug") String slug) {
        long id = learning.start(slug);
        return Response.status(Response.Status.CREATED).entity(new TrainingBodies.Created(id)).build();
    }
}
