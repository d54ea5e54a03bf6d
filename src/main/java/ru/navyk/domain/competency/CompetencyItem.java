package ru.navyk.domain.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A labor action, required skill or required knowledge of a labor function, verbatim from the standard. This is what
 * every rating in Navyk points at; its id belongs to one model version and never changes meaning.
 */
@Entity
@Table(name = "competency_item", uniqueConstraints = @UniqueConstraint(columnNames = {"model_version_id", "code"}))
public class CompetencyItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_version_id")
    private ModelVersion modelVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "labor_function_id")
    private LaborFunction laborFunction;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false, length = ModelVersion.LONG_TEXT)
    private String text;

    @Column(name = "text_en", length = ModelVersion.LONG_TEXT)
    private String textEn;

    protected CompetencyItem() {
    }

    public CompetencyItem(LaborFunction laborFunction, ItemKind kind, String code, int position, String text,
                          String textEn) {
        this.modelVersion = laborFunction.getModelVersion();
        this.laborFunction = laborFunction;
        this.kind = kind;
        this.code = code;
        this.position = position;
        this.text = text;
        this.textEn = textEn;
        laborFunction.add(this);
    }

    public Long getId() {
        return id;
    }

    public ModelVersion getModelVersion() {
        return modelVersion;
    }

    public LaborFunction getLaborFunction() {
        return laborFunction;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getTextEn() {
        return textEn;
    }
}
