package ru.navyk.domain.knowledge;

import ru.navyk.domain.people.PersonScope;

/**
 * The obligations of one campaign that a viewer may see (scope applied inside the query), optionally only one status
 * or only those overdue on {@code overdueOn}.
 */
public record CampaignQuery(long campaignId, PersonScope scope, ObligationStatus status,
                            java.time.LocalDate overdueOn) {
}
