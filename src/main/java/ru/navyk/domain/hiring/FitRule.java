package ru.navyk.domain.hiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileRequirement;

/**
 * How well a candidate fits the job profile version of their vacancy — the rule HR sees explained on screen:
 * <ol>
 *   <li><b>Formal requirements</b>, each met or not:
 *     <ul>
 *       <li>education: the candidate's level is at least the profile's minimum (no minimum: met; a minimum but no
 *           level recorded: not met);</li>
 *       <li>experience: the months of the candidate's prior jobs marked as customer-contact work (a call centre,
 *           help desk, sales floor, reception…) add up to at least the months the profile asks for; other jobs do
 *           not count, since the standard asks for experience of this kind of work.</li>
 *     </ul></li>
 *   <li><b>Competency</b>, item by item: the latest interview or test rating of each required item against the
 *       required proficiency. An item nobody checked is shown as «not checked» and counts 0.</li>
 *   <li><b>Score</b> = 100 × Σ min(rating, required) ÷ Σ required, over all required items, rounded down: exceeding
 *       the requirement on one item does not make up for a gap on another. A profile requiring nothing scores 100.</li>
 *   <li><b>Ranking</b>: candidates meeting every formal requirement first, then the higher score (compared before
 *       rounding), then fewer items not checked (the better-known candidate first).</li>
 * </ol>
 */
public final class FitRule {

    /**
     * Formal requirements met first, then the higher score — compared exactly, before rounding, since a profile of a
     * hundred items gives partial interviews scores that round alike — then fewer unchecked items.
     */
    public static final Comparator<CandidateFit> RANKING = Comparator
            .comparing((CandidateFit fit) -> !fit.formalRequirementsMet())
            .thenComparing(FitRule::byExactScoreDescending)
            .thenComparingInt(CandidateFit::itemsUnchecked);

    private FitRule() {
    }

    /** earned₁ / asked₁ against earned₂ / asked₂ by cross-multiplying, the higher first; nothing asked counts as 1. */
    private static int byExactScoreDescending(CandidateFit a, CandidateFit b) {
        long left = (long) (a.pointsAsked() == 0 ? 1 : a.pointsEarned()) * (b.pointsAsked() == 0 ? 1 : b.pointsAsked());
        long right = (long) (b.pointsAsked() == 0 ? 1 : b.pointsEarned()) * (a.pointsAsked() == 0 ? 1 : a.pointsAsked());
        return Long.compare(right, left);
    }

    /** What a profile version asks of a candidate. */
    public record Requirements(EducationLevel minEducation, int experienceMonths, List<RequiredItem> items) {
        public Requirements {
            items = List.copyOf(items);
        }

        public static Requirements of(JobProfileVersion version) {
            return new Requirements(version.getMinEducation(), version.getExperienceMonths(),
                    version.getRequirements().stream().map(RequiredItem::of).toList());
        }
    }

    /** One required item of the profile. */
    public record RequiredItem(long itemId, String code, String laborFunctionCode, Proficiency required) {
        static RequiredItem of(ProfileRequirement requirement) {
            return new RequiredItem(requirement.getItem().getId(), requirement.getItem().getCode(),
                    requirement.getItem().getLaborFunction().getCode(), requirement.getRequired());
        }
    }

    /**
     * @param education      the candidate's education level, or {@code null} when not recorded
     * @param relevantMonths months of prior customer-contact work
     * @param ratings        the rating that counts per checked item id (see {@link Candidate#latestRatings()})
     */
    public static CandidateFit evaluate(Requirements requirements, EducationLevel education, int relevantMonths,
                                        Map<Long, Proficiency> ratings) {
        boolean educationMet = requirements.minEducation() == null
                || (education != null && education.isAtLeast(requirements.minEducation()));
        boolean experienceMet = relevantMonths >= requirements.experienceMonths();
        List<CandidateFit.ItemFit> items = new ArrayList<>();
        int earned = 0;
        int asked = 0;
        for (RequiredItem item : requirements.items()) {
            Proficiency rating = ratings.get(item.itemId());
            int have = rating == null ? 0 : rating.points();
            earned += Math.min(have, item.required().points());
            asked += item.required().points();
            items.add(new CandidateFit.ItemFit(item.itemId(), item.code(), item.laborFunctionCode(), item.required(),
                    rating));
        }
        int score = asked == 0 ? 100 : earned * 100 / asked;
        return new CandidateFit(requirements.minEducation(), education, educationMet,
                requirements.experienceMonths(), relevantMonths, experienceMet, items, earned, asked, score);
    }
}
