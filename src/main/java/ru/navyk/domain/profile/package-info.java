/**
 * Job profiles (профили должностей): the positions of this contact centre, each a series of immutable published
 * versions that say which labor functions of which model version the position covers, the proficiency required on
 * each item, and the education and experience asked for. People, candidates and assessments point at a version, so
 * editing a profile never changes what someone was assessed against.
 */
package ru.navyk.domain.profile;
