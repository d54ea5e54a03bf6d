package ru.navyk.domain.onboarding;

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

/** One step of a template version; changes only together with its template. */
@Entity
@Table(name = "adaptation_template_step")
public class AdaptationTemplateStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private AdaptationTemplate template;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = StepDefinition.TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private StepKind kind;

    @Column(name = "due_day", nullable = false)
    private int dueDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible", nullable = false, length = 20)
    private ResponsibleRole responsible;

    @Column(name = "item_codes", length = 2000)
    private String itemCodes;

    @Column(name = "content_link", length = StepDefinition.LINK_LENGTH)
    private String contentLink;

    protected AdaptationTemplateStep() {
    }

    AdaptationTemplateStep(AdaptationTemplate template, int position, StepDefinition definition) {
        this.template = template;
        this.position = position;
        this.title = definition.title();
        this.kind = definition.kind();
        this.dueDay = definition.dueDay();
        this.responsible = definition.responsible();
        this.itemCodes = StepDefinition.joinCodes(definition.itemCodes());
        this.contentLink = definition.contentLink();
    }

    public StepDefinition definition() {
        return new StepDefinition(title, kind, dueDay, responsible, StepDefinition.splitCodes(itemCodes),
                contentLink);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }
}
