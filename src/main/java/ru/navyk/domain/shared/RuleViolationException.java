package ru.navyk.domain.shared;

/**
 * A business rule refuses the input. {@code messageKey} names the explanation in the message bundle
 * ({@code rule.*}), {@code field} the input it concerns (or {@code null} for the whole form).
 */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
