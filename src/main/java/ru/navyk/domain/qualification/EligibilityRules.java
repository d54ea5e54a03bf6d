package ru.navyk.domain.qualification;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.qualification.Eligibility.EducationCheck;
import ru.navyk.domain.qualification.Eligibility.ExperienceCheck;
import ru.navyk.domain.qualification.QualificationFacts.Position;
import ru.navyk.domain.qualification.QualificationFacts.Training;
import ru.navyk.domain.qualification.QualificationRequirement.EducationAlternative;
import ru.navyk.domain.qualification.QualificationRequirement.Experience;

/**
 * The standard's own rules for holding the level of a generalized function («Требования к образованию и обучению»,
 * «Требования к опыту практической работы», «Другие характеристики»), evaluated on a given day against what the
 * competency model encodes ({@link QualificationRequirement}). Pure: the caller passes the day (from the injected
 * clock) and the person's {@link QualificationFacts}.
 *
 * <h2>Education and training</h2>
 * Any one alternative suffices; an alternative is met when the recorded education is at least its level and every
 * listed kind of training was completed on or before the day. {@link TrainingKind#SHORT_TRAINING} («краткосрочное
 * обучение или инструктаж») is the least the standard asks for, and every longer programme starts with it, so any
 * completed training meets it; the other kinds must have been completed as such. Unrecorded education meets nothing.
 *
 * <h2>Practical experience</h2>
 * Counted from the position history: positions whose qualification level is at least the required one (B and C name
 * a kind of position, read as level {@value Experience#CONTACT_HANDLING_LEVEL}, see {@link Experience}) count;
 * positions without a level never do. Positions that touch or overlap are joined into one span. A span runs from its
 * first day up to, not including, the day evaluated (that day is not over yet), or to the day after it ended. Its
 * length is whole calendar months by day of month ({@link Period#between}: 15 January to 15 July is 6 months, to
 * 14 July 5 months and 30 days) plus the days left over; the months of all spans are added, and the left-over days of
 * all spans together count one month per full 31 days (a remainder is at most 30 days, so one span's remainder alone
 * never becomes a month). So «at least 6 months» is met on the day the sixth
 * month-anniversary of the start is reached, and not a day earlier.
 *
 * <h2>Upskilling</h2>
 * {@link #upskilling}: the period runs from the last completed {@link TrainingKind#UPSKILLING} or
 * {@link TrainingKind#RETRAINING} (the additional professional education programmes the standard means by
 * «повышение квалификации»); initial professional training is not upskilling. Someone never upskilled counts from the
 * hire date. Due on the day the period ends; overdue from the day after (3 years and 1 day).
 */
public final class EligibilityRules {

    private static final Set<TrainingKind> UPSKILLING_KINDS = Set.of(TrainingKind.UPSKILLING,
            TrainingKind.RETRAINING);
    /** Left-over days of separate spans make a month per 31: never more than a calendar month, so no span's remainder
     * alone is ever rounded up to a month. */
    private static final int DAYS_PER_MONTH = 31;

    private EligibilityRules() {
    }

    public static Eligibility evaluate(QualificationFacts facts, QualificationRequirement requirement,
                                       LocalDate asOf) {
        return new Eligibility(requirement.functionCode(), requirement.level(), asOf,
                education(facts, requirement.education(), asOf), experience(facts, requirement.experience(), asOf));
    }

    static EducationCheck education(QualificationFacts facts, List<EducationAlternative> alternatives,
                                    LocalDate asOf) {
        if (alternatives.isEmpty()) {
            return new EducationCheck(true, facts.education() != null, alternatives, null);
        }
        if (facts.education() == null) {
            return new EducationCheck(false, false, alternatives, null);
        }
        Optional<EducationAlternative> metBy = alternatives.stream()
                .filter(alternative -> meets(facts, alternative, asOf)).findFirst();
        return new EducationCheck(metBy.isPresent(), true, alternatives, metBy.orElse(null));
    }

    private static boolean meets(QualificationFacts facts, EducationAlternative alternative, LocalDate asOf) {
        return facts.education().isAtLeast(alternative.minLevel())
                && alternative.training().stream().allMatch(kind -> completed(facts, kind, asOf));
    }

    private static boolean completed(QualificationFacts facts, TrainingKind kind, LocalDate asOf) {
        return facts.trainings().stream().filter(t -> !t.completedOn().isAfter(asOf))
                .anyMatch(t -> kind == TrainingKind.SHORT_TRAINING || t.kind() == kind);
    }

    static ExperienceCheck experience(QualificationFacts facts, Experience experience, LocalDate asOf) {
        if (experience == null || experience.months() == 0) {
            return new ExperienceCheck(false, 0, 0, false, monthsAtLevel(facts, 0, asOf), null);
        }
        int minLevel = experience.effectiveMinLevel();
        int held = monthsAtLevel(facts, minLevel, asOf);
        LocalDate enoughOn = null;
        if (held < experience.months() && inQualifyingPosition(facts, minLevel, asOf)) {
            enoughOn = firstDayWithEnough(facts, minLevel, experience.months(), asOf);
        }
        return new ExperienceCheck(true, experience.months(), minLevel, experience.byKindOfPosition(), held,
                enoughOn);
    }

    /** Whole months of experience, on {@code asOf}, in positions of at least {@code minLevel} (see class doc). */
    public static int monthsAtLevel(QualificationFacts facts, int minLevel, LocalDate asOf) {
        int months = 0;
        int days = 0;
        for (LocalDate[] span : spans(facts, minLevel, asOf)) {
            Period length = Period.between(span[0], span[1]);
            months += (int) length.toTotalMonths();
            days += length.getDays();
        }
        return months + days / DAYS_PER_MONTH;
    }

    /** Qualifying spans as [first day, day after the last counted day), joined where they touch or overlap. */
    private static List<LocalDate[]> spans(QualificationFacts facts, int minLevel, LocalDate asOf) {
        List<LocalDate[]> periods = facts.positions().stream()
                .filter(p -> p.level() != null && p.level() >= minLevel && p.startedOn().isBefore(asOf))
                .map(p -> new LocalDate[]{p.startedOn(), endExclusive(p, asOf)})
                .sorted(Comparator.comparing((LocalDate[] p) -> p[0]))
                .toList();
        List<LocalDate[]> joined = new ArrayList<>();
        for (LocalDate[] period : periods) {
            LocalDate[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !period[0].isAfter(last[1])) {
                if (period[1].isAfter(last[1])) {
                    last[1] = period[1];
                }
            } else {
                joined.add(period.clone());
            }
        }
        return joined;
    }

    private static LocalDate endExclusive(Position position, LocalDate asOf) {
        LocalDate after = position.endedOn() == null ? asOf : position.endedOn().plusDays(1);
        return after.isAfter(asOf) ? asOf : after;
    }

    private static boolean inQualifyingPosition(QualificationFacts facts, int minLevel, LocalDate asOf) {
        return facts.positions().stream().anyMatch(p -> p.level() != null && p.level() >= minLevel
                && !p.startedOn().isAfter(asOf) && (p.endedOn() == null || !p.endedOn().isBefore(asOf)));
    }

    /** The first day from {@code asOf} on with enough experience, if the current position simply continues. */
    private static LocalDate firstDayWithEnough(QualificationFacts facts, int minLevel, int months, LocalDate asOf) {
        List<Position> continuing = facts.positions().stream()
                .map(p -> p.endedOn() != null && !p.endedOn().isBefore(asOf) ? new Position(p.level(),
                        p.startedOn(), null) : p).toList();
        QualificationFacts ahead = new QualificationFacts(facts.hireDate(), facts.education(), facts.trainings(),
                continuing);
        LocalDate day = asOf;
        LocalDate limit = asOf.plusMonths(months).plusDays(DAYS_PER_MONTH + 1L);
        while (day.isBefore(limit)) {
            day = day.plusDays(1);
            if (monthsAtLevel(ahead, minLevel, day) >= months) {
                return day;
            }
        }
        return null;
    }

    /**
     * The upskilling clock on {@code asOf} for a period of {@code everyYears} (see class doc); a {@code null} period
     * gives {@link UpskillingClock.Status#NOT_APPLICABLE}.
     */
    public static UpskillingClock upskilling(QualificationFacts facts, Integer everyYears, LocalDate asOf) {
        LocalDate last = facts.trainings().stream()
                .filter(t -> UPSKILLING_KINDS.contains(t.kind()) && !t.completedOn().isAfter(asOf))
                .map(Training::completedOn).max(Comparator.naturalOrder()).orElse(null);
        LocalDate from = last != null ? last : facts.hireDate();
        if (everyYears == null || from == null) {
            return new UpskillingClock(last, from, null, UpskillingClock.Status.NOT_APPLICABLE, asOf);
        }
        LocalDate due = from.plusYears(everyYears);
        UpskillingClock.Status status;
        if (asOf.isAfter(due)) {
            status = UpskillingClock.Status.OVERDUE;
        } else if (!asOf.plusDays(UpskillingClock.DUE_SOON_DAYS).isBefore(due)) {
            status = UpskillingClock.Status.DUE_SOON;
        } else {
            status = UpskillingClock.Status.CURRENT;
        }
        return new UpskillingClock(last, from, due, status, asOf);
    }
}
