/** Reading the ready-made job profiles Navyk ships ({@code content/job-profiles/profiles.yaml}). */
package ru.navyk.infrastructure.importing.profiles;
