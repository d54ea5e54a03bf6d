package ru.navyk.application.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.qualification.DecisionSource;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.LevelDecisionRepository;

/**
 * The one writer of level decisions. Callers (the probation assessment, the qualification review) have already
 * checked that the decider manages the person ({@code AccessPolicy.manages}); the recorder joins their transaction
 * and audits the decision.
 */
@ApplicationScoped
public class LevelDecisionRecorder {

    static final String AUDIT_ENTITY = "Person";

    @Inject
    private LevelDecisionRepository decisions;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** @param actor the username the audit trail names */
    @Transactional(Transactional.TxType.MANDATORY)
    public LevelDecision record(String actor, Person person, GeneralizedFunction function,
                                LevelDecision.Outcome outcome, DecisionSource source, Long sourceId,
                                Person decidedBy, String decidedByName, LocalDate decidedOn, String reason) {
        LevelDecision decision = new LevelDecision(person, function, outcome, source, sourceId, decidedBy,
                decidedByName, decidedOn, reason, clock.instant());
        decisions.add(decision);
        audit.record(actor, "LEVEL_DECISION", AUDIT_ENTITY, person.getId(), person.getFullName(), new Changes()
                .created("level." + function.getCode(), outcome.name() + " " + function.getLevel())
                .created("reason", decision.getReason()));
        return decision;
    }
}
