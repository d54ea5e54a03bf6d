/**
 * The single knowledge base of the contact centre (D/03.5 «единая база знаний»): articles, their immutable revisions
 * with an optional quiz on the change, the competency items an article supports, and acknowledgement campaigns that
 * oblige an audience to confirm they read a revision (D/03.5/LA06, D/01.5/LA05).
 */
package ru.navyk.domain.knowledge;
