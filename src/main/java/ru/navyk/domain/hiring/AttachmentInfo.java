package ru.navyk.domain.hiring;

import java.io.Serializable;
import java.time.Instant;

/** An attachment without its content, for lists (object types: the query builds it with a constructor expression). */
public record AttachmentInfo(Long id, Long candidateId, String fileName, String contentType, Long size,
                             Instant uploadedAt, String uploadedBy) implements Serializable {
}
