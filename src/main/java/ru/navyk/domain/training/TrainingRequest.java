package ru.navyk.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/**
 * D/03.5/LA10: «формирование запроса на обучение … при внедрении изменений, появлении новых продуктов и услуг». A
 * change (a knowledge-base revision, a new product) touched these competency items; the request lists the people
 * whose current job profile requires any of them. The courses and events that cover the items are looked up when the
 * request is shown, so a course added later appears too.
 */
@Entity
@Table(name = "training_request")
public class TrainingRequest {

    public static final int SOURCE_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = Lengths.USERNAME)
    private String createdBy;

    @Column(name = "reason", nullable = false, length = Lengths.NOTE)
    private String reason;

    /** What raised it: {@code NEW_PRODUCT}, {@code CHANGE}, {@code KNOWLEDGE_BASE:<article>}… */
    @Column(name = "source", nullable = false, length = SOURCE_LENGTH)
    private String source;

    @ManyToMany
    @JoinTable(name = "training_request_item", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<CompetencyItem> items = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "training_request_person", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> people = new LinkedHashSet<>();

    protected TrainingRequest() {
    }

    public TrainingRequest(String reason, String source, Collection<CompetencyItem> items,
                           Collection<Person> people, String createdBy, Instant createdAt) {
        this.reason = reason.strip();
        this.source = source.length() > SOURCE_LENGTH ? source.substring(0, SOURCE_LENGTH) : source;
        this.items.addAll(items);
        this.people.addAll(people);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getReason() {
        return reason;
    }

    public String getSource() {
        return source;
    }

    public List<CompetencyItem> getItems() {
        return items.stream().sorted(Comparator.comparing(CompetencyItem::getCode)).toList();
    }

    public List<Person> getPeople() {
        return people.stream().sorted(Comparator.comparing(Person::getFullName)).toList();
    }
}
