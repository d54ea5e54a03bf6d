package ru.navyk.domain.people;

/**
 * What an account may do. One person may hold several roles (a mentor is usually also an agent); what each role may
 * see of whom is decided in one place, {@code application.people.AccessPolicy}.
 */
public enum Role {
    /** Runs the installation: people, teams, accounts, audit. */
    ADMIN,
    /** Builds job and candidate profiles, hires, keeps employees' HR data. */
    HR,
    /** Supervisor or head of centre: sees and decides about the people of their teams and departments. */
    MANAGER,
    /** Logs the progress of assigned trainees. */
    MENTOR,
    /** Contact-centre agent: sees their own plan, progress and knowledge-base changes. */
    AGENT
}
