package ru.navyk.web.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import ru.navyk.application.training.CourseCatalogService;
import ru.navyk.application.training.TrainingViews.CourseDraft;
import ru.navyk.application.training.TrainingViews.LessonDraft;
import ru.navyk.application.training.TrainingViews.QuestionDraft;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.QuestionKind;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /training/edit.xhtml?slug=…}: the course editor (HR, administrators, managers). Title, description,
 * lesson texts and test questions are edited; saving creates a new version, earlier attempts keep theirs.
 */
@Named
@ViewScoped
public class CourseEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalogService catalogue;

    @Inject
    private Messages messages;

    private String slug;
    private int basedOn;
    private String title;
    private String description;
    private List<EditableLesson> lessons = new ArrayList<>();
    private List<EditableQuestion> questions = new ArrayList<>();

    /** A lesson in the form. */
    public static final class EditableLesson implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String markdown;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getMarkdown() {
            return markdown;
        }

        public void setMarkdown(String markdown) {
            this.markdown = markdown;
        }
    }

    /** A question in the form: options one per line, correct options as numbers («1, 3»). */
    public static final class EditableQuestion implements Serializable {
        private static final long serialVersionUID = 1L;
        private QuestionKind kind;
        private String text;
        private String explanation;
        private String options;
        private String correct;

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getExplanation() {
            return explanation;
        }

        public void setExplanation(String explanation) {
            this.explanation = explanation;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public String getCorrect() {
            return correct;
        }

        public void setCorrect(String correct) {
            this.correct = correct;
        }
    }

    /** View action. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            CourseDraft draft = catalogue.draft(slug);
            basedOn = catalogue.course(slug).course().versionNumber();
            title = draft.title();
            description = draft.description();
            lessons = new ArrayList<>();
            for (LessonDraft lesson : draft.lessons()) {
                EditableLesson editable = new EditableLesson();
                editable.setTitle(lesson.title());
                editable.setMarkdown(lesson.markdown());
                lessons.add(editable);
            }
            questions = new ArrayList<>();
            for (QuestionDraft question : draft.questions()) {
                EditableQuestion editable = new EditableQuestion();
                editable.setKind(question.kind());
                editable.setText(question.text());
                editable.setExplanation(question.explanation());
                editable.setOptions(String.join("\n", question.options()));
                editable.setCorrect(String.join(", ", question.correct().stream().map(String::valueOf).toList()));
                questions.add(editable);
            }
        } catch (NotFoundException | AccessDeniedException e) {
            Pages.notFound();
        }
    }

    public void addLesson() {
        lessons.add(new EditableLesson());
    }

    public void addQuestion() {
        EditableQuestion question = new EditableQuestion();
        question.setKind(QuestionKind.SINGLE);
        questions.add(question);
    }

    public void save() {
        int[] saved = new int[1];
        if (Actions.run(messages, "course", () -> saved[0] = catalogue.saveVersion(slug, basedOn, draft()))) {
            Pages.redirect("/training/course.xhtml?slug=" + slug);
        }
    }

    private CourseDraft draft() {
        List<LessonDraft> lessonDrafts = lessons.stream().filter(l -> !blank(l.getTitle()) || !blank(l.getMarkdown()))
                .map(l -> new LessonDraft(l.getTitle(), l.getMarkdown())).toList();
        List<QuestionDraft> questionDrafts = new ArrayList<>();
        for (EditableQuestion q : questions) {
            if (blank(q.getText()) && blank(q.getOptions())) {
                continue;
            }
            List<String> options = q.getOptions() == null ? List.of()
                    : Arrays.stream(q.getOptions().split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList();
            Set<Integer> correct = new TreeSet<>();
            if (q.getCorrect() != null) {
                for (String number : q.getCorrect().split("[,;\\s]+")) {
                    if (!number.isBlank()) {
                        if (!number.strip().matches("\\d{1,2}")) {
                            throw new RuleViolationException("correct", "rule.training.correctCount",
                                    questionDrafts.size() + 1);
                        }
                        correct.add(Integer.valueOf(number.strip()));
                    }
                }
            }
            questionDrafts.add(new QuestionDraft(q.getKind(), q.getText(), q.getExplanation(), options, correct));
        }
        return new CourseDraft(title, description, lessonDrafts, questionDrafts);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public int getBasedOn() {
        return basedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<EditableLesson> getLessons() {
        return lessons;
    }

    public List<EditableQuestion> getQuestions() {
        return questions;
    }
}
