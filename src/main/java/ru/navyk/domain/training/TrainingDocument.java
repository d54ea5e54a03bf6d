package ru.navyk.domain.training;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.TrainingRecord;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * The document proving an upskilling (удостоверение о повышении квалификации, a certificate), kept beside the
 * person's {@link TrainingRecord}. Only PDF, JPEG and PNG up to {@value #MAX_BYTES} bytes are accepted, recognised by
 * their content, not by the name the browser sends.
 */
@Entity
@Table(name = "training_document")
public class TrainingDocument {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "png", "image/png");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "training_record_id")
    private TrainingRecord record;

    @Column(name = "file_name", nullable = false, length = Lengths.TITLE)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Convert(converter = InstantConverter.class)
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = Lengths.USERNAME)
    private String uploadedBy;

    protected TrainingDocument() {
    }

    public TrainingDocument(TrainingRecord record, String fileName, byte[] content, String uploadedBy,
                            Instant uploadedAt) {
        this.contentType = typeOf(fileName, content)
                .orElseThrow(() -> new RuleViolationException("document", "rule.training.documentType"));
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("document", "rule.training.documentSize", MAX_BYTES / 1024 / 1024);
        }
        String name = fileName.replaceAll("[\\\\/]", "_").strip();
        this.fileName = name.length() > Lengths.TITLE ? name.substring(name.length() - Lengths.TITLE) : name;
        this.record = record;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** The content type when the name's extension and the file's first bytes agree on PDF, JPEG or PNG. */
    static Optional<String> typeOf(String fileName, byte[] content) {
        if (fileName == null || content == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return Optional.empty();
        }
        boolean matches = switch (type) {
            case "application/pdf" -> startsWith(content, 0x25, 0x50, 0x44, 0x46);
            case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            default -> startsWith(content, 0x89, 0x50, 0x4E, 0x47);
        };
        return matches ? Optional.of(type) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    public Long getId() {
        return id;
    }

    public TrainingRecord getRecord() {
        return record;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
