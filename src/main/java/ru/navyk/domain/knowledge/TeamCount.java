package ru.navyk.domain.knowledge;

/**
 * How many obligations of a campaign in one status the people of one team hold ({@code teamId} null: people in no
 * team). {@code overdue} rows count the open obligations past their deadline, which are also among the open ones.
 */
public record TeamCount(Long teamId, String teamName, ObligationStatus status, boolean overdue, long count) {
}
