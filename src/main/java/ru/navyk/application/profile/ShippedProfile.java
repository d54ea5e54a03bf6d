package ru.navyk.application.profile;

import java.util.List;
import java.util.Map;
import ru.navyk.domain.assessment.Proficiency;

/**
 * A ready-made job profile as the shipped file describes it, already checked against the current model: the
 * generalized function's requirements are copied in when the profile is installed.
 */
public record ShippedProfile(String code, String title, String titleEn, String description,
                             String generalizedFunction, List<String> laborFunctions, Proficiency required,
                             Map<String, Proficiency> itemOverrides) {

    public ShippedProfile {
        laborFunctions = List.copyOf(laborFunctions);
        itemOverrides = Map.copyOf(itemOverrides);
    }
}
