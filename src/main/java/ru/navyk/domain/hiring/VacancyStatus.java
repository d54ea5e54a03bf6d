package ru.navyk.domain.hiring;

/** An open vacancy takes new candidates; a closed one keeps its candidates for the record. */
public enum VacancyStatus {
    OPEN,
    CLOSED
}
