package ru.navyk.domain.profile;

/** A version is edited while a draft; once published it never changes again. */
public enum JobProfileStatus {
    DRAFT,
    PUBLISHED
}
