/** REST API of probations: reading, extending, the final assessment, and running the reminders. */
package ru.navyk.api.probation;
