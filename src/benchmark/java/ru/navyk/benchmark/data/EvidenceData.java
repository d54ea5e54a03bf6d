package ru.navyk.benchmark.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import ru.navyk.benchmark.data.CentrePlan.PersonPlan;

/**
 * Two years of ratings (shared core's {@code evidence}): about {@value #PER_PERSON} per person whose position a
 * job profile describes, on the items that profile requires, from mentor logs in a person's first three months
 * (rated by their team's mentor) and from manager reviews afterwards (rated by their supervisor, or the head of the
 * centre for supervisors and specialists; nobody rates the head). Proficiency grows with time in the job, with
 * noise, so gaps and met requirements both occur.
 */
final class EvidenceData implements FeatureData {

    static final int PER_PERSON = 50;
    private static final int HISTORY_DAYS = 2 * 365;

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public void write(Generation g) throws SQLException {
        Random random = g.random(name());
        CentrePlan plan = g.plan();
        LocalDate from = plan.asOf.minusDays(HISTORY_DAYS);
        try (BatchInsert evidence = new BatchInsert(g.connection(), "evidence", "id", "person_id", "item_id",
                "proficiency", "source", "source_id", "rater_id", "rater_name", "rated_on", "recorded_at", "note")) {
            for (PersonPlan p : plan.persons) {
                List<Long> items = g.profileItems(p.kind().profileCode);
                LocalDate start = p.hired().isAfter(from) ? p.hired() : from;
                LocalDate end = p.left() != null ? p.left() : plan.asOf.minusDays(1);
                long span = end.toEpochDay() - start.toEpochDay();
                if (items.isEmpty() || span < 1 || p.kind() == Kind.HEAD) {
                    continue;
                }
                int count = PER_PERSON - 10 + random.nextInt(21);
                int mentor = plan.mentorOf(p.team());
                int supervisor = p.kind() == Kind.SUPERVISOR || p.team() == 0 ? 0
                        : plan.teams.get(p.team()).supervisor();
                for (int i = 0; i < count; i++) {
                    LocalDate ratedOn = start.plusDays(random.nextLong(span + 1));
                    boolean probation = ratedOn.isBefore(p.hired().plusDays(90)) && mentor >= 0
                            && mentor != p.index();
                    PersonPlan rater = plan.persons.get(probation ? mentor : supervisor);
                    long monthsInJob = (ratedOn.toEpochDay() - p.hired().toEpochDay()) / 30;
                    int proficiency = Math.max(0, Math.min(3, (int) Math.min(2, 1 + monthsInJob / 4)
                            + (random.nextDouble() < 0.15 ? -1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0)));
                    evidence.row(g.nextId("evidence"), g.personId(p.index()), items.get(random.nextInt(items.size())),
                            proficiency, probation ? "MENTOR_LOG" : "MANAGER_REVIEW", null,
                            g.personId(rater.index()), rater.fullName(), ratedOn,
                            ratedOn.atTime(17, 0).toInstant(ZoneOffset.UTC), null);
                }
            }
            g.counted(evidence);
        }
    }
}
