package ru.navyk.benchmark.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import ru.navyk.benchmark.data.CentrePlan.PersonPlan;

/**
 * Qualification levels held (shared core's {@code level_decision}): everyone past probation in a position of the
 * standard was granted its generalized function's level by their manager three months after starting it (from the
 * probation assessment for operators, from a qualification review for later positions); supervisors and senior
 * operators also hold level 3 of function A from their operator years. The head's level is nobody's decision
 * inside the centre, so the head has none.
 */
final class LevelDecisionData implements FeatureData {

    @Override
    public String name() {
        return "levels";
    }

    @Override
    public void write(Generation g) throws SQLException {
        CentrePlan plan = g.plan();
        try (BatchInsert decision = new BatchInsert(g.connection(), "level_decision", "id", "person_id",
                "generalized_function_id", "function_code", "qualification_level", "outcome", "source", "source_id",
                "decided_by_id", "decided_by_name", "decided_on", "reason", "recorded_at")) {
            for (PersonPlan p : plan.persons) {
                Kind kind = p.kind();
                if (kind.functionCode == null || kind == Kind.HEAD || p.hired().plusDays(90).isAfter(plan.asOf)) {
                    continue;
                }
                PersonPlan manager = plan.persons.get(kind == Kind.SUPERVISOR || p.team() == 0 ? 0
                        : plan.teams.get(p.team()).supervisor());
                if (p.promoted() != null) {
                    row(g, decision, p, "A", Kind.AGENT.level, "PROBATION_ASSESSMENT", manager,
                            p.hired().plusDays(90), "Итоговая оценка по окончании испытательного срока");
                }
                boolean first = p.promoted() == null;
                LocalDate decidedOn = p.positionSince().plusDays(90);
                if (decidedOn.isAfter(plan.asOf)) {
                    decidedOn = plan.asOf;
                }
                row(g, decision, p, kind.functionCode, kind.level, first ? "PROBATION_ASSESSMENT"
                        : "QUALIFICATION_REVIEW", manager, decidedOn, first
                        ? "Итоговая оценка по окончании испытательного срока"
                        : "Оценка квалификации после перевода на должность");
            }
            g.counted(decision);
        }
    }

    private static void row(Generation g, BatchInsert decision, PersonPlan p, String function, int level,
                            String source, PersonPlan manager, LocalDate on, String reason) throws SQLException {
        decision.row(g.nextId("level_decision"), g.personId(p.index()), g.functionId(function), function, level,
                "GRANTED", source, null, g.personId(manager.index()), manager.fullName(), on, reason,
                on.atTime(18, 0).toInstant(ZoneOffset.UTC));
    }
}
