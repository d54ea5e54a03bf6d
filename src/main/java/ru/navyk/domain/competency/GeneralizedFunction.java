package ru.navyk.domain.competency;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A generalized labor function (обобщенная трудовая функция, A–E) of one model version, with the card's verbatim
 * cells and Navyk's machine-readable reading of its requirements.
 */
@Entity
@Table(name = "generalized_function",
        uniqueConstraints = @UniqueConstraint(columnNames = {"model_version_id", "code"}))
public class GeneralizedFunction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_version_id")
    private ModelVersion modelVersion;

    @Column(name = "code", nullable = false, length = 10)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "qualification_level", nullable = false)
    private int level;

    @Column(name = "section", nullable = false, length = 20)
    private String section;

    @Column(name = "name", nullable = false, length = ModelVersion.LONG_TEXT)
    private String name;

    @Column(name = "name_en", length = ModelVersion.LONG_TEXT)
    private String nameEn;

    @Column(name = "origin", length = 200)
    private String origin;

    @Column(name = "printed_code", length = 20)
    private String printedCode;

    @Column(name = "printed_level")
    private Integer printedLevel;

    @Column(name = "printed_name", length = ModelVersion.LONG_TEXT)
    private String printedName;

    @Column(name = "printed_heading", length = ModelVersion.LONG_TEXT)
    private String printedHeading;

    @Column(name = "experience_months")
    private Integer experienceMonths;

    @Column(name = "experience_min_level")
    private Integer experienceMinLevel;

    @Column(name = "experience_description", length = ModelVersion.LONG_TEXT)
    private String experienceDescription;

    @Column(name = "upskilling_every_years")
    private Integer upskillingEveryYears;

    @ElementCollection
    @CollectionTable(name = "generalized_function_text", joinColumns = @JoinColumn(name = "generalized_function_id"))
    @OrderColumn(name = "position")
    private List<FunctionText> texts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "generalized_function_classification",
            joinColumns = @JoinColumn(name = "generalized_function_id"))
    @OrderColumn(name = "position")
    private List<Classification> classifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "generalized_function_education",
            joinColumns = @JoinColumn(name = "generalized_function_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "minLevel", column = @Column(name = "min_level"))
    private List<EducationOption> educationOptions = new ArrayList<>();

    @OneToMany(mappedBy = "generalizedFunction", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<LaborFunction> laborFunctions = new ArrayList<>();

    protected GeneralizedFunction() {
    }

    public GeneralizedFunction(ModelVersion modelVersion, String code, int position, int level, String section,
                               String name) {
        this.modelVersion = modelVersion;
        this.code = code;
        this.position = position;
        this.level = level;
        this.section = section;
        this.name = name;
        modelVersion.add(this);
    }

    public void translate(String nameEn) {
        this.nameEn = nameEn;
    }

    public void describe(String origin, List<FunctionText> texts, List<Classification> classifications) {
        this.origin = origin;
        this.texts = new ArrayList<>(texts);
        this.classifications = new ArrayList<>(classifications);
    }

    /** Records what the card prints where Navyk decided otherwise (ERRATA.md). */
    public void recordPrinted(String code, Integer level, String name, String heading) {
        this.printedCode = code;
        this.printedLevel = level;
        this.printedName = name;
        this.printedHeading = heading;
    }

    public void require(List<EducationOption> education, Integer experienceMonths, Integer experienceMinLevel,
                        String experienceDescription, Integer upskillingEveryYears) {
        this.educationOptions = new ArrayList<>(education);
        this.experienceMonths = experienceMonths;
        this.experienceMinLevel = experienceMinLevel;
        this.experienceDescription = experienceDescription;
        this.upskillingEveryYears = upskillingEveryYears;
    }

    public Long getId() {
        return id;
    }

    public ModelVersion getModelVersion() {
        return modelVersion;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public int getLevel() {
        return level;
    }

    public String getSection() {
        return section;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getOrigin() {
        return origin;
    }

    public String getPrintedCode() {
        return printedCode;
    }

    public Integer getPrintedLevel() {
        return printedLevel;
    }

    public String getPrintedName() {
        return printedName;
    }

    public String getPrintedHeading() {
        return printedHeading;
    }

    public Integer getExperienceMonths() {
        return experienceMonths;
    }

    public Integer getExperienceMinLevel() {
        return experienceMinLevel;
    }

    public String getExperienceDescription() {
        return experienceDescription;
    }

    public Integer getUpskillingEveryYears() {
        return upskillingEveryYears;
    }

    public List<String> texts(FunctionText.Kind kind) {
        return texts.stream().filter(t -> t.getKind() == kind).map(FunctionText::getText).toList();
    }

    public List<Classification> getClassifications() {
        return List.copyOf(classifications);
    }

    public List<EducationOption> getEducationOptions() {
        return List.copyOf(educationOptions);
    }

    public List<LaborFunction> getLaborFunctions() {
        return List.copyOf(laborFunctions);
    }

    void add(LaborFunction function) {
        laborFunctions.add(function);
    }
}
