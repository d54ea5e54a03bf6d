package ru.navyk.domain.probation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.navyk.domain.assessment.Proficiency;

/** The rating of one labor function in a final assessment. */
@Entity
@Table(name = "final_assessment_rating")
public class FunctionRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id")
    private FinalAssessment assessment;

    @Column(name = "labor_function_code", nullable = false, length = 20)
    private String laborFunctionCode;

    @Column(name = "proficiency", nullable = false)
    private int proficiency;

    protected FunctionRating() {
    }

    FunctionRating(FinalAssessment assessment, String laborFunctionCode, Proficiency proficiency) {
        this.assessment = assessment;
        this.laborFunctionCode = laborFunctionCode;
        this.proficiency = proficiency.points();
    }

    public String getLaborFunctionCode() {
        return laborFunctionCode;
    }

    public Proficiency getProficiency() {
        return Proficiency.of(proficiency);
    }
}
