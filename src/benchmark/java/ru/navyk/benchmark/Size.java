package ru.navyk.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The centres the benchmarks run against: S, M and L by their headcount (issue "Benchmarks", section Data). */
public enum Size {
    S(500),
    M(5_000),
    L(50_000);

    private final int people;

    Size(int people) {
        this.people = people;
    }

    public int people() {
        return people;
    }

    /** "S,M" → [S, M], in the order given; unknown letters are refused with the known ones named. */
    public static List<Size> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> {
                    try {
                        return valueOf(s.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("Unknown size '" + s + "'; known: "
                                + Arrays.toString(values()), e);
                    }
                }).toList();
    }
}
