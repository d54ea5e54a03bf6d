package ru.navyk.domain.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.shared.InstantConverter;

/**
 * The record of one attempt to import the model files, kept whether it succeeded or not, so that an administrator can
 * see why the portal still serves an older version.
 */
@Entity
@Table(name = "model_import_attempt")
@NamedQuery(name = "ModelImportAttempt.findRecent",
        query = "SELECT a FROM ModelImportAttempt a ORDER BY a.attemptedAt DESC, a.id DESC")
public class ModelImportAttempt {

    /** How an attempt ended. */
    public enum Outcome {
        /** The files equal the current version: nothing was written. */
        UNCHANGED,
        /** A new model version was written. */
        IMPORTED,
        /** The files were invalid or could not be read: nothing was written. */
        FAILED
    }

    public static final int MESSAGE_LENGTH = 30000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempted_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "source", nullable = false, length = 1000)
    private String source;

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(name = "version_number")
    private Integer versionNumber;

    @Column(name = "message", length = MESSAGE_LENGTH)
    private String message;

    protected ModelImportAttempt() {
    }

    public ModelImportAttempt(Instant attemptedAt, Outcome outcome, String source, String contentHash,
                              Integer versionNumber, String message) {
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.source = source;
        this.contentHash = contentHash;
        this.versionNumber = versionNumber;
        this.message = message == null || message.length() <= MESSAGE_LENGTH ? message
                : message.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getSource() {
        return source;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public String getMessage() {
        return message;
    }
}
