package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.training.TrainingViews.DocumentFile;
import ru.navyk.application.training.TrainingViews.UpskillingRecordView;
import ru.navyk.application.training.TrainingViews.UpskillingRow;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.TrainingRecord;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.TrainingDocument;
import ru.navyk.domain.training.TrainingPeopleRepository;

/**
 * Upskilling (повышение квалификации) against the standard's «не реже одного раза в три года»: completed upskilling is
 * the person's {@link TrainingRecord} of kind {@link TrainingKind#UPSKILLING} — written by a passed course that counts
 * as upskilling, or recorded by HR for an internal or external programme with the document that proves it. The next
 * upskilling is due {@value ProficiencyRule#STALE_AFTER_MONTHS} months after the last one.
 */
@ApplicationScoped
@Transactional
public class UpskillingService {

    @Inject
    private TrainingAccess access;

    @Inject
    private TrainingPeopleRepository trainingPeople;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** The team's (and sub-teams') people the caller may see, longest overdue first. */
    public List<UpskillingRow> team(long teamId) {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        if (!access.organisedTeams(viewer).contains(teamId)) {
            throw new NotFoundException("Team");
        }
        PersonScope scope = access.scope(viewer);
        List<Long> ids = trainingPeople.currentMembersOf(access.withSubTeams(teamId)).stream()
                .filter(p -> TrainingAccess.sees(scope, p)).map(Person::getId).toList();
        return rows(ids).stream().sorted(Comparator.comparing(UpskillingRow::dueBy,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** One person's upskilling, for whoever may see them. */
    public UpskillingRow of(long personId) {
        access.visiblePerson(access.viewer(), personId);
        return rows(List.of(personId)).get(0);
    }

    /**
     * HR records a completed upskilling programme with its document (PDF, JPEG or PNG, checked by content).
     *
     * @return the training record's id
     */
    public long record(long personId, String title, LocalDate completedOn, Integer hours, String fileName,
                       byte[] document) {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        Person person = access.visiblePerson(viewer, personId);
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("title", "rule.required");
        }
        if (title.strip().length() > Lengths.TITLE) {
            throw new RuleViolationException("title", "rule.training.tooLong", Lengths.TITLE);
        }
        if (completedOn == null || completedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("completedOn", completedOn == null ? "rule.required"
                    : "rule.date.future");
        }
        if (hours != null && (hours < 1 || hours > 2000)) {
            throw new RuleViolationException("hours", "rule.training.hours");
        }
        if (document == null || document.length == 0) {
            throw new RuleViolationException("document", "rule.training.documentRequired");
        }
        TrainingRecord record = person.recordTraining(TrainingKind.UPSKILLING, title, completedOn, hours);
        TrainingDocument file = new TrainingDocument(record, fileName, document, viewer.username(), clock.instant());
        trainingPeople.add(file);
        audit.record(viewer.username(), "UPDATE", "Person", person.getId(), person.getFullName(), new Changes()
                .created("training", TrainingKind.UPSKILLING + ": " + title.strip() + " (" + completedOn + ")")
                .created("document", file.getFileName()));
        return record.getId();
    }

    /** A proof document, for whoever may see its person. */
    public DocumentFile document(long documentId) {
        Viewer viewer = access.viewer();
        TrainingDocument document = trainingPeople.findDocument(documentId)
                .orElseThrow(() -> new NotFoundException("TrainingDocument"));
        try {
            access.visiblePerson(viewer, document.getRecord().getPerson().getId());
        } catch (NotFoundException e) {
            throw new NotFoundException("TrainingDocument");
        }
        return new DocumentFile(document.getFileName(), document.getContentType(), document.getContent());
    }

    private List<UpskillingRow> rows(List<Long> ids) {
        List<Person> people = trainingPeople.withHistory(ids);
        List<Long> recordIds = people.stream().flatMap(p -> p.getTrainings().stream())
                .filter(t -> t.getKind() == TrainingKind.UPSKILLING).map(TrainingRecord::getId).toList();
        Map<Long, TrainingDocument> documents = trainingPeople.findDocumentsOf(recordIds).stream()
                .collect(Collectors.toMap(d -> d.getRecord().getId(), Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return people.stream().map(person -> {
            List<UpskillingRecordView> records = person.getTrainings().stream()
                    .filter(t -> t.getKind() == TrainingKind.UPSKILLING)
                    .sorted(Comparator.comparing(TrainingRecord::getCompletedOn).reversed())
                    .map(t -> {
                        TrainingDocument d = documents.get(t.getId());
                        return new UpskillingRecordView(t.getId(), t.getTitle(), t.getCompletedOn(), t.getHours(),
                                d == null ? null : d.getId(), d == null ? null : d.getFileName());
                    }).toList();
            LocalDate last = records.isEmpty() ? null : records.get(0).completedOn();
            LocalDate due = last == null ? null : last.plusMonths(ProficiencyRule.STALE_AFTER_MONTHS);
            return new UpskillingRow(person.getId(), person.getFullName(), TrainingAccess.teamName(person), last, due,
                    due == null || due.isBefore(today), records);
        }).toList();
    }
}
