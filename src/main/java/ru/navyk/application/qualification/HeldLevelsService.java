package ru.navyk.application.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.domain.qualification.DecisionSource;
import ru.navyk.domain.qualification.HeldLevels;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.LevelDecisionRepository;

/** The levels a person holds ({@link HeldLevels}), for whoever may see the person. */
@ApplicationScoped
@Transactional
public class HeldLevelsService {

    @Inject
    private LevelDecisionRepository decisions;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    /** A level held, by the decision that granted it. */
    public record HeldLevelView(String functionCode, int level, LocalDate since, String decidedByName,
                                DecisionSource source, String reason) implements Serializable {
    }

    public List<HeldLevelView> heldBy(long personId) {
        access.visiblePerson(currentUser.viewer(), personId);
        HeldLevels held = HeldLevels.of(decisions.findByPerson(personId));
        return held.functionCodes().stream().map(code -> held.holding(code).orElseThrow())
                .map(HeldLevelsService::view).toList();
    }

    private static HeldLevelView view(LevelDecision d) {
        return new HeldLevelView(d.getFunctionCode(), d.getLevel(), d.getDecidedOn(), d.getDecidedByName(),
                d.getSource(), d.getReason());
    }
}
