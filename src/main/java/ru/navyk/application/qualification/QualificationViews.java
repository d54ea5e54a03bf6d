package ru.navyk.application.qualification;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.qualification.DecisionSource;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.QualificationReview;
import ru.navyk.domain.qualification.UpskillingClock;

/** What the qualification services hand to pages, exports and the REST API: plain values, never entities. */
public final class QualificationViews {

    private QualificationViews() {
    }

    /** A level the person holds, by which decision. */
    public record HeldLevelView(String functionCode, int level, String functionName, LocalDate since,
                                String decidedByName, String reason) implements Serializable {
    }

    /** One missing requirement: its bundle key and the phrase in the reader's language. */
    public record GapView(String code, String message) implements Serializable {
    }

    /**
     * The person against one generalized function's requirements on the day.
     *
     * @param experienceRequired months the standard asks for, {@code null} when it asks for none
     * @param enoughOn           when experience will suffice if the current position continues
     */
    public record EligibilityView(String functionCode, int level, String functionName, boolean held,
                                  boolean eligible, int experienceMonths, Integer experienceRequired,
                                  int experienceMinLevel, LocalDate enoughOn, List<GapView> gaps)
            implements Serializable {
        /** The level is open to a decision: eligible and not yet held. */
        public boolean ready() {
            return eligible && !held;
        }
    }

    public record UpskillingView(LocalDate lastUpskilledOn, LocalDate countedFrom, LocalDate dueOn,
                                 UpskillingClock.Status status, long daysOverdue, Integer everyYears)
            implements Serializable {
        static UpskillingView of(UpskillingClock clock, Integer everyYears) {
            return new UpskillingView(clock.lastUpskilledOn(), clock.countedFrom(), clock.dueOn(), clock.status(),
                    clock.daysOverdue(), everyYears);
        }
    }

    public record DecisionView(long id, long personId, String functionCode, int level,
                               LevelDecision.Outcome outcome, DecisionSource source, Long sourceId,
                               String decidedByName, LocalDate decidedOn, String reason, Instant recordedAt)
            implements Serializable {
        static DecisionView of(LevelDecision d) {
            return new DecisionView(d.getId(), d.getPerson().getId(), d.getFunctionCode(), d.getLevel(),
                    d.getOutcome(), d.getSource(), d.getSourceId(), d.getDecidedByName(), d.getDecidedOn(),
                    d.getReason(), d.getRecordedAt());
        }
    }

    /** One axis of a radar chart: a labor function, the average current proficiency of its items (0–3). */
    public record RadarAxis(String laborFunctionCode, String name, double current, Double required)
            implements Serializable {
    }

    /** A radar chart per generalized function. */
    public record RadarView(String functionCode, int level, String functionName, List<RadarAxis> axes)
            implements Serializable {
    }

    /** Everything the person's qualification page and {@code GET /api/qualification/people/{id}} show. */
    public record PersonQualification(long personId, String fullName, String teamName, String position,
                                      Integer positionLevel, String profileTitle, boolean manageable,
                                      List<HeldLevelView> held, List<EligibilityView> eligibility,
                                      UpskillingView upskilling, List<DecisionView> decisions,
                                      List<RadarView> radar) implements Serializable {
    }

    /** A column of the team matrix: a labor function. */
    public record MatrixColumn(String laborFunctionCode, String name) implements Serializable {
    }

    /**
     * A cell: the share of the labor function's required items the person meets; {@code percent} is {@code null}
     * when the person's profile does not cover the function.
     */
    public record MatrixCell(String laborFunctionCode, Integer percent, int met, int required) implements Serializable {
        /** {@code none}, {@code low} (below 50 %), {@code partial} (below 100 %) or {@code full}. */
        public String band() {
            if (percent == null) {
                return "none";
            }
            return percent < 50 ? "low" : percent < 100 ? "partial" : "full";
        }
    }

    /**
     * Where a person stands towards a target level: whether they hold a function of that level, which of its
     * functions they are eligible for, and otherwise why not.
     */
    public record ReadinessView(int targetLevel, boolean holds, List<String> eligibleFunctions,
                                List<String> reasons) implements Serializable {
        public boolean eligible() {
            return !eligibleFunctions.isEmpty();
        }

        public String eligibleText() {
            return String.join(", ", eligibleFunctions);
        }
    }

    public record MatrixRow(long personId, String fullName, String teamName, String position,
                            Integer positionLevel, String profileTitle, List<String> held,
                            Map<String, MatrixCell> cells, boolean hasGaps, ReadinessView readiness,
                            boolean manageable) implements Serializable {

        /** «A·3, B·4», or «—» when no level is held. */
        public String heldText() {
            return held.isEmpty() ? "—" : String.join(", ", held);
        }

        /** The colour band of a labor function's cell ({@code none} when the profile does not cover it). */
        public String band(String laborFunctionCode) {
            MatrixCell cell = cells.get(laborFunctionCode);
            return cell == null ? "none" : cell.band();
        }

        /** «75 %», or empty when the profile does not cover the function. */
        public String percentText(String laborFunctionCode) {
            MatrixCell cell = cells.get(laborFunctionCode);
            return cell == null || cell.percent() == null ? "" : cell.percent() + " %";
        }
    }

    /** One page of the team matrix, its columns and the total of rows it was cut from. */
    public record MatrixPage(List<MatrixColumn> columns, List<MatrixRow> rows, long total) implements Serializable {
    }

    /** A filter of the team matrix. */
    public record MatrixQuery(Long teamId, String position, Integer level, boolean gapsOnly, int targetLevel) {
    }

    /** A team a viewer may pick in the matrix filter. */
    public record TeamChoice(long id, String name) implements Serializable {
    }

    /**
     * A review sheet row: one item of the person's profile with its current standing. {@code lastRater} is the latest
     * rating's rater as stored, for a test the title tested ({@link ru.navyk.domain.assessment.Evidence}), read
     * beside {@code lastSource}.
     */
    public record ReviewItem(long itemId, String code, ItemKind kind, String text, String laborFunctionCode,
                             Proficiency required, Proficiency current, Proficiency rated, boolean stale,
                             LocalDate lastRatedOn, EvidenceSource lastSource, String lastRater)
            implements Serializable {
    }

    /** What a manager reviews: the person's profile items and their standing against every function's level. */
    public record ReviewSheet(long reviewId, long version, long personId, String fullName, String profileTitle,
                              QualificationReview.Status status, List<ReviewItem> items,
                              List<EligibilityView> eligibility) implements Serializable {
    }

    public record ReviewSummary(long id, long personId, String reviewerName, QualificationReview.Status status,
                                Instant startedAt, LocalDate reviewedOn, int ratingsCount, int decisionsCount,
                                String note) {
        static ReviewSummary of(QualificationReview r) {
            return new ReviewSummary(r.getId(), r.getPerson().getId(), r.getReviewerName(), r.getStatus(),
                    r.getStartedAt(), r.getReviewedOn(), r.getRatingsCount(), r.getDecisionsCount(), r.getNote());
        }
    }

    /** One rating a manager gives in a review (confirming the current one or changing it). */
    public record RatingInput(long itemId, Proficiency proficiency) {
    }

    /**
     * One level decision in a review. Granting a level the person is not eligible for needs {@code override} — the
     * reason then says why the manager departs from the standard's requirements.
     */
    public record DecisionInput(String functionCode, LevelDecision.Outcome outcome, String reason,
                                boolean override) {
    }

    /** Counts of one generalized function over the organisation. */
    public record FunctionCount(String functionCode, int level, String functionName, long holders,
                                long readyNotHolding) implements Serializable {
    }

    /** A person eligible for the next level up who does not hold it yet. */
    public record PipelineRow(long personId, String fullName, String teamName, String position,
                              Integer highestHeld, int nextLevel, List<String> functions) implements Serializable {
    }

    /** A person whose upskilling is overdue. */
    public record OverdueRow(long personId, String fullName, String teamName, String position,
                             LocalDate lastUpskilledOn, LocalDate dueOn, long daysOverdue) implements Serializable {
    }

    /** The organisation view: counts, the readiness pipeline, overdue upskilling, on the day. */
    public record OrganisationOverview(LocalDate asOf, long people, List<FunctionCount> functions,
                                       Map<Integer, Long> holdersByLevel, List<PipelineRow> pipeline,
                                       List<OverdueRow> overdue) implements Serializable {
    }
}
