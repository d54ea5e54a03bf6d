package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.application.assessment.EvidenceRecorder;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyCodes;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.knowledge.CompetencyLink;
import ru.navyk.domain.knowledge.Obligation;
import ru.navyk.domain.knowledge.QuizAttempt;

/**
 * A passed quiz on a knowledge-base change is evidence: the person shows, without help, the knowledge the article is
 * linked to. It rates the article's linked knowledge items ({@code …/KNnn}) of the current model at
 * {@link Proficiency#INDEPENDENT}, as a test confirms (never lowering a higher rating a mentor or manager gave).
 * Links to whole labor functions, actions and skills are not rated: a quiz checks knowing, not doing.
 */
@ApplicationScoped
public class QuizEvidence {

    static final Proficiency ON_PASS = Proficiency.INDEPENDENT;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private EvidenceRecorder recorder;

    /** Records the pass of {@code attempt}; the caller's transaction holds the attempt and the evidence together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordPass(String actor, Obligation obligation, QuizAttempt attempt, LocalDate passedOn) {
        List<String> knowledgeCodes = obligation.getArticle().getLinks().stream().map(CompetencyLink::getCode)
                .filter(code -> CompetencyCodes.ITEM.matcher(code).matches())
                .filter(code -> code.contains("/" + ItemKind.KNOWLEDGE.tag()))
                .sorted().toList();
        Long modelId = models.findLatestId().orElse(null);
        if (knowledgeCodes.isEmpty() || modelId == null) {
            return;
        }
        Map<CompetencyItem, Proficiency> tested = new LinkedHashMap<>();
        models.findItemsByCode(modelId, knowledgeCodes).forEach(item -> tested.put(item, ON_PASS));
        recorder.confirmByTest(actor, obligation.getPerson(), EvidenceSource.KNOWLEDGE_QUIZ, attempt.getId(),
                obligation.getRevision().getTitle(), passedOn, tested, null,
                attempt.getCorrect() + "/" + attempt.getTotal());
    }
}
