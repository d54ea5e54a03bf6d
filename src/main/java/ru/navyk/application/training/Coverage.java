package ru.navyk.application.training;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import ru.navyk.application.training.TrainingViews.CourseRef;
import ru.navyk.application.training.TrainingViews.EventRef;
import ru.navyk.domain.training.Course;
import ru.navyk.domain.training.EventStatus;
import ru.navyk.domain.training.TrainingEvent;

/**
 * Which courses and events cover a competency item. Items are matched by <b>code</b>, so a course written against
 * one edition of the model still covers the same item of a job profile pinned to another edition.
 */
final class Coverage {

    private final List<Course> courses;
    private final List<TrainingEvent> events;

    Coverage(Collection<Course> courses, Collection<TrainingEvent> upcomingEvents) {
        this.courses = courses.stream().filter(Course::isActive).toList();
        this.events = upcomingEvents.stream().filter(e -> e.getStatus() == EventStatus.PLANNED).toList();
    }

    List<Course> coursesFor(String itemCode) {
        return courses.stream().filter(c -> c.current().getItems().stream()
                .anyMatch(i -> i.getCode().equals(itemCode))).toList();
    }

    List<TrainingEvent> eventsFor(String itemCode) {
        return events.stream().filter(e -> e.getItems().stream().anyMatch(i -> i.getCode().equals(itemCode)))
                .toList();
    }

    List<CourseRef> courseRefs(String itemCode) {
        return coursesFor(itemCode).stream().map(Coverage::ref).toList();
    }

    List<EventRef> eventRefs(String itemCode) {
        return eventsFor(itemCode).stream().map(Coverage::ref).toList();
    }

    static CourseRef ref(Course course) {
        return new CourseRef(course.getId(), course.getSlug(), course.current().getTitle());
    }

    static EventRef ref(TrainingEvent event) {
        return new EventRef(event.getId(), event.getTopic(), event.getStartsAt());
    }

    static LocalDateTime upcomingFrom(java.time.Clock clock) {
        return java.time.LocalDate.now(clock).atStartOfDay();
    }
}
