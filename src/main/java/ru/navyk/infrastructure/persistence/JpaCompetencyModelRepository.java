package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.competency.ModelImportAttempt;
import ru.navyk.domain.competency.ModelVersion;

@ApplicationScoped
public class JpaCompetencyModelRepository implements CompetencyModelRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public Optional<ModelVersion> findLatest() {
        return em.createNamedQuery("ModelVersion.findLatest", ModelVersion.class).getResultStream().findFirst();
    }

    @Override
    public Optional<Long> findLatestId() {
        return em.createQuery("SELECT v.id FROM ModelVersion v WHERE v.number = "
                        + "(SELECT MAX(w.number) FROM ModelVersion w)", Long.class)
                .getResultStream().findFirst();
    }

    @Override
    public List<CompetencyItem> findItems(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM CompetencyItem i JOIN FETCH i.laborFunction WHERE i.id IN :ids",
                CompetencyItem.class).setParameter("ids", itemIds).getResultList();
    }

    @Override
    public List<ModelVersion> findAllVersions() {
        return em.createNamedQuery("ModelVersion.findAll", ModelVersion.class).getResultList();
    }

    @Override
    public List<CompetencyItem> findItemsByCode(long versionId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM CompetencyItem i JOIN FETCH i.laborFunction"
                        + " WHERE i.modelVersion.id = :version AND i.code IN :codes", CompetencyItem.class)
                .setParameter("version", versionId).setParameter("codes", List.copyOf(codes)).getResultList();
    }

    @Override
    public ModelVersion loadTree(long versionId) {
        ModelVersion version = em.find(ModelVersion.class, versionId);
        TypedQuery<GeneralizedFunction> query = em.createQuery(
                "SELECT g FROM GeneralizedFunction g WHERE g.modelVersion = :version ORDER BY g.position",
                GeneralizedFunction.class);
        query.setParameter("version", version);
        // Batch reads keep the tree at a fixed number of queries instead of one per function or item.
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("g.texts", "g.classifications", "g.educationOptions", "g.laborFunctions",
                "g.laborFunctions.items", "g.laborFunctions.otherCharacteristics")) {
            query.setHint("eclipselink.batch", path);
        }
        query.getResultList().forEach(gf -> gf.getLaborFunctions().forEach(lf -> lf.getItems().size()));
        version.getOccupationGroups();
        return version;
    }

    @Override
    public void add(ModelVersion version) {
        em.persist(version);
        em.flush();
    }

    @Override
    public void record(ModelImportAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public List<ModelImportAttempt> findRecentAttempts(int max) {
        return em.createNamedQuery("ModelImportAttempt.findRecent", ModelImportAttempt.class)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public int deleteUnchangedAttemptsBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM model_import_attempt WHERE outcome = ? AND attempted_at < ?")
                .setParameter(1, ModelImportAttempt.Outcome.UNCHANGED.name())
                .setParameter(2, Timestamp.from(cutoff)).executeUpdate();
    }
}
