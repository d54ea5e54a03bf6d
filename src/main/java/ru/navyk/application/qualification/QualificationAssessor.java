package ru.navyk.application.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.qualification.QualificationViews.EligibilityView;
import ru.navyk.application.qualification.QualificationViews.GapView;
import ru.navyk.application.qualification.QualificationViews.HeldLevelView;
import ru.navyk.application.qualification.QualificationViews.ReadinessView;
import ru.navyk.application.qualification.QualificationViews.UpskillingView;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.qualification.Eligibility;
import ru.navyk.domain.qualification.EligibilityRules;
import ru.navyk.domain.qualification.HeldLevels;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.QualificationFacts;
import ru.navyk.domain.qualification.QualificationRequirement;

/**
 * Applies the eligibility rules of the current model to people on one day, in the reader's language. One instance
 * serves one request (a page, an export), whatever the number of people.
 */
final class QualificationAssessor {

    private final ModelSnapshot model;
    private final Map<String, QualificationRequirement> requirements;
    private final Integer upskillingEveryYears;
    private final QualificationTexts texts;
    private final LocalDate today;

    QualificationAssessor(ModelSnapshot model, QualificationTexts texts, LocalDate today) {
        this.model = model;
        this.requirements = QualificationRequirements.of(model);
        this.upskillingEveryYears = QualificationRequirements.upskillingEveryYears(requirements);
        this.texts = texts;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    QualificationTexts texts() {
        return texts;
    }

    ModelSnapshot model() {
        return model;
    }

    Optional<QualificationRequirement> requirement(String functionCode) {
        return Optional.ofNullable(requirements.get(functionCode));
    }

    /** The person against every generalized function, in the standard's order. */
    List<EligibilityView> eligibility(Person person, HeldLevels held) {
        QualificationFacts facts = QualificationFacts.of(person);
        List<EligibilityView> views = new ArrayList<>();
        for (GeneralizedFunctionView gf : model.generalizedFunctions()) {
            Eligibility eligibility = EligibilityRules.evaluate(facts, requirements.get(gf.code()), today);
            views.add(new EligibilityView(gf.code(), gf.level(), gf.name(), held.holds(gf.code()),
                    eligibility.eligible(), eligibility.experience().monthsHeld(),
                    eligibility.experience().required() ? eligibility.experience().requiredMonths() : null,
                    eligibility.experience().minPositionLevel(), eligibility.experience().enoughOn(),
                    eligibility.gaps().stream().map(gap -> new GapView(gap.key(), texts.gap(gap))).toList()));
        }
        return views;
    }

    /** Whether a person is eligible for one function today (for decisions). */
    Eligibility evaluate(Person person, String functionCode) {
        return EligibilityRules.evaluate(QualificationFacts.of(person), requirements.get(functionCode), today);
    }

    UpskillingView upskilling(Person person) {
        return UpskillingView.of(EligibilityRules.upskilling(QualificationFacts.of(person), upskillingEveryYears,
                today), upskillingEveryYears);
    }

    List<HeldLevelView> held(HeldLevels held) {
        List<HeldLevelView> views = new ArrayList<>();
        for (GeneralizedFunctionView gf : model.generalizedFunctions()) {
            held.holding(gf.code()).ifPresent(decision -> views.add(view(gf, decision)));
        }
        return views;
    }

    private static HeldLevelView view(GeneralizedFunctionView gf, LevelDecision decision) {
        return new HeldLevelView(gf.code(), decision.getLevel(), gf.name(), decision.getDecidedOn(),
                decision.getDecidedByName(), decision.getReason());
    }

    /** «A·3», «D·5»: the functions held, compactly. */
    static List<String> heldCodes(HeldLevels held) {
        return held.functionCodes().stream().map(code -> code + "·" + held.holding(code).orElseThrow().getLevel())
                .toList();
    }

    /** Towards {@code level}: held, eligible functions of that level, or the reasons it is not open yet. */
    ReadinessView readiness(Collection<EligibilityView> eligibility, int level) {
        List<EligibilityView> atLevel = eligibility.stream().filter(e -> e.level() == level).toList();
        boolean holds = atLevel.stream().anyMatch(EligibilityView::held);
        List<String> ready = atLevel.stream().filter(EligibilityView::ready).map(EligibilityView::functionCode)
                .toList();
        List<String> reasons = ready.isEmpty() && !holds ? atLevel.stream().findFirst()
                .map(e -> e.gaps().stream().map(GapView::message).toList()).orElse(List.of()) : List.of();
        return new ReadinessView(level, holds, ready, reasons);
    }

    /** The level above the highest one held (3 when none is held); {@code null} above the top of the standard. */
    Integer nextLevel(HeldLevels held) {
        int next = held.highestLevel().map(level -> level + 1).orElse(lowestLevel());
        return model.generalizedFunctions().stream().anyMatch(gf -> gf.level() == next) ? next : null;
    }

    private int lowestLevel() {
        return model.generalizedFunctions().stream().mapToInt(GeneralizedFunctionView::level).min().orElse(3);
    }
}
