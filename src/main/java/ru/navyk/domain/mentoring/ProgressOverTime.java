package ru.navyk.domain.mentoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileProgress;

/**
 * Progress toward a job profile version as it stood on past days. It is the one progress rule
 * ({@link ProfileProgress} over {@link ProficiencyRule}) applied to the evidence rated on or before each day, as that
 * day's "today" — no second way of computing progress. Used for the progress chart (weekly points) and for the time a
 * trainee took to reach the profile's required level.
 */
public final class ProgressOverTime {

    private ProgressOverTime() {
    }

    /** One point of the chart. */
    public record Point(LocalDate day, int percent, int itemsMet, int itemsRequired) implements Serializable {
    }

    /** Progress as it stood at the end of {@code day}. */
    public static ProfileProgress asOf(JobProfileVersion version, Collection<Evidence> evidence, LocalDate day) {
        List<Evidence> known = evidence.stream().filter(e -> !e.getRatedOn().isAfter(day)).toList();
        return ProfileProgress.of(version, ProficiencyRule.standings(known, day));
    }

    /** A point every seven days from {@code from}, and one on {@code to} itself. */
    public static List<Point> weekly(JobProfileVersion version, Collection<Evidence> evidence, LocalDate from,
                                     LocalDate to) {
        List<Point> points = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusWeeks(1)) {
            points.add(point(version, evidence, day));
        }
        if (points.isEmpty() || !points.get(points.size() - 1).day().equals(to)) {
            points.add(point(version, evidence, to));
        }
        return points;
    }

    /**
     * The first day from {@code from} to {@code to} on which every required item was met, if there was one. Progress
     * only changes on days with a rating, so those days are the only candidates.
     */
    public static Optional<LocalDate> firstDayAllMet(JobProfileVersion version, Collection<Evidence> evidence,
                                                     LocalDate from, LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(from);
        evidence.stream().map(Evidence::getRatedOn).filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .forEach(days::add);
        for (LocalDate day : days) {
            ProfileProgress progress = asOf(version, evidence, day);
            if (progress.itemsRequired() > 0 && progress.itemsMet() == progress.itemsRequired()) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static Point point(JobProfileVersion version, Collection<Evidence> evidence, LocalDate day) {
        ProfileProgress progress = asOf(version, evidence, day);
        return new Point(day, progress.percent(), progress.itemsMet(), progress.itemsRequired());
    }
}
