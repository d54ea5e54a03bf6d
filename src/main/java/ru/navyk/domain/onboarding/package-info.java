/**
 * Adaptation (onboarding) of new employees (D/03.5: «формировать планы адаптации для новых сотрудников», «проведение
 * работы по эффективной адаптации нового сотрудника»): versioned plan templates per job profile, and the plan each new
 * hire follows — a checklist of dated steps ticked off by the trainee, the mentor, the supervisor or HR.
 */
package ru.navyk.domain.onboarding;
