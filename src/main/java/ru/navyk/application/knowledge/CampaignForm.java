package ru.navyk.application.knowledge;

import java.time.LocalDate;
import java.util.List;
import ru.navyk.domain.knowledge.AudienceKind;
import ru.navyk.domain.knowledge.QuizQuestion;

/**
 * A request for acknowledgement of an article's current revision: the audience (kind and values), the deadline, and
 * optionally a short quiz on the change.
 */
public record CampaignForm(AudienceKind audienceKind, List<String> audienceValues, LocalDate deadline,
                           List<QuizQuestion.Definition> questions) {

    public CampaignForm {
        audienceValues = audienceValues == null ? List.of() : List.copyOf(audienceValues.stream()
                .filter(v -> v != null).toList());
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
