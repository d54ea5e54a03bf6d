package ru.navyk.application.hiring;

/**
 * A vacancy as HR opens or changes it. The profile version is chosen only when the vacancy is opened (the current
 * version of {@code profileId} is pinned); team, openings, hiring manager and note may change later.
 *
 * @param profileId        the job profile whose current version the vacancy pins (ignored on changes)
 * @param hiringManagerId  an employee who decides with HR (a supervisor), or {@code null}
 */
public record VacancyForm(Long profileId, Long teamId, Integer openings, Long hiringManagerId, String note) {
}
