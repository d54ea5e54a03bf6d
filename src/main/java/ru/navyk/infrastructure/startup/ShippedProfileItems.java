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

    @Transactional
    public Map<String, Set<String>> itemCodes() {
        return profiles.findAll().stream().filter(p -> p.current().isPresent())
                .collect(Collectors.toMap(JobProfile::getCode, p -> p.current().orElseThrow().getRequirements()
                        .stream().map(r -> r.getItem().getCode()).collect(Collectors.toSet())));
    }
}
