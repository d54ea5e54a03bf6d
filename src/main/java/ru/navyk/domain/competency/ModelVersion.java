package ru.navyk.domain.competency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.shared.InstantConverter;
import java.util.ArrayList;
import java.util.List;

/**
 * One imported state of the competency-model files. Versions are numbered 1, 2, … and never changed after import:
 * job profiles, assessments and plans point at the items of a version, so a new edition of the files adds a version
 * instead of rewriting the one people were assessed against. The highest number is the current model.
 */
@Entity
@Table(name = "model_version")
@NamedQuery(name = "ModelVersion.findLatest",
        query = "SELECT v FROM ModelVersion v WHERE v.number = (SELECT MAX(w.number) FROM ModelVersion w)")
@NamedQuery(name = "ModelVersion.findAll", query = "SELECT v FROM ModelVersion v ORDER BY v.number DESC")
public class ModelVersion {

    public static final int LONG_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false, unique = true)
    private int number;

    @Column(name = "standard_key", nullable = false, length = 100)
    private String standardKey;

    @Column(name = "title", nullable = false, length = LONG_TEXT)
    private String title;

    @Column(name = "title_en", length = LONG_TEXT)
    private String titleEn;

    @Column(name = "approval", length = LONG_TEXT)
    private String approval;

    @Column(name = "registration_number", length = 50)
    private String registrationNumber;

    @Column(name = "activity_kind", length = LONG_TEXT)
    private String activityKind;

    @Column(name = "main_purpose", length = LONG_TEXT)
    private String mainPurpose;

    @Column(name = "okved_codes", length = LONG_TEXT)
    private String okvedCodes;

    @Column(name = "okved_name", length = LONG_TEXT)
    private String okvedName;

    @ElementCollection
    @CollectionTable(name = "model_occupation_group", joinColumns = @JoinColumn(name = "model_version_id"))
    @OrderColumn(name = "position")
    private List<Classification> occupationGroups = new ArrayList<>();

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "source", nullable = false, length = 1000)
    private String source;

    @Column(name = "imported_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant importedAt;

    @OneToMany(mappedBy = "modelVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<GeneralizedFunction> generalizedFunctions = new ArrayList<>();

    protected ModelVersion() {
    }

    public ModelVersion(int number, String standardKey, String title, String contentHash, String source,
                        Instant importedAt) {
        this.number = number;
        this.standardKey = standardKey;
        this.title = title;
        this.contentHash = contentHash;
        this.source = source;
        this.importedAt = importedAt;
    }

    /** Fills in the standard's header (section 1), verbatim. */
    public void describe(String titleEn, String approval, String registrationNumber, String activityKind,
                         String mainPurpose, String okvedCodes, String okvedName, List<Classification> groups) {
        this.titleEn = titleEn;
        this.approval = approval;
        this.registrationNumber = registrationNumber;
        this.activityKind = activityKind;
        this.mainPurpose = mainPurpose;
        this.okvedCodes = okvedCodes;
        this.okvedName = okvedName;
        this.occupationGroups = new ArrayList<>(groups);
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getStandardKey() {
        return standardKey;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getApproval() {
        return approval;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getActivityKind() {
        return activityKind;
    }

    public String getMainPurpose() {
        return mainPurpose;
    }

    public String getOkvedCodes() {
        return okvedCodes;
    }

    public String getOkvedName() {
        return okvedName;
    }

    public List<Classification> getOccupationGroups() {
        return List.copyOf(occupationGroups);
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSource() {
        return source;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public List<GeneralizedFunction> getGeneralizedFunctions() {
        return List.copyOf(generalizedFunctions);
    }

    void add(GeneralizedFunction function) {
        generalizedFunctions.add(function);
    }
}
