/**
 * The knowledge base's services: reading and searching articles (Markdown rendered to sanitised HTML), editing them
 * as revisions, comparing revisions, acknowledgement campaigns (audience resolution, supersession, completion,
 * reminders, the audit report) and the agent's acknowledgement with its optional quiz.
 */
package ru.navyk.application.knowledge;
