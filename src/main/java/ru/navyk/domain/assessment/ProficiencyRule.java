package ru.navyk.domain.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a person's current proficiency on an item is derived from evidence — the one rule every progress bar, gap,
 * plan and matrix in Navyk reads:
 * <ol>
 *   <li>the <b>most recent</b> rating of the item counts (by the day it was given, then by when it was recorded), so
 *       a newer observation always replaces an older one, up or down; every rater reaches this rule only through a
 *       service that checked they may assess the person;</li>
 *   <li>a rating older than {@value #STALE_AFTER_MONTHS} months — the standard's upskilling period («не реже одного
 *       раза в три года») — is <b>stale</b> and counts one step lower, until someone rates the item again.</li>
 * </ol>
 */
public final class ProficiencyRule {

    public static final int STALE_AFTER_MONTHS = 36;

    private static final Comparator<Evidence> NEWEST_FIRST = Comparator.comparing(Evidence::getRatedOn)
            .thenComparing(Evidence::getRecordedAt).thenComparing(Evidence::getId,
                    Comparator.nullsFirst(Comparator.naturalOrder())).reversed();

    private ProficiencyRule() {
    }

    /** The standing of each rated item, keyed by item id, for one person's evidence. */
    public static Map<Long, ItemStanding> standings(Collection<Evidence> evidence, LocalDate today) {
        Map<Long, ItemStanding> standings = new LinkedHashMap<>();
        evidence.stream().sorted(NEWEST_FIRST).forEach(rating -> standings.computeIfAbsent(
                rating.getItem().getId(), id -> standingOf(rating, today)));
        return standings;
    }

    static ItemStanding standingOf(Evidence latest, LocalDate today) {
        boolean stale = latest.getRatedOn().plusMonths(STALE_AFTER_MONTHS).isBefore(today);
        Proficiency rated = latest.getProficiency();
        return new ItemStanding(latest.getItem().getId(), stale ? rated.lower() : rated, rated, stale, latest);
    }

    /**
     * @param current what counts today (one step lower when stale)
     * @param rated   what the latest evidence says
     */
    public record ItemStanding(long itemId, Proficiency current, Proficiency rated, boolean stale, Evidence latest) {
    }
}
