package ru.navyk.domain.onboarding;

import java.util.List;
import java.util.Optional;

/** Templates (every version) and plans. */
public interface AdaptationRepository {

    void add(AdaptationTemplate template);

    void add(AdaptationPlan plan);

    Optional<AdaptationTemplate> findTemplate(long id);

    /** The highest-numbered version of every template series, by title. */
    List<AdaptationTemplate> findCurrentTemplates();

    /** The highest-numbered version of the series with this code. */
    Optional<AdaptationTemplate> findCurrentTemplate(String code);

    /** The current template of a job profile's series (the first by code when a profile has several). */
    Optional<AdaptationTemplate> findCurrentTemplateFor(long jobProfileId);

    /** Whether any plan follows this template version. */
    boolean isFollowed(long templateId);

    Optional<AdaptationPlan> findPlan(long id);

    /** The person's latest plan. */
    Optional<AdaptationPlan> findLatestPlanOf(long personId);

    Optional<PlanStep> findStep(long stepId);
}
