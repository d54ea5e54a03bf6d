package ru.navyk.application.people;

import java.time.LocalDate;

/** A mentor assigned to a trainee from {@code from} until {@code to} (inclusive; open-ended when {@code null}). */
public record MentorshipForm(Long mentorId, Long traineeId, LocalDate from, LocalDate to) {
}
