package ru.navyk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.JsonbException;
import java.time.DateTimeException;
import org.junit.jupiter.api.Test;

/** How a body the JSON-B parser refused is described: its words, the property it names, no package names. */
class UnreadableBodyMapperTest {

    @Test
    void namesThePropertyAndTheRootOfTheProblem() {
        JsonbException refused = new JsonbException("Unable to deserialize property 'hireDate' because of: Error"
                + " parsing class java.time.LocalDate from value: 2024-13-45.", new JsonbException("Error parsing"
                + " class java.time.LocalDate", new DateTimeException("Invalid value for MonthOfYear (valid values"
                + " 1 - 12): 13")));

        assertEquals("hireDate", UnreadableBodyMapper.property(refused));
        assertEquals("Invalid value for MonthOfYear (valid values 1 - 12): 13", UnreadableBodyMapper.problem(refused));
    }

    @Test
    void cutsPackageNames() {
        JsonbException refused = new JsonbException("Internal error: No enum constant"
                + " ru.navyk.domain.competency.EducationLevel.PHD", new IllegalArgumentException("No enum constant"
                + " ru.navyk.domain.competency.EducationLevel.PHD"));

        assertNull(UnreadableBodyMapper.property(refused));
        assertEquals("No enum constant EducationLevel.PHD", UnreadableBodyMapper.problem(refused));
        assertEquals("Incorrect position for processing type: class PeopleRequests$PersonUpdate.",
                UnreadableBodyMapper.problem(new JsonbException("Incorrect position for processing type: class"
                        + " ru.navyk.api.people.PeopleRequests$PersonUpdate.")));
    }
}
