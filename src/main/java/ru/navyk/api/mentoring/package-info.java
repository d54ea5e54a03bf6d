/** REST API of the mentor's log, progress, trainee feedback and mentor effectiveness. */
package ru.navyk.api.mentoring;
