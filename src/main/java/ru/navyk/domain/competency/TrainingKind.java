package ru.navyk.domain.competency;

/** Kinds of professional training and additional professional education the standard's education cells name. */
public enum TrainingKind {
    /** Краткосрочное обучение или инструктаж. */
    SHORT_TRAINING,
    /** Профессиональное обучение (программы профессиональной подготовки, переподготовки, повышения квалификации). */
    PROFESSIONAL_TRAINING,
    /** Дополнительное профессиональное образование — программы повышения квалификации. */
    UPSKILLING,
    /** Дополнительное профессиональное образование — программы профессиональной переподготовки. */
    RETRAINING
}
