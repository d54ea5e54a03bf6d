/** REST resources for vacancies and candidates: the same rules as the HR pages, enforced by the services. */
package ru.navyk.api.hiring;
