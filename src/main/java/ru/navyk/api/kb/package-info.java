/**
 * The knowledge base over REST: articles and revisions (everyone signed in reads; administrators, managers and HR
 * write), acknowledgement campaigns (editors; completion within the caller's scope) and the caller's own obligations,
 * quiz and acknowledgement.
 */
package ru.navyk.api.kb;
