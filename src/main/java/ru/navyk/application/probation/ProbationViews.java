package ru.navyk.application.probation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.probation.Decision;
import ru.navyk.domain.probation.FinalAssessment;
import ru.navyk.domain.probation.FunctionRating;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationExtension;
import ru.navyk.domain.probation.ProbationStatus;

/** What pages and the API show of probations and final assessments. */
public final class ProbationViews {

    private ProbationViews() {
    }

    /**
     * A probation as the caller sees it.
     *
     * @param canDecide whether the caller manages the person (extends, assesses)
     */
    public record ProbationView(long id, long version, long personId, String personName, LocalDate startedOn,
                                LocalDate plannedEnd, long daysLeft, ProbationStatus status, LocalDate decidedOn,
                                Long profileVersionId, String profileTitle, List<ExtensionView> extensions,
                                List<AssessmentView> assessments, boolean canDecide) implements Serializable {
        static ProbationView of(Probation p, LocalDate today, List<FinalAssessment> assessments, boolean canDecide) {
            return new ProbationView(p.getId(), p.getVersion(), p.getPerson().getId(), p.getPerson().getFullName(),
                    p.getStartedOn(), p.getPlannedEnd(), p.daysLeft(today), p.getStatus(), p.getDecidedOn(),
                    p.getProfileVersion() == null ? null : p.getProfileVersion().getId(),
                    p.getProfileVersion() == null ? null : p.getProfileVersion().getTitle(),
                    p.getExtensions().stream().map(ExtensionView::of).toList(),
                    assessments.stream().map(AssessmentView::of).toList(), canDecide);
        }
    }

    public record ExtensionView(LocalDate previousEnd, LocalDate newEnd, String reason, String extendedByName,
                                Instant extendedAt) implements Serializable {
        static ExtensionView of(ProbationExtension e) {
            return new ExtensionView(e.getPreviousEnd(), e.getNewEnd(), e.getReason(), e.getExtendedByName(),
                    e.getExtendedAt());
        }
    }

    /** A signed final assessment. */
    public record AssessmentView(long id, Decision decision, Map<String, Proficiency> ratings, String functionCode,
                                 Integer qualificationLevel, LocalDate newEnd, String reason, LocalDate assessedOn,
                                 String signedByName, Instant signedAt) implements Serializable {
        static AssessmentView of(FinalAssessment a) {
            Map<String, Proficiency> ratings = new java.util.LinkedHashMap<>();
            for (FunctionRating r : a.getRatings()) {
                ratings.put(r.getLaborFunctionCode(), r.getProficiency());
            }
            return new AssessmentView(a.getId(), a.getDecision(), ratings, a.getFunctionCode(),
                    a.getQualificationLevel(), a.getNewEnd(), a.getReason(), a.getAssessedOn(), a.getSignedByName(),
                    a.getSignedAt());
        }
    }

    /** A running probation in a supervisor's or HR's list. */
    public record ProbationRow(long id, long personId, String personName, LocalDate startedOn, LocalDate plannedEnd,
                               long daysLeft, ProbationStatus status) {
    }
}
