package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;

@ApplicationScoped
public class JpaJobProfileRepository implements JobProfileRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(JobProfile profile) {
        em.persist(profile);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<JobProfile> find(long id) {
        return Optional.ofNullable(em.find(JobProfile.class, id));
    }

    @Override
    public Optional<JobProfile> findByCode(String code) {
        return em.createQuery("SELECT p FROM JobProfile p WHERE p.code = :code", JobProfile.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<JobProfileVersion> findVersion(long versionId) {
        List<JobProfileVersion> found = em.createQuery("SELECT v FROM JobProfileVersion v"
                        + " LEFT JOIN FETCH v.requirements r LEFT JOIN FETCH r.item i LEFT JOIN FETCH i.laborFunction"
                        + " WHERE v.id = :id", JobProfileVersion.class)
                .setParameter("id", versionId).getResultList();
        return found.stream().findFirst();
    }

    @Override
    public Optional<JobProfileVersion> readVersion(long versionId) {
        List<JobProfileVersion> found = em.createQuery("SELECT v FROM JobProfileVersion v"
                        + " LEFT JOIN FETCH v.requirements r LEFT JOIN FETCH r.item i LEFT JOIN FETCH i.laborFunction"
                        + " WHERE v.id = :id", JobProfileVersion.class)
                .setParameter("id", versionId)
                // Read-only: a version already in the persistence context (read through its profile) would otherwise
                // keep its lazy requirements and load them, then each item, one query at a time; and nothing of it
                // is copied into the persistence context.
                .setHint("eclipselink.read-only", Boolean.TRUE)
                .getResultList();
        return found.stream().findFirst();
    }

    @Override
    public List<String> findRequiredItemCodes(long versionId) {
        return em.createQuery("SELECT i.code FROM ProfileRequirement r JOIN r.item i"
                        + " WHERE r.profileVersion.id = :id ORDER BY i.code", String.class)
                .setParameter("id", versionId).getResultList();
    }

    @Override
    public List<JobProfile> findAll() {
        List<JobProfile> profiles = em.createQuery("SELECT DISTINCT p FROM JobProfile p LEFT JOIN FETCH p.versions",
                JobProfile.class).getResultList();
        return profiles.stream().sorted(Comparator.comparing((JobProfile p) -> !p.isActive())
                .thenComparing(JpaJobProfileRepository::titleOf)).toList();
    }

    @Override
    public Optional<JobProfile> findActiveByCurrentTitle(String title) {
        String wanted = title.strip().toLowerCase(Locale.ROOT);
        List<JobProfile> matching = findAll().stream().filter(JobProfile::isActive)
                .filter(p -> titleOf(p).toLowerCase(Locale.ROOT).equals(wanted)).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    @Override
    public void touch(Object profileOrVersion) {
        em.lock(profileOrVersion, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static String titleOf(JobProfile profile) {
        return profile.current().or(profile::draft).map(JobProfileVersion::getTitle).orElse(profile.getCode());
    }
}
