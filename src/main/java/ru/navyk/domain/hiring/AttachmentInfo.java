package ru.navyk.domain.hiring;

import java.time.Instant;

/** An attachment without its content, for lists. */
public record AttachmentInfo(long id, long candidateId, String fileName, String contentType, long size,
                             Instant uploadedAt, String uploadedBy) {
}
