/** REST resources for qualification levels, eligibility, reviews, the team matrix and the organisation view. */
package ru.navyk.api.qualification;
