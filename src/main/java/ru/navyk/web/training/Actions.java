package ru.navyk.web.training;

import jakarta.faces.application.FacesMessage;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;

/** Runs a page's change and turns a refusal into a message on the page instead of an error page. */
final class Actions {

    private Actions() {
    }

    /** @return whether the change went through */
    static boolean run(Messages messages, String formId, Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuleViolationException e) {
            messages.rule(formId, e);
        } catch (ConcurrentEditException e) {
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        } catch (NotFoundException e) {
            messages.add(null, FacesMessage.SEVERITY_ERROR, "training.notFound");
        }
        return false;
    }

    /** Reads a numeric request parameter, or {@code null}. */
    static Long id(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
