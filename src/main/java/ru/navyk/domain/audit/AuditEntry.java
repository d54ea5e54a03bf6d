package ru.navyk.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.shared.InstantConverter;

/**
 * One recorded change: who, when, which record, which field, old value → new value. Entries have no setters and the
 * repository has no update or delete, so the trail can only grow.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int VALUE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", length = 60)
    private String entityId;

    @Column(name = "entity_label", length = 300)
    private String entityLabel;

    @Column(name = "field", length = 100)
    private String field;

    @Column(name = "old_value", length = VALUE_LENGTH)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_LENGTH)
    private String newValue;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String entityType, String entityId,
                      String entityLabel, String field, String oldValue, String newValue) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityLabel = clip(entityLabel, 300);
        this.field = field;
        this.oldValue = clip(oldValue, VALUE_LENGTH);
        this.newValue = clip(newValue, VALUE_LENGTH);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
