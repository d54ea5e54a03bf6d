package ru.navyk.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;

/** The item codes each job profile's current version requires, for checking the shipped templates. */
@ApplicationScoped
public class ShippedProfileItems {

    @Inject
    private JobProfileRepository profiles;

    /**
     * One query per profile for its codes: at start-up no item is cached yet, and reaching each item through its
     * requirement cost a query per item, hundreds in all (about a second of every start-up).
     */
    @Transactional
    public Map<String, Set<String>> itemCodes() {
        return profiles.findAll().stream().filter(p -> p.current().isPresent())
                .collect(Collectors.toMap(JobProfile::getCode, p -> Set.copyOf(
                        profiles.findRequiredItemCodes(p.current().orElseThrow().getId()))));
    }
}
