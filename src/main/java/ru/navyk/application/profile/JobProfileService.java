package ru.navyk.application.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.profile.JobProfileViews.JobProfileSummary;
import ru.navyk.application.profile.JobProfileViews.JobProfileVersionView;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.ModelVersion;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.shared.NotFoundException;

/**
 * Reads job profiles (every signed-in user may: a profile describes a position, not a person) and installs the
 * ready-made ones.
 */
@ApplicationScoped
@Transactional
public class JobProfileService {

    static final String AUDIT_ENTITY = "JobProfile";

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private CompetencyModelService modelService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** All profiles, active ones first, by title. */
    public List<JobProfileSummary> list() {
        currentUser.viewer();
        return profiles.findAll().stream().filter(p -> p.current().isPresent() || p.draft().isPresent())
                .map(JobProfileSummary::of).toList();
    }

    public JobProfileVersionView version(long versionId) {
        currentUser.viewer();
        return profiles.findVersion(versionId).map(JobProfileVersionView::of)
                .orElseThrow(() -> new NotFoundException(AUDIT_ENTITY));
    }

    /** The current version of the profile with this code, if it has been published. */
    public Optional<JobProfileVersionView> currentByCode(String code) {
        currentUser.viewer();
        return profiles.findByCode(code).flatMap(JobProfile::current).map(v -> version(v.getId()));
    }

    /**
     * Installs each shipped profile whose code is not in the database yet, published as version 1 against the current
     * model, with the generalized function's education and experience requirements copied in. Existing profiles are
     * left exactly as HR keeps them.
     *
     * @return the codes installed
     */
    public List<String> installShipped(List<ShippedProfile> shipped) {
        ModelSnapshot snapshot = modelService.current().orElseThrow(
                () -> new IllegalStateException("no competency model to build job profiles on"));
        ModelVersion model = models.findLatest().orElseThrow();
        Map<String, CompetencyItem> items = models.findItems(snapshot.items().stream()
                        .map(ModelSnapshot.ItemView::id).toList()).stream()
                .collect(Collectors.toMap(CompetencyItem::getCode, item -> item));
        List<String> installed = new ArrayList<>();
        for (ShippedProfile definition : shipped) {
            if (profiles.findByCode(definition.code()).isPresent()) {
                continue;
            }
            GeneralizedFunctionView gf = snapshot.generalizedFunction(definition.generalizedFunction()).orElseThrow();
            JobProfile profile = new JobProfile(definition.code());
            JobProfileVersion draft = profile.startDraft(new JobProfileVersion.Content(model, definition.title(),
                    definition.titleEn(), definition.description(), gf.level(), lowestEducation(gf),
                    String.join("\n", gf.educationRequirements()),
                    gf.experienceMonths() == null ? 0 : gf.experienceMonths(),
                    String.join("\n", gf.experienceRequirements())));
            draft.requireExactly(requirements(definition, snapshot, items));
            draft.publish("system", clock.instant());
            profiles.add(profile);
            audit.record("system", "CREATE", AUDIT_ENTITY, profile.getId(), definition.title(),
                    new Changes().created("code", definition.code()).created("version", 1));
            installed.add(definition.code());
        }
        return installed;
    }

    private static Map<CompetencyItem, Proficiency> requirements(ShippedProfile definition, ModelSnapshot snapshot,
                                                                 Map<String, CompetencyItem> items) {
        Map<CompetencyItem, Proficiency> required = new LinkedHashMap<>();
        for (String lf : definition.laborFunctions()) {
            snapshot.laborFunction(lf).orElseThrow().items().forEach(item -> required.put(items.get(item.code()),
                    definition.itemOverrides().getOrDefault(item.code(), definition.required())));
        }
        return required;
    }

    private static EducationLevel lowestEducation(GeneralizedFunctionView gf) {
        return gf.educationOptions().stream().map(option -> EducationLevel.valueOf(option.minLevel()))
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
