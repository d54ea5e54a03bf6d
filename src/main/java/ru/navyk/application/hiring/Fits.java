package ru.navyk.application.hiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ru.navyk.application.hiring.HiringViews.CandidateSummary;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateFit;
import ru.navyk.domain.hiring.FitRule;

/** Applies {@link FitRule} to candidates and ranks them; ties keep the order in which candidates applied. */
final class Fits {

    private Fits() {
    }

    static CandidateFit of(Candidate candidate) {
        return FitRule.evaluate(FitRule.Requirements.of(candidate.getVacancy().getProfileVersion()),
                candidate.getEducation(), candidate.relevantExperienceMonths(), candidate.latestRatings());
    }

    /** The candidates ranked by {@link FitRule#RANKING}, best first, numbered from 1. */
    static List<CandidateSummary> ranked(List<Candidate> candidates) {
        record Fitted(Candidate candidate, CandidateFit fit) {
        }
        List<Fitted> fitted = new ArrayList<>(candidates.stream().map(c -> new Fitted(c, of(c))).toList());
        fitted.sort(Comparator.comparing(Fitted::fit, FitRule.RANKING)
                .thenComparing(f -> f.candidate().getId()));
        List<CandidateSummary> ranked = new ArrayList<>();
        for (Fitted f : fitted) {
            Candidate c = f.candidate();
            ranked.add(new CandidateSummary(c.getId(), c.getVersion(), ranked.size() + 1, c.getFullName(),
                    c.isAnonymised(), c.getStage(), c.getStageSince(), c.getSource(), c.getEducation(),
                    c.relevantExperienceMonths(), f.fit(),
                    c.getHiredPerson() == null ? null : c.getHiredPerson().getId()));
        }
        return ranked;
    }

    /** How the audit trail names a candidate: never by name, so anonymisation leaves nothing personal behind. */
    static String label(Candidate candidate) {
        return "#" + candidate.getId();
    }
}
