/** REST resources for job profiles. */
package ru.navyk.api.profile;
