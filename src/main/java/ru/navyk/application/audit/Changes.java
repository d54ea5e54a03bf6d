package ru.navyk.application.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields a change altered, old → new, collected by a service before it writes them to the audit trail. */
public final class Changes {

    /** One altered field. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    private final List<FieldChange> fields = new ArrayList<>();

    /** Notes {@code field} if its value differs. */
    public Changes compare(String field, Object oldValue, Object newValue) {
        String before = oldValue == null ? null : String.valueOf(oldValue);
        String after = newValue == null ? null : String.valueOf(newValue);
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field, before, after));
        }
        return this;
    }

    /** Notes every field of a new record. */
    public Changes created(String field, Object value) {
        return compare(field, null, value);
    }

    public List<FieldChange> fields() {
        return List.copyOf(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
