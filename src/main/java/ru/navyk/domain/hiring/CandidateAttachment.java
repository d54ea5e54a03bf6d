package ru.navyk.domain.hiring;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A file about a candidate (a CV, a test result), kept in the database so every cluster node serves it. Only a few
 * document and image types are accepted, at most {@value #MAX_BYTES} bytes; the type is decided by the file name's
 * extension, never by what the browser claims, and served back with that type.
 */
@Entity
@Table(name = "candidate_attachment")
public class CandidateAttachment {

    /** 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Extension → content type of every accepted kind of file. */
    public static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "rtf", "application/rtf",
            "txt", "text/plain",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;

    @Column(name = "file_name", nullable = false, length = Lengths.TITLE)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Convert(converter = InstantConverter.class)
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = Lengths.USERNAME)
    private String uploadedBy;

    protected CandidateAttachment() {
    }

    public CandidateAttachment(Candidate candidate, String fileName, byte[] content, Instant uploadedAt,
                               String uploadedBy) {
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw new RuleViolationException("file", "rule.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("file", "rule.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        this.contentType = typeOf(name).orElseThrow(() -> new RuleViolationException("file",
                "rule.attachment.type", String.join(", ", TYPES.keySet().stream().sorted().toList())));
        this.candidate = candidate;
        this.fileName = name;
        this.content = content.clone();
        this.size = content.length;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    /** The content type of an accepted file name, by its extension. */
    public static Optional<String> typeOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Only the last path segment, without control characters or quotes, which would break the download header. */
    static String cleanName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new RuleViolationException("file", "rule.required");
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            throw new RuleViolationException("file", "rule.required");
        }
        return name.length() > Lengths.TITLE ? name.substring(name.length() - Lengths.TITLE) : name;
    }

    public Long getId() {
        return id;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
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
