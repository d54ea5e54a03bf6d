package ru.navyk.domain.competency;

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

/** A labor function (трудовая функция, e.g. D/03.5) of one model version, with its ordered competency items. */
@Entity
@Table(name = "labor_function", uniqueConstraints = @UniqueConstraint(columnNames = {"model_version_id", "code"}))
public class LaborFunction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_version_id")
    private ModelVersion modelVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "generalized_function_id")
    private GeneralizedFunction generalizedFunction;

    @Column(name = "code", nullable = false, length = 20)
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

    @Column(name = "printed_code", length = 20)
    private String printedCode;

    @Column(name = "printed_level")
    private Integer printedLevel;

    @Column(name = "printed_name", length = ModelVersion.LONG_TEXT)
    private String printedName;

    @Column(name = "printed_heading", length = ModelVersion.LONG_TEXT)
    private String printedHeading;

    @ElementCollection
    @CollectionTable(name = "labor_function_other", joinColumns = @JoinColumn(name = "labor_function_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = ModelVersion.LONG_TEXT)
    private List<String> otherCharacteristics = new ArrayList<>();

    @OneToMany(mappedBy = "laborFunction", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<CompetencyItem> items = new ArrayList<>();

    protected LaborFunction() {
    }

    public LaborFunction(GeneralizedFunction generalizedFunction, String code, int position, int level,
                         String section, String name) {
        this.modelVersion = generalizedFunction.getModelVersion();
        this.generalizedFunction = generalizedFunction;
        this.code = code;
        this.position = position;
        this.level = level;
        this.section = section;
        this.name = name;
        generalizedFunction.add(this);
    }

    public void translate(String nameEn) {
        this.nameEn = nameEn;
    }

    public void describe(List<String> otherCharacteristics) {
        this.otherCharacteristics = new ArrayList<>(otherCharacteristics);
    }

    /** Records what the card prints where Navyk decided otherwise (ERRATA.md). */
    public void recordPrinted(String code, Integer level, String name, String heading) {
        this.printedCode = code;
        this.printedLevel = level;
        this.printedName = name;
        this.printedHeading = heading;
    }

    public Long getId() {
        return id;
    }

    public ModelVersion getModelVersion() {
        return modelVersion;
    }

    public GeneralizedFunction getGeneralizedFunction() {
        return generalizedFunction;
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

    public List<String> getOtherCharacteristics() {
        return List.copyOf(otherCharacteristics);
    }

    /** Items in card order: labor actions, skills, knowledge, each by position. */
    public List<CompetencyItem> getItems() {
        return items.stream()
                .sorted(java.util.Comparator.comparing(CompetencyItem::getKind)
                        .thenComparingInt(CompetencyItem::getPosition))
                .toList();
    }

    void add(CompetencyItem item) {
        items.add(item);
    }
}
