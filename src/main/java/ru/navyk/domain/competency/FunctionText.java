package ru.navyk.domain.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One verbatim line of a generalized-function card cell (a job title, an education requirement, …). */
@Embeddable
public class FunctionText {

    /** The card's cells that hold lists of lines. */
    public enum Kind {
        JOB_TITLE, EDUCATION, EXPERIENCE, SPECIAL_CONDITION, OTHER_CHARACTERISTIC
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "text", nullable = false, length = ModelVersion.LONG_TEXT)
    private String text;

    protected FunctionText() {
    }

    public FunctionText(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}
