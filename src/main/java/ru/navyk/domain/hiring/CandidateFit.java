package ru.navyk.domain.hiring;

import java.io.Serializable;
import java.util.List;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.EducationLevel;

/**
 * The result of {@link FitRule} for one candidate: the formal requirements with what the candidate has, each required
 * item with its rating and gap, and the score with the points it was computed from.
 *
 * @param pointsEarned Σ min(rating, required)
 * @param pointsAsked  Σ required
 */
public record CandidateFit(EducationLevel educationRequired, EducationLevel education, boolean educationMet,
                           int experienceMonthsRequired, int relevantMonths, boolean experienceMet,
                           List<ItemFit> items, int pointsEarned, int pointsAsked, int score) implements Serializable {

    public CandidateFit {
        items = List.copyOf(items);
    }

    public boolean formalRequirementsMet() {
        return educationMet && experienceMet;
    }

    public int itemsChecked() {
        return (int) items.stream().filter(ItemFit::checked).count();
    }

    public int itemsUnchecked() {
        return items.size() - itemsChecked();
    }

    public int itemsMet() {
        return (int) items.stream().filter(i -> i.status() == ItemStatus.MET).count();
    }

    public int itemsWithGap() {
        return (int) items.stream().filter(i -> i.status() == ItemStatus.GAP).count();
    }

    /** How a required item stands. */
    public enum ItemStatus {
        /** Rated at or above the requirement. */
        MET,
        /** Rated below the requirement. */
        GAP,
        /** Not rated in any interview or test. */
        NOT_CHECKED
    }

    /**
     * @param rating the rating that counts, or {@code null} when nobody checked the item
     */
    public record ItemFit(long itemId, String code, String laborFunctionCode, Proficiency required,
                          Proficiency rating) implements Serializable {

        public boolean checked() {
            return rating != null;
        }

        public ItemStatus status() {
            if (rating == null) {
                return ItemStatus.NOT_CHECKED;
            }
            return rating.meets(required) ? ItemStatus.MET : ItemStatus.GAP;
        }

        /** Steps missing to the requirement; an unchecked item misses all of them. */
        public int gap() {
            return Math.max(0, required.points() - (rating == null ? 0 : rating.points()));
        }
    }
}
