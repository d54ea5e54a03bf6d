/** Reading the shipped adaptation plan templates ({@code content/onboarding/templates.yaml}). */
package ru.navyk.infrastructure.importing.onboarding;
