package ru.navyk.application.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.navyk.domain.hiring.PersonHired;

/**
 * A plan starts for every new hire: when HR hires a candidate, onboarding starts in the same transaction (plan,
 * probation, and the mentor HR named) — so a hire and its onboarding exist together or not at all, and a mentor who
 * may not take the trainee refuses the hire with the mentorship rule's message. A hire into a position whose job
 * profile has no adaptation template yet gets none; HR starts it by hand once a template exists.
 */
@ApplicationScoped
public class OnboardingOnHire {

    @Inject
    private OnboardingService onboarding;

    void start(@Observes PersonHired hired) {
        if (onboarding.hasTemplateFor(hired.personId())) {
            onboarding.startFor(hired.personId(), null, hired.mentorPersonId());
        }
    }
}
