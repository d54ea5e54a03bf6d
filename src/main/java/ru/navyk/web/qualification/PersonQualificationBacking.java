package ru.navyk.web.qualification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeFormatter;
import ru.navyk.application.assessment.EvidenceService;
import ru.navyk.application.assessment.EvidenceService.EvidenceView;
import ru.navyk.application.development.DevelopmentPlanService;
import ru.navyk.application.development.DevelopmentViews.PlanView;
import ru.navyk.application.qualification.QualificationService;
import ru.navyk.application.qualification.QualificationViews.PersonQualification;
import ru.navyk.application.qualification.QualificationViews.RadarAxis;
import ru.navyk.application.qualification.QualificationViews.RadarView;
import ru.navyk.domain.profile.ProfileProgress;
import ru.navyk.domain.profile.ProfileProgress.ItemProgress;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.EvidenceTexts;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /qualification/person.xhtml?id=…}: a person's held levels, eligibility per generalized function with
 * what is missing, the upskilling clock, radar charts, current proficiency with the evidence behind it, the evidence
 * timeline and the development plan — for whoever may see the person (anyone else gets a 404).
 */
@Named
@ViewScoped
public class PersonQualificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    private QualificationService qualification;

    @Inject
    private EvidenceService evidence;

    @Inject
    private DevelopmentPlanService plans;

    @Inject
    private Messages messages;

    @Inject
    private EvidenceTexts evidenceTexts;

    private Long id;
    private PersonQualification person;
    private List<EvidenceView> history;
    private Map<String, EvidenceView> latestByItem;
    private List<ItemProgress> profileItems;
    private PlanView plan;

    /** View action. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            person = qualification.person(id, QualificationNavigation.locale());
            history = evidence.historyOf(id);
            latestByItem = new HashMap<>();
            history.forEach(e -> latestByItem.putIfAbsent(e.itemCode(), e));
            profileItems = evidence.progressInCurrentPosition(id).map(ProfileProgress::functions)
                    .map(functions -> functions.stream().flatMap(f -> f.items().stream()).toList())
                    .orElse(List.of());
            plan = plans.activePlanOf(id).orElse(null);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** The Chart.js configuration of one radar chart: current against required average proficiency. */
    public String radarJson(RadarView radar) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder current = Json.createArrayBuilder();
        JsonArrayBuilder required = Json.createArrayBuilder();
        boolean anyRequired = false;
        for (RadarAxis axis : radar.axes()) {
            labels.add(axis.laborFunctionCode());
            current.add(axis.current());
            if (axis.required() == null) {
                required.add(0);
            } else {
                required.add(axis.required());
                anyRequired = true;
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(dataset(messages.text("qualification.radar.current"),
                current, "rgba(31, 95, 168, 0.25)", "rgb(31, 95, 168)"));
        if (anyRequired) {
            datasets.add(dataset(messages.text("qualification.radar.required"), required, "rgba(217, 119, 6, 0.1)",
                    "rgb(217, 119, 6)"));
        }
        JsonObjectBuilder scale = Json.createObjectBuilder().add("min", 0).add("max", 3)
                .add("ticks", Json.createObjectBuilder().add("stepSize", 1));
        return Json.createObjectBuilder().add("type", "radar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder().add("r", scale))
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String fill, String line) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", fill)
                .add("borderColor", line).add("pointBackgroundColor", line);
    }

    /** The rating that the current proficiency of an item rests on, if the item was rated. */
    public EvidenceView basisOf(String itemCode) {
        return latestByItem == null ? null : latestByItem.get(itemCode);
    }

    /** «Оценка руководителя, 01.03.2026, Морозов Игорь Сергеевич»: the rating behind the current proficiency. */
    public String basisText(String itemCode) {
        EvidenceView basis = basisOf(itemCode);
        if (basis == null) {
            return "";
        }
        if (EvidenceTexts.namesSource(basis.source())) {
            // «Тест курса «X», 01.03.2026»: the test's wording names its source already, so it is not said twice.
            return evidenceTexts.rater(basis) + ", " + DATE.format(basis.ratedOn());
        }
        return messages.text("EvidenceSource." + basis.source().name()) + ", " + DATE.format(basis.ratedOn()) + ", "
                + basis.raterName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonQualification getPerson() {
        return person;
    }

    public List<EvidenceView> getHistory() {
        return history;
    }

    public List<ItemProgress> getProfileItems() {
        return profileItems;
    }

    public PlanView getPlan() {
        return plan;
    }
}
