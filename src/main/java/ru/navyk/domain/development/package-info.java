/**
 * Individual development plans (ИПР, D/03.5 «составление индивидуальных планов развития»):
 * {@link ru.navyk.domain.development.DevelopmentPlan} with {@link ru.navyk.domain.development.DevelopmentGoal}s tied
 * to the competency model and {@link ru.navyk.domain.development.DevelopmentActivity}s; goal progress is read from
 * evidence by {@link ru.navyk.domain.development.GoalProgress}, never stored.
 */
package ru.navyk.domain.development;
