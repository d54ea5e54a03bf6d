/**
 * Probation (испытательный срок) of each new hire: its period (default three months, per person, extendable with a
 * reason), reminders before its end, and the supervisor's signed final assessment (D/03.5: «организация итоговой
 * оценки стажера по окончании испытательного срока»).
 */
package ru.navyk.domain.probation;
