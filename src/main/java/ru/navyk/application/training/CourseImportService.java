package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.competency.ModelProblem;
import ru.navyk.domain.training.Course;
import ru.navyk.domain.training.CourseImportAttempt;
import ru.navyk.domain.training.CourseImportAttempt.Outcome;
import ru.navyk.domain.training.CourseRepository;
import ru.navyk.infrastructure.importing.courses.CourseFiles;
import ru.navyk.infrastructure.importing.courses.CourseReader;

/**
 * Imports the course files: a course not in the database yet becomes version 1; a course whose files changed since
 * the version last imported from them gets a new version (portal edits in between are kept as earlier versions);
 * unchanged courses write nothing. Any problem in any course rejects the whole import with every problem listed by
 * file, line and field, and nothing is written. Every import is recorded for administrators.
 */
@ApplicationScoped
public class CourseImportService {

    private static final Logger LOG = Logger.getLogger(CourseImportService.class.getName());

    @Inject
    private CompetencyModelService model;

    @Inject
    private CourseRepository courses;

    @Inject
    private CourseWriter writer;

    @Inject
    private Clock clock;

    /** What an import did. */
    public record Result(Outcome outcome, List<String> created, List<String> newVersions, List<ModelProblem> problems,
                         String message) {
    }

    public Result importCourses(CourseFiles files) {
        Optional<ModelSnapshot> snapshot = model.current();
        if (snapshot.isEmpty()) {
            return fail(files, List.of(), "no competency model to link the courses to");
        }
        List<CourseDefinition> definitions;
        try {
            definitions = new CourseReader(snapshot.get().itemsByCode().keySet()).read(files);
        } catch (InvalidModelException e) {
            return fail(files, e.problems(), e.getMessage());
        } catch (IOException e) {
            return fail(files, List.of(), "cannot read the course files: " + e.getMessage());
        }
        List<CourseDefinition> changed = new ArrayList<>();
        List<String> created = new ArrayList<>();
        List<String> newVersions = new ArrayList<>();
        for (CourseDefinition definition : definitions) {
            Optional<Course> stored = courses.findBySlug(definition.slug());
            if (stored.isEmpty()) {
                created.add(definition.slug());
                changed.add(definition);
            } else if (!stored.get().lastImportedHash().map(definition.hash()::equals).orElse(false)) {
                newVersions.add(definition.slug());
                changed.add(definition);
            }
        }
        if (changed.isEmpty()) {
            writer.record(new CourseImportAttempt(clock.instant(), Outcome.UNCHANGED, files.description(),
                    definitions.size() + " courses, unchanged", null));
            return new Result(Outcome.UNCHANGED, List.of(), List.of(), List.of(), "unchanged");
        }
        try {
            writer.write(changed, snapshot.get());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not store the courses", e);
            return fail(files, List.of(), "could not store the courses: " + e.getMessage());
        }
        String summary = (created.isEmpty() ? "" : "new: " + String.join(", ", created))
                + (created.isEmpty() || newVersions.isEmpty() ? "" : "; ")
                + (newVersions.isEmpty() ? "" : "new versions: " + String.join(", ", newVersions));
        writer.record(new CourseImportAttempt(clock.instant(), Outcome.IMPORTED, files.description(), summary, null));
        LOG.info(() -> "Imported courses from " + files.description() + ": " + summary);
        return new Result(Outcome.IMPORTED, created, newVersions, List.of(), summary);
    }

    private Result fail(CourseFiles files, List<ModelProblem> problems, String message) {
        String text = problems.isEmpty() ? message
                : problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n"));
        LOG.severe(() -> "The courses were NOT imported from " + files.description() + "; nothing was written:\n"
                + text);
        writer.record(new CourseImportAttempt(clock.instant(), Outcome.FAILED, files.description(),
                problems.size() + " problems", text));
        return new Result(Outcome.FAILED, List.of(), List.of(), problems, text);
    }
}
