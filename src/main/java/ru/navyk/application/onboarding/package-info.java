/**
 * Adaptation plans: the shipped and HR-edited templates (versioned), starting onboarding for a new hire (plan,
 * probation, mentor) and ticking the checklist by the responsible role.
 */
package ru.navyk.application.onboarding;
