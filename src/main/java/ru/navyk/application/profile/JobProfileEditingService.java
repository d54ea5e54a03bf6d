package ru.navyk.application.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.ModelVersion;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileStatus;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileRequirement;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * HR's and administrators' editing of job profiles. A published version is never changed — people, candidates and
 * vacancies were assessed against it — so every change is a draft of the next version: started from the current
 * version (or copied into a new profile, or built from a generalized function of the standard), edited in place while
 * a draft (refused when someone else saved it meanwhile), then published or discarded. Every step is audited.
 */
@ApplicationScoped
@Transactional
public class JobProfileEditingService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private CompetencyModelService modelService;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** One version in a profile's history. */
    public record VersionRow(long id, int number, JobProfileStatus status, String title, Instant publishedAt,
                             String publishedBy, boolean current) implements Serializable {
    }

    /** Profiles whose title or code contains {@code text} (every profile for none), active ones first. */
    public List<JobProfileViews.JobProfileSummary> search(String text) {
        currentUser.viewer();
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return profiles.findAll().stream().filter(p -> p.current().isPresent() || p.draft().isPresent())
                .map(JobProfileViews.JobProfileSummary::of)
                .filter(p -> wanted.isEmpty() || p.title().toLowerCase(Locale.ROOT).contains(wanted)
                        || p.code().contains(wanted)
                        || (p.titleEn() != null && p.titleEn().toLowerCase(Locale.ROOT).contains(wanted)))
                .toList();
    }

    /** Every version of a profile, newest first. */
    public List<VersionRow> history(long profileId) {
        currentUser.viewer();
        JobProfile profile = profiles.find(profileId).orElseThrow(() -> notFound());
        Long current = profile.current().map(JobProfileVersion::getId).orElse(null);
        return profile.getVersions().stream().sorted(Comparator.comparingInt(JobProfileVersion::getNumber).reversed())
                .map(v -> new VersionRow(v.getId(), v.getNumber(), v.getStatus(), v.getTitle(), v.getPublishedAt(),
                        v.getPublishedBy(), v.getId().equals(current)))
                .toList();
    }

    /**
     * A new profile drafted from a generalized function of the current standard: its qualification level, education
     * and experience requirements, and every item of the chosen labor functions at {@code required}.
     *
     * @return the id of the new draft
     */
    public long createFromFunction(String code, String title, String generalizedFunction,
                                   List<String> laborFunctions, Proficiency required) {
        Viewer viewer = editor();
        ModelSnapshot snapshot = modelService.current().orElseThrow(() -> new RuleViolationException(null,
                "rule.profile.noModel"));
        GeneralizedFunctionView gf = snapshot.generalizedFunction(generalizedFunction == null ? ""
                : generalizedFunction).orElseThrow(() -> new RuleViolationException("generalizedFunction",
                "rule.required"));
        if (laborFunctions == null || laborFunctions.isEmpty()) {
            throw new RuleViolationException("laborFunctions", "rule.profile.noItems");
        }
        if (required == null) {
            throw new RuleViolationException("required", "rule.required");
        }
        Set<String> ofFunction = gf.laborFunctions().stream().map(ModelSnapshot.LaborFunctionView::code)
                .collect(Collectors.toSet());
        List<Long> itemIds = new java.util.ArrayList<>();
        for (String lf : laborFunctions) {
            if (!ofFunction.contains(lf)) {
                throw new RuleViolationException("laborFunctions", "rule.profile.laborFunctionOfOther", lf,
                        gf.code());
            }
            snapshot.laborFunction(lf).orElseThrow().items().forEach(item -> itemIds.add(item.id()));
        }
        checkTitle(title);
        ModelVersion model = models.findLatest().orElseThrow();
        JobProfile profile = new JobProfile(newCode(code));
        JobProfileVersion draft = profile.startDraft(new JobProfileVersion.Content(model, title.strip(), null, null,
                gf.level(), lowestEducation(gf), String.join("\n", gf.educationRequirements()),
                gf.experienceMonths() == null ? 0 : gf.experienceMonths(),
                String.join("\n", gf.experienceRequirements())));
        Map<CompetencyItem, Proficiency> requirements = new LinkedHashMap<>();
        models.findItems(itemIds).forEach(item -> requirements.put(item, required));
        draft.requireExactly(requirements);
        profiles.add(profile);
        audit.record(viewer.username(), "CREATE", JobProfileService.AUDIT_ENTITY, profile.getId(), title.strip(),
                new Changes().created("code", profile.getCode()).created("version", 1)
                        .created("generalizedFunction", gf.code())
                        .created("laborFunctions", String.join(", ", laborFunctions)));
        return draft.getId();
    }

    /**
     * A new profile, under a title of its own, whose first draft copies a version of another (its description,
     * requirements and items), so HR can adapt a ready-made position to the centre.
     *
     * @return the id of the new draft
     */
    public long copy(long versionId, String code, String title) {
        Viewer viewer = editor();
        JobProfileVersion source = profiles.findVersion(versionId).orElseThrow(JobProfileEditingService::notFound);
        // A title of its own: two active profiles of one title would make positions imported by title ambiguous.
        checkTitle(title);
        String newTitle = title.strip();
        JobProfile profile = new JobProfile(newCode(code));
        JobProfileVersion draft = profile.startDraft(contentOf(source, newTitle));
        draft.requireExactly(requirementsOf(source));
        profiles.add(profile);
        audit.record(viewer.username(), "CREATE", JobProfileService.AUDIT_ENTITY, profile.getId(), newTitle,
                new Changes().created("code", profile.getCode()).created("version", 1)
                        .created("copiedFrom", source.getProfile().getCode() + " v" + source.getNumber()));
        return draft.getId();
    }

    /**
     * Starts the draft of the next version as a copy of the current one; refused while a draft exists (one draft at
     * a time, so two editors never work on competing drafts).
     *
     * @return the id of the new draft
     */
    public long startDraft(long profileId) {
        Viewer viewer = editor();
        JobProfile profile = profiles.find(profileId).orElseThrow(JobProfileEditingService::notFound);
        JobProfileVersion current = profile.current().orElseThrow(() -> new RuleViolationException(null,
                "rule.profile.draftExists", profile.getCode()));
        JobProfileVersion source = profiles.findVersion(current.getId()).orElseThrow();
        JobProfileVersion draft = profile.startDraft(contentOf(source, source.getTitle()));
        draft.requireExactly(requirementsOf(source));
        profiles.touch(profile);
        profiles.add(profile);
        audit.record(viewer.username(), "DRAFT", JobProfileService.AUDIT_ENTITY, profile.getId(), source.getTitle(),
                new Changes().created("version", draft.getNumber()));
        return draft.getId();
    }

    /** Saves a draft's description and requirements; refused if the draft changed since {@code rowVersion}. */
    public void updateDraft(long versionId, long rowVersion, JobProfileForm form) {
        Viewer viewer = editor();
        JobProfileVersion draft = draft(versionId, rowVersion);
        checkTitle(form.title());
        optional("titleEn", form.titleEn(), Lengths.TITLE);
        optional("description", form.description(), JobProfileVersion.DESCRIPTION_LENGTH);
        optional("educationText", form.educationText(), JobProfileVersion.DESCRIPTION_LENGTH);
        optional("experienceText", form.experienceText(), JobProfileVersion.DESCRIPTION_LENGTH);
        if (form.qualificationLevel() == null) {
            throw new RuleViolationException("qualificationLevel", "rule.required");
        }
        if (form.experienceMonths() == null) {
            throw new RuleViolationException("experienceMonths", "rule.required");
        }
        Changes changes = new Changes()
                .compare("title", draft.getTitle(), form.title().strip())
                .compare("titleEn", draft.getTitleEn(), blankToNull(form.titleEn()))
                .compare("description", draft.getDescription(), blankToNull(form.description()))
                .compare("qualificationLevel", draft.getQualificationLevel(), form.qualificationLevel())
                .compare("minEducation", draft.getMinEducation(), form.minEducation())
                .compare("educationText", draft.getEducationText(), blankToNull(form.educationText()))
                .compare("experienceMonths", draft.getExperienceMonths(), form.experienceMonths())
                .compare("experienceText", draft.getExperienceText(), blankToNull(form.experienceText()));
        draft.describe(new JobProfileVersion.Content(draft.getModelVersion(), form.title(), form.titleEn(),
                form.description(), form.qualificationLevel(), form.minEducation(), form.educationText(),
                form.experienceMonths(), form.experienceText()));
        Map<Long, CompetencyItem> items = models.findItems(form.required().keySet()).stream()
                .collect(Collectors.toMap(CompetencyItem::getId, Function.identity()));
        if (items.size() != form.required().size()) {
            throw new RuleViolationException("items", "rule.profile.unknownItem");
        }
        Map<String, Proficiency> before = draft.getRequirements().stream().collect(Collectors.toMap(
                r -> r.getItem().getCode(), ProfileRequirement::getRequired));
        Map<CompetencyItem, Proficiency> required = new LinkedHashMap<>();
        form.required().forEach((id, proficiency) -> required.put(items.get(id), proficiency));
        draft.requireExactly(required);
        Map<String, Proficiency> after = required.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().getCode(), Map.Entry::getValue));
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        codes.forEach(code -> changes.compare(code, points(before.get(code)), points(after.get(code))));
        profiles.touch(draft);
        if (!changes.isEmpty()) {
            audit.record(viewer.username(), "UPDATE", JobProfileService.AUDIT_ENTITY, draft.getProfile().getId(),
                    draft.getTitle() + " v" + draft.getNumber(), changes);
        }
    }

    /** Publishes a draft: it becomes the profile's current version and never changes again. */
    public void publish(long versionId, long rowVersion) {
        Viewer viewer = editor();
        JobProfileVersion draft = draft(versionId, rowVersion);
        draft.publish(viewer.username(), clock.instant());
        profiles.touch(draft.getProfile());
        audit.record(viewer.username(), "PUBLISH", JobProfileService.AUDIT_ENTITY, draft.getProfile().getId(),
                draft.getTitle(), new Changes().compare("currentVersion", draft.getNumber() - 1 < 1 ? null
                        : draft.getNumber() - 1, draft.getNumber()));
    }

    /** Drops a draft; published versions stay. A profile that was only ever a draft disappears from lists. */
    public void discardDraft(long versionId, long rowVersion) {
        Viewer viewer = editor();
        JobProfileVersion draft = draft(versionId, rowVersion);
        JobProfile profile = draft.getProfile();
        profile.discardDraft();
        profiles.touch(profile);
        audit.record(viewer.username(), "DISCARD", JobProfileService.AUDIT_ENTITY, profile.getId(), draft.getTitle(),
                new Changes().compare("draft", draft.getNumber(), null));
    }

    private JobProfileVersion draft(long versionId, long rowVersion) {
        JobProfileVersion version = profiles.findVersion(versionId).orElseThrow(JobProfileEditingService::notFound);
        if (version.isPublished()) {
            throw new RuleViolationException(null, "rule.profile.published");
        }
        if (version.getVersion() != rowVersion) {
            throw new ConcurrentEditException(JobProfileService.AUDIT_ENTITY);
        }
        return version;
    }

    private Viewer editor() {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        return viewer;
    }

    private String newCode(String code) {
        String wanted = code == null || code.isBlank()
                ? "profile-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())
                : code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(wanted).matches()) {
            throw new RuleViolationException("code", "rule.profile.code");
        }
        if (profiles.findByCode(wanted).isPresent()) {
            throw new RuleViolationException("code", "rule.profile.codeTaken", wanted);
        }
        return wanted;
    }

    private static JobProfileVersion.Content contentOf(JobProfileVersion source, String title) {
        return new JobProfileVersion.Content(source.getModelVersion(), title, source.getTitleEn(),
                source.getDescription(), source.getQualificationLevel(), source.getMinEducation(),
                source.getEducationText(), source.getExperienceMonths(), source.getExperienceText());
    }

    private static Map<CompetencyItem, Proficiency> requirementsOf(JobProfileVersion source) {
        Map<CompetencyItem, Proficiency> required = new LinkedHashMap<>();
        source.getRequirements().forEach(r -> required.put(r.getItem(), r.getRequired()));
        return required;
    }

    private static void checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("title", "rule.required");
        }
        optional("title", title, Lengths.TITLE);
    }

    private static void optional(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new RuleViolationException(field, "rule.tooLong", max);
        }
    }

    private static EducationLevel lowestEducation(GeneralizedFunctionView gf) {
        return gf.educationOptions().stream().map(option -> EducationLevel.valueOf(option.minLevel()))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static Integer points(Proficiency proficiency) {
        return proficiency == null ? null : proficiency.points();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static NotFoundException notFound() {
        return new NotFoundException(JobProfileService.AUDIT_ENTITY);
    }
}
