package ru.navyk.api.caseexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseIdentifiersTest {

    @Test
    void sameCodeGivesSameVersion5Identifier() {
        UUID first = CaseIdentifiers.of("contact-centre-specialist", "lf", "D/03.5");
        UUID second = CaseIdentifiers.of("contact-centre-specialist", "lf", "D/03.5");

        assertEquals(first, second);
        assertEquals(5, first.version());
        assertEquals(2, first.variant());
    }

    @Test
    void differentCodesOrKindsGiveDifferentIdentifiers() {
        assertNotEquals(CaseIdentifiers.of("k", "lf", "A/01.3"), CaseIdentifiers.of("k", "lf", "A/02.3"));
        assertNotEquals(CaseIdentifiers.of("k", "gf", "A"), CaseIdentifiers.of("k", "item", "A"));
    }

    @Test
    void matchesTheRfc4122Algorithm() {
        // RFC 4122 appendix B style check: the DNS namespace and "www.example.com" give this well-known v5 UUID.
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"),
                CaseIdentifiers.nameBased(dns, "www.example.com"));
    }
}
