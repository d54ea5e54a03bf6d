/**
 * Hiring as HR works it: vacancies opened from a job profile's current version, candidates recorded with consent,
 * their interviews rated against the profile's items, the fit computed and explained, the pipeline moved, the hire
 * that turns a candidate into an employee (with their interview ratings as the first evidence of their competency
 * history, and a {@link ru.navyk.domain.hiring.PersonHired} event for onboarding), and the anonymisation of
 * candidates who were not hired. HR and administrators do everything; a manager reads the vacancies and candidates of
 * the teams they manage (or vacancies they are the hiring manager of); nobody else sees anything of hiring.
 */
package ru.navyk.application.hiring;
