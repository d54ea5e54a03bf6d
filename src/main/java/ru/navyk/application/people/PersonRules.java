package ru.navyk.application.people;

import java.time.LocalDate;
import java.util.regex.Pattern;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.shared.RuleViolationException;

/** Field rules for people data, shared by the forms, the REST API and the CSV import's service side. */
public final class PersonRules {

    /** Pragmatic e-mail shape: one «@», a local part, a domain with a dot, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]+");

    private PersonRules() {
    }

    static void check(PersonForm form, LocalDate today, boolean creating) {
        required("lastName", form.lastName(), Lengths.NAME);
        required("firstName", form.firstName(), Lengths.NAME);
        optional("middleName", form.middleName(), Lengths.NAME);
        required("email", form.email(), Lengths.EMAIL);
        checkContacts(form.email(), form.phone());
        optional("personnelNumber", form.personnelNumber(), Lengths.PERSONNEL_NUMBER);
        if (form.hireDate() == null) {
            throw new RuleViolationException("hireDate", "rule.required");
        }
        if (form.hireDate().isAfter(today)) {
            throw new RuleViolationException("hireDate", "rule.date.future");
        }
        if (creating) {
            required("positionTitle", form.positionTitle(), Lengths.TITLE);
        }
        checkLevel(form.qualificationLevel());
    }

    /**
     * The shape of an e-mail (required) and of a phone number (optional), for anyone whose contacts Navyk keeps:
     * employees, and candidates who may become employees.
     */
    public static void checkContacts(String email, String phone) {
        required("email", email, Lengths.EMAIL);
        if (!EMAIL.matcher(email.strip()).matches()) {
            throw new RuleViolationException("email", "rule.email.invalid");
        }
        optional("phone", phone, Lengths.PHONE);
        if (phone != null && !phone.isBlank()) {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone.strip()).matches() || digits < 10 || digits > 15) {
                throw new RuleViolationException("phone", "rule.phone.invalid");
            }
        }
    }

    static void checkLevel(Integer level) {
        if (level != null && (level < 1 || level > 9)) {
            throw new RuleViolationException("qualificationLevel", "rule.level.range");
        }
    }

    static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "rule.required");
        }
        optional(field, value, max);
    }

    static void optional(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new RuleViolationException(field, "rule.tooLong", max);
        }
    }
}
