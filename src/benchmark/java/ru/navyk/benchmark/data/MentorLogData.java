package ru.navyk.benchmark.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mentors' logs (migration 008's {@code mentor_log_entry}) over the two years of mentorships {@link PeopleData}
 * wrote: a session about once a week from the mentorship's start to its end (or to {@code asOf} for a running one),
 * 20 to 60 minutes, recorded by the mentor the same evening. The ratings those sessions gave are
 * {@link EvidenceData}'s {@code MENTOR_LOG} evidence.
 */
final class MentorLogData implements FeatureData {

    private static final String[] COMMENTS = {"Разобрали сложный звонок: клиент не мог пройти идентификацию.",
        "Прослушали три записи, обсудили паузы и перебивания.", "Отработали скрипт приёма претензии.",
        "Разобрали эскалацию на вторую линию, всё сделано верно.", "Повторили правила тайны связи.",
        "Наблюдал за работой на линии, дал обратную связь по завершению разговора."};

    @Override
    public String name() {
        return "mentor-logs";
    }

    @Override
    public void write(Generation g) throws SQLException {
        Random random = g.random(name());
        LocalDate asOf = g.plan().asOf;
        long firstPerson = g.personId(0);
        List<long[]> mentorships = new ArrayList<>();
        List<LocalDate[]> periods = new ArrayList<>();
        try (PreparedStatement select = g.connection().prepareStatement("SELECT id, mentor_id, trainee_id,"
                + " started_on, ended_on FROM mentorship WHERE trainee_id >= ? ORDER BY id")) {
            select.setLong(1, firstPerson);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mentorships.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
                    periods.add(new LocalDate[] {rows.getDate(4).toLocalDate(),
                        rows.getDate(5) == null ? null : rows.getDate(5).toLocalDate()});
                }
            }
        }
        try (BatchInsert entry = new BatchInsert(g.connection(), "mentor_log_entry", "id", "mentorship_id",
                "mentor_id", "trainee_id", "held_on", "duration_minutes", "comment", "recorded_at", "recorded_by")) {
            for (int i = 0; i < mentorships.size(); i++) {
                long[] m = mentorships.get(i);
                LocalDate end = periods.get(i)[1] == null || periods.get(i)[1].isAfter(asOf) ? asOf
                        : periods.get(i)[1];
                String mentor = PeopleData.username((int) (m[1] - firstPerson));
                for (LocalDate day = periods.get(i)[0].plusDays(2 + random.nextInt(3)); day.isBefore(end);
                     day = day.plusDays(5 + random.nextInt(5))) {
                    entry.row(g.nextId("mentor_log_entry"), m[0], m[1], m[2], day, 20 + 10 * random.nextInt(5),
                            COMMENTS[random.nextInt(COMMENTS.length)], day.atTime(18, 30).toInstant(ZoneOffset.UTC),
                            mentor);
                }
            }
            g.counted(entry);
        }
    }
}
