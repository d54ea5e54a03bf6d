package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.onboarding.AdaptationPlan;
import ru.navyk.domain.onboarding.AdaptationRepository;
import ru.navyk.domain.onboarding.AdaptationTemplate;
import ru.navyk.domain.onboarding.PlanStep;

@ApplicationScoped
public class JpaAdaptationRepository implements AdaptationRepository {

    private static final String CURRENT = "SELECT t FROM AdaptationTemplate t WHERE t.number ="
            + " (SELECT MAX(o.number) FROM AdaptationTemplate o WHERE o.code = t.code)";

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(AdaptationTemplate template) {
        em.persist(template);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public void add(AdaptationPlan plan) {
        em.persist(plan);
        em.flush();
    }

    @Override
    public Optional<AdaptationTemplate> findTemplate(long id) {
        return Optional.ofNullable(em.find(AdaptationTemplate.class, id));
    }

    @Override
    public List<AdaptationTemplate> findCurrentTemplates() {
        return em.createQuery(CURRENT + " ORDER BY t.title", AdaptationTemplate.class).getResultList();
    }

    @Override
    public Optional<AdaptationTemplate> findCurrentTemplate(String code) {
        return em.createQuery(CURRENT + " AND t.code = :code", AdaptationTemplate.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<AdaptationTemplate> findCurrentTemplateFor(long jobProfileId) {
        return em.createQuery(CURRENT + " AND t.jobProfile.id = :profile ORDER BY t.code", AdaptationTemplate.class)
                .setParameter("profile", jobProfileId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean isFollowed(long templateId) {
        return em.createQuery("SELECT COUNT(p) FROM AdaptationPlan p WHERE p.template.id = :template", Long.class)
                .setParameter("template", templateId).getSingleResult() > 0;
    }

    @Override
    public Optional<AdaptationPlan> findPlan(long id) {
        return Optional.ofNullable(em.find(AdaptationPlan.class, id));
    }

    @Override
    public Optional<AdaptationPlan> findLatestPlanOf(long personId) {
        return em.createQuery("SELECT p FROM AdaptationPlan p WHERE p.person.id = :person"
                        + " ORDER BY p.startedOn DESC, p.id DESC", AdaptationPlan.class)
                .setParameter("person", personId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<PlanStep> findStep(long stepId) {
        return Optional.ofNullable(em.find(PlanStep.class, stepId));
    }
}
