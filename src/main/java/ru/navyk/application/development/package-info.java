/**
 * Individual development plans: {@link ru.navyk.application.development.DevelopmentPlanService} proposes goals from
 * gaps, drafts, agrees and tracks plans with per-object rules (the person, their mentor, their managers).
 */
package ru.navyk.application.development;
