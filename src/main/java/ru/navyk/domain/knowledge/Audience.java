package ru.navyk.domain.knowledge;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.navyk.domain.competency.CompetencyCodes;

/**
 * Whom an acknowledgement campaign asks, as the editor chose it. The kinds are a closed set, each resolved to people by
 * one resolver (application.knowledge.AudienceResolver), so adding a kind (a job profile, for instance) is one record
 * here, one constant in {@link AudienceKind} and one case there — the compiler points at every switch to extend.
 * Only active people are ever in an audience.
 */
public sealed interface Audience permits Audience.JobProfiles, Audience.Teams, Audience.LaborFunctions,
        Audience.People, Audience.Positions {

    AudienceKind kind();

    /** The values as stored with the campaign: job profile ids, team ids, function codes, person ids or titles. */
    List<String> values();

    /** The people whose current position is described by one of these job profiles («Оператор колл-центра»). */
    record JobProfiles(Set<Long> profileIds) implements Audience {
        public JobProfiles {
            profileIds = Set.copyOf(profileIds);
        }

        @Override
        public AudienceKind kind() {
            return AudienceKind.JOB_PROFILE;
        }

        @Override
        public List<String> values() {
            return profileIds.stream().sorted().map(String::valueOf).toList();
        }
    }

    /** The current members of these teams and of every team below them. */
    record Teams(Set<Long> teamIds) implements Audience {
        public Teams {
            teamIds = Set.copyOf(teamIds);
        }

        @Override
        public AudienceKind kind() {
            return AudienceKind.TEAM;
        }

        @Override
        public List<String> values() {
            return teamIds.stream().sorted().map(String::valueOf).toList();
        }
    }

    /**
     * The people whose current position's qualification level is the level of one of these labor functions (the last
     * digit of {@code A/01.3}): a labor function is work of its level, so a change to what it needs concerns those
     * who hold a position of that level. Positions without a level (HR, IT) are never included.
     */
    record LaborFunctions(Set<String> codes) implements Audience {
        public LaborFunctions {
            codes = Set.copyOf(codes);
            for (String code : codes) {
                if (!CompetencyCodes.LABOR_FUNCTION.matcher(code).matches()) {
                    throw new IllegalArgumentException("not a labor function code: " + code);
                }
            }
        }

        /** The qualification levels these functions are work of. */
        public Set<Integer> levels() {
            Set<Integer> levels = new LinkedHashSet<>();
            codes.forEach(code -> levels.add(CompetencyCodes.levelOf(code)));
            return levels;
        }

        @Override
        public AudienceKind kind() {
            return AudienceKind.LABOR_FUNCTION;
        }

        @Override
        public List<String> values() {
            return codes.stream().sorted().toList();
        }
    }

    /** Named people. */
    record People(Set<Long> personIds) implements Audience {
        public People {
            personIds = Set.copyOf(personIds);
        }

        @Override
        public AudienceKind kind() {
            return AudienceKind.PERSON;
        }

        @Override
        public List<String> values() {
            return personIds.stream().sorted().map(String::valueOf).toList();
        }
    }

    /**
     * The people whose current position title is one of these, compared without regard to case or surrounding blanks
     * («Оператор контакт-центра»).
     */
    record Positions(Set<String> titles) implements Audience {
        public Positions {
            Set<String> clean = new LinkedHashSet<>();
            titles.forEach(t -> clean.add(t.strip()));
            titles = Set.copyOf(clean);
        }

        /** The titles as compared: lower-cased. */
        public Set<String> normalizedTitles() {
            Set<String> normalized = new LinkedHashSet<>();
            titles.forEach(t -> normalized.add(t.toLowerCase(Locale.ROOT)));
            return normalized;
        }

        @Override
        public AudienceKind kind() {
            return AudienceKind.POSITION;
        }

        @Override
        public List<String> values() {
            return titles.stream().sorted().toList();
        }
    }

    /**
     * The audience of a kind from stored or submitted values; refuses empty or malformed values with an
     * {@link IllegalArgumentException}.
     */
    static Audience of(AudienceKind kind, Collection<String> values) {
        Set<String> clean = new LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> clean.add(v.strip()));
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("an audience needs at least one value");
        }
        return switch (kind) {
            case JOB_PROFILE -> new JobProfiles(ids(clean));
            case TEAM -> new Teams(ids(clean));
            case LABOR_FUNCTION -> new LaborFunctions(clean);
            case PERSON -> new People(ids(clean));
            case POSITION -> new Positions(clean);
        };
    }

    private static Set<Long> ids(Set<String> values) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an id: " + value, e);
            }
        }
        return ids;
    }
}
