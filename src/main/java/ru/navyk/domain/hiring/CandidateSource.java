package ru.navyk.domain.hiring;

/** Where a candidate came from; kept after anonymisation, since it is what recruiting statistics count. */
public enum CandidateSource {
    JOB_SITE,
    CAREER_PAGE,
    REFERRAL,
    AGENCY,
    SOCIAL_MEDIA,
    JOB_FAIR,
    INTERNAL,
    OTHER
}
