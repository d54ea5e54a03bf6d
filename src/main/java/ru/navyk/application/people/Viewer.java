package ru.navyk.application.people;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import ru.navyk.domain.people.Role;

/**
 * The authenticated caller as the access policy sees it.
 *
 * @param personId the caller's own person record, or {@code null} for accounts of no person (the first admin)
 */
public record Viewer(long accountId, String username, Long personId, Set<Role> roles) implements Serializable {

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isSelf(long otherPersonId) {
        return personId != null && personId == otherPersonId;
    }
}
