package ru.navyk.api.training;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.training.AssignmentTarget;
import ru.navyk.domain.training.EventKind;

/** Request bodies of the training API. */
public final class TrainingBodies {

    private TrainingBodies() {
    }

    /** @param answers question id → chosen option ids */
    public record SubmitBody(Map<String, List<Long>> answers) {
    }

    public record AssignmentBody(String courseSlug, AssignmentTarget target, Long teamId, Long jobProfileId,
                                 List<Long> personIds, LocalDate dueOn, String note) {
    }

    public record EventBody(EventKind kind, String topic, String description, LocalDateTime startsAt,
                            Integer durationMinutes, String place, Integer capacity, String audience,
                            Proficiency proficiencyOnAttendance, Long trainerId, List<Long> itemIds) {
    }

    public record RegistrationBody(Long personId) {
    }

    public record AttendanceBody(Long version, List<Mark> marks) {
        /** @param rating the trainer's rating, for on-the-job coaching */
        public record Mark(Long personId, boolean attended, Proficiency rating) {
        }
    }

    public record RequestBody(Set<Long> itemIds, String reason, String source) {
    }

    public record Created(long id) {
    }

    public record Registered(String status) {
    }

    public record Count(int written) {
    }

    static <T> T present(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
