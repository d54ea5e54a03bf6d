/**
 * Backing beans of the HR pages under {@code /hr/}: job profiles ({@code /hr/profiles/*}), the proficiency scale
 * ({@code /hr/scale.xhtml}), vacancies ({@code /hr/vacancies/*}) and candidates ({@code /hr/candidates/*}), and the
 * download of candidates' attachments ({@code /hr/attachment}). Every decision is the services'; a record the viewer
 * may not see is a 404 page.
 */
package ru.navyk.web.hr;
