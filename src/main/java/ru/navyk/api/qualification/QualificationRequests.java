package ru.navyk.api.qualification;

import java.util.List;
import ru.navyk.application.qualification.QualificationViews.DecisionInput;
import ru.navyk.application.qualification.QualificationViews.RatingInput;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.qualification.LevelDecision;

/** Request bodies of the qualification API. */
public final class QualificationRequests {

    private QualificationRequests() {
    }

    /** A level decision about a person, recorded as a review holding only it. */
    public record DecisionBody(Long personId, String functionCode, LevelDecision.Outcome outcome, String reason,
                               Boolean override) {
        DecisionInput input() {
            return new DecisionInput(functionCode, outcome, reason, Boolean.TRUE.equals(override));
        }
    }

    /** Starts a review of a person. */
    public record ReviewStartBody(Long personId) {
    }

    public record RatingBody(Long itemId, Proficiency proficiency) {
    }

    public record DecisionItemBody(String functionCode, LevelDecision.Outcome outcome, String reason,
                                   Boolean override) {
    }

    /** Saves a review as a whole: ratings, decisions and a note, against the version read. */
    public record ReviewSaveBody(Long version, List<RatingBody> ratings, List<DecisionItemBody> decisions,
                                 String note) {
        List<RatingInput> ratingInputs() {
            return ratings == null ? List.of() : ratings.stream().map(r -> new RatingInput(
                    r.itemId() == null ? -1 : r.itemId(), r.proficiency())).toList();
        }

        List<DecisionInput> decisionInputs() {
            return decisions == null ? List.of() : decisions.stream().map(d -> new DecisionInput(d.functionCode(),
                    d.outcome(), d.reason(), Boolean.TRUE.equals(d.override()))).toList();
        }
    }
}
