package ru.navyk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ru.navyk.domain.shared.RuleViolationException;

/** Puts bundle texts on the page as JSF messages, in the viewer's language. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "ru.navyk.i18n.messages";

    public void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Shows a refused rule next to its field when the form has one with that id, else at the top. */
    public void rule(String formId, RuleViolationException violation) {
        String field = violation.field() == null ? null : formId + ":" + violation.field();
        FacesContext context = FacesContext.getCurrentInstance();
        if (field != null && context.getViewRoot().findComponent(":" + field) == null) {
            field = null;
        }
        String label = violation.field() == null ? "" : text("field." + violation.field()) + ": ";
        context.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                label + text(violation.messageKey(), violation.arguments()), null));
        context.validationFailed();
    }

    public String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
