package ru.navyk.api.kb;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.application.knowledge.ArticleForm;
import ru.navyk.application.knowledge.CampaignForm;
import ru.navyk.domain.knowledge.AudienceKind;
import ru.navyk.domain.knowledge.QuizQuestion;
import ru.navyk.domain.shared.RuleViolationException;

/** Request bodies of the knowledge-base API. Dates are ISO strings ({@code 2026-06-01}). */
public final class KbRequests {

    private KbRequests() {
    }

    /**
     * An article as created ({@code version} ignored) or changed ({@code version} required: the one the caller read).
     */
    public record ArticleBody(Long version, String title, String body, String summary, Boolean major,
                              List<String> tags, List<String> links) {

        ArticleForm form() {
            return new ArticleForm(title, body, summary, major == null || major, tags, links);
        }
    }

    /** A quiz question: the options in order and the 0-based index of the right one. */
    public record QuestionBody(String question, List<String> options, Integer correctOption) {

        QuizQuestion.Definition definition() {
            return new QuizQuestion.Definition(question, options == null ? List.of() : options,
                    correctOption == null ? -1 : correctOption);
        }
    }

    /**
     * A request for acknowledgement of the article's current revision. {@code audienceValues} are team ids, labor
     * function codes, person ids or position titles, as {@code audienceKind} says.
     */
    public record CampaignBody(AudienceKind audienceKind, List<String> audienceValues, LocalDate deadline,
                               List<QuestionBody> questions) {

        CampaignForm form() {
            return new CampaignForm(audienceKind, audienceValues, deadline, questions == null ? List.of()
                    : questions.stream().map(QuestionBody::definition).toList());
        }
    }

    /** Answers to a quiz: the 0-based option chosen for each question, in order. */
    public record QuizBody(List<Integer> answers) {
    }

    static <T> T present(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolationException(field, "rule.required");
        }
        return value;
    }
}
