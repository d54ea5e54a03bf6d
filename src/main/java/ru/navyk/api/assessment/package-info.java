/** REST resources for a person's competency evidence and progress. */
package ru.navyk.api.assessment;
