/**
 * Job profiles as HR and everyone else reads them, and the installation of the ready-made profiles. Editing (drafts,
 * copies, publishing) is HR's and administrators'.
 */
package ru.navyk.application.profile;
