package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.training.Course;
import ru.navyk.domain.training.CourseContent;
import ru.navyk.domain.training.CourseImportAttempt;
import ru.navyk.domain.training.CourseRepository;
import ru.navyk.domain.training.CourseVersion;

/** Writes checked course definitions in one transaction: all of them, or (on any failure) none. */
@ApplicationScoped
public class CourseWriter {

    static final String AUDIT_ENTITY = "Course";

    @Inject
    private CourseRepository courses;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Transactional
    public void write(List<CourseDefinition> definitions, ModelSnapshot snapshot) {
        Map<String, CompetencyItem> items = models.findItems(snapshot.items().stream()
                        .map(ModelSnapshot.ItemView::id).toList()).stream()
                .collect(Collectors.toMap(CompetencyItem::getCode, Function.identity()));
        for (CourseDefinition definition : definitions) {
            Course course = courses.findBySlug(definition.slug()).orElseGet(() -> {
                Course created = new Course(definition.slug());
                courses.add(created);
                return created;
            });
            CourseVersion version = course.addVersion(content(definition, items), definition.hash(),
                    AuditService.SYSTEM, clock.instant());
            audit.record(AuditService.SYSTEM, "IMPORT", AUDIT_ENTITY, course.getId(), definition.title(),
                    new Changes().created("slug", definition.slug()).created("version", version.getNumber()));
        }
    }

    @Transactional
    public void record(CourseImportAttempt attempt) {
        courses.record(attempt);
    }

    static CourseContent content(CourseDefinition definition, Map<String, CompetencyItem> items) {
        return new CourseContent(definition.title(), definition.description(), definition.level(),
                definition.proficiencyOnPass(), definition.settings(), definition.countsAsUpskilling(),
                definition.hours(), codes(definition.itemCodes(), items),
                definition.lessons().stream().map(l -> new CourseContent.Lesson(l.title(), l.file(), l.markdown(),
                        codes(l.itemCodes(), items))).toList(),
                definition.questions().stream().map(q -> new CourseContent.Question(q.kind(), q.text(),
                        q.explanation(), options(q), codes(q.itemCodes(), items))).toList());
    }

    private static List<CourseContent.Option> options(CourseDefinition.QuestionDefinition question) {
        List<CourseContent.Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            options.add(new CourseContent.Option(question.options().get(i), question.correct().contains(i + 1)));
        }
        return options;
    }

    private static List<CompetencyItem> codes(List<String> codes, Map<String, CompetencyItem> items) {
        return codes.stream().map(items::get).toList();
    }
}
