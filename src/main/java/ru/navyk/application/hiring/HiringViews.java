package ru.navyk.application.hiring;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.hiring.AssessmentKind;
import ru.navyk.domain.hiring.AttachmentInfo;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateAssessment;
import ru.navyk.domain.hiring.CandidateFit;
import ru.navyk.domain.hiring.CandidateSource;
import ru.navyk.domain.hiring.CandidateStage;
import ru.navyk.domain.hiring.PriorExperience;
import ru.navyk.domain.hiring.StageTransition;
import ru.navyk.domain.hiring.Vacancy;
import ru.navyk.domain.hiring.VacancyStatus;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileRequirement;

/** What pages and the API show of vacancies and candidates. */
public final class HiringViews {

    private HiringViews() {
    }

    /** A vacancy with how many candidates it has, in the pipeline and hired. */
    public record VacancyView(long id, long version, String title, long profileId, String profileCode,
                              long profileVersionId, int profileVersionNumber, int qualificationLevel, long teamId,
                              String teamName, Long hiringManagerId, String hiringManagerName, int openings,
                              VacancyStatus status, LocalDate openedOn, LocalDate closedOn, String note,
                              long candidates, long inPipeline, long hired) implements Serializable {

        static VacancyView of(Vacancy v, Map<CandidateStage, Long> counts) {
            JobProfileVersion pv = v.getProfileVersion();
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            long running = counts.entrySet().stream().filter(e -> !e.getKey().isFinal())
                    .mapToLong(Map.Entry::getValue).sum();
            return new VacancyView(v.getId(), v.getVersion(), pv.getTitle(), pv.getProfile().getId(),
                    pv.getProfile().getCode(), pv.getId(), pv.getNumber(), pv.getQualificationLevel(),
                    v.getTeam().getId(), v.getTeam().getName(),
                    v.getHiringManager() == null ? null : v.getHiringManager().getId(),
                    v.getHiringManager() == null ? null : v.getHiringManager().getFullName(), v.getOpenings(),
                    v.getStatus(), v.getOpenedOn(), v.getClosedOn(), v.getNote(), total, running,
                    counts.getOrDefault(CandidateStage.HIRED, 0L));
        }
    }

    /**
     * A candidate in the ranked list of a vacancy.
     *
     * @param rank 1 for the best fit (see {@link ru.navyk.domain.hiring.FitRule#RANKING})
     */
    public record CandidateSummary(long id, long version, int rank, String fullName, boolean anonymised,
                                   CandidateStage stage, LocalDate stageSince, CandidateSource source,
                                   EducationLevel education, int relevantMonths, CandidateFit fit,
                                   Long hiredPersonId) implements Serializable {
    }

    /** Everything about one candidate, with their fit against the vacancy's profile version. */
    public record CandidateView(long id, long version, long vacancyId, String vacancyTitle, String teamName,
                                long profileVersionId, String lastName, String firstName, String middleName,
                                String fullName, String email, String phone, EducationLevel education,
                                String educationText, CandidateSource source, boolean consentGiven,
                                LocalDate consentDate, String notes, CandidateStage stage, LocalDate stageSince,
                                List<CandidateStage> nextStages, Long hiredPersonId, boolean anonymised,
                                Instant anonymisedAt, Instant createdAt, String createdBy,
                                List<ExperienceView> experiences, List<TransitionView> transitions,
                                List<AssessmentView> assessments, List<AttachmentInfo> attachments, FitView fit)
            implements Serializable {
    }

    /** A prior job. */
    public record ExperienceView(String role, String employer, int months, boolean customerContact)
            implements Serializable {
        static ExperienceView of(PriorExperience e) {
            return new ExperienceView(e.getRole(), e.getEmployer(), e.getMonths(), e.isCustomerContact());
        }
    }

    /** One pipeline move. */
    public record TransitionView(CandidateStage from, CandidateStage to, LocalDate on, Instant at, String by,
                                 String note) implements Serializable {
        static TransitionView of(StageTransition t) {
            return new TransitionView(t.getFromStage(), t.getToStage(), t.getChangedOn(), t.getChangedAt(),
                    t.getChangedBy(), t.getNote());
        }
    }

    /** An interview or test with its ratings. */
    public record AssessmentView(long id, AssessmentKind kind, LocalDate heldOn, Long interviewerPersonId,
                                 String interviewerName, String notes, Instant recordedAt, String recordedBy,
                                 List<RatingView> ratings) implements Serializable {
        static AssessmentView of(CandidateAssessment a) {
            return new AssessmentView(a.getId(), a.getKind(), a.getHeldOn(),
                    a.getInterviewer() == null ? null : a.getInterviewer().getId(), a.getInterviewerName(),
                    a.getNotes(), a.getRecordedAt(), a.getRecordedBy(), a.getRatings().stream()
                    .map(r -> new RatingView(r.getItem().getId(), r.getItem().getCode(), r.getItem().getText(),
                            r.getProficiency(), r.getNote())).toList());
        }
    }

    /** One rated item. */
    public record RatingView(long itemId, String itemCode, String itemText, Proficiency proficiency, String note)
            implements Serializable {
    }

    /** The fit with the standard's text of each item, grouped by labor function. */
    public record FitView(CandidateFit summary, List<FunctionFit> functions) implements Serializable {

        static FitView of(CandidateFit fit, JobProfileVersion profile) {
            Map<Long, CompetencyItem> items = new LinkedHashMap<>();
            profile.getRequirements().stream().map(ProfileRequirement::getItem).forEach(i -> items.put(i.getId(), i));
            Map<String, List<ItemFitView>> byFunction = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (CandidateFit.ItemFit item : fit.items()) {
                CompetencyItem model = items.get(item.itemId());
                names.putIfAbsent(item.laborFunctionCode(), model.getLaborFunction().getName());
                byFunction.computeIfAbsent(item.laborFunctionCode(), code -> new ArrayList<>()).add(
                        new ItemFitView(item.itemId(), item.code(), model.getKind(), model.getText(),
                                item.required(), item.rating(), item.status(), item.gap()));
            }
            List<FunctionFit> functions = new ArrayList<>();
            byFunction.forEach((code, rows) -> functions.add(new FunctionFit(code, names.get(code), rows)));
            return new FitView(fit, functions);
        }
    }

    /** The items of one labor function. */
    public record FunctionFit(String laborFunctionCode, String laborFunctionName, List<ItemFitView> items)
            implements Serializable {
    }

    /** One required item: the requirement, the rating that counts (or none), the status and the gap. */
    public record ItemFitView(long itemId, String code, ItemKind kind, String text, Proficiency required,
                              Proficiency rating, CandidateFit.ItemStatus status, int gap) implements Serializable {
    }

    /** Side by side: the vacancy's candidates as columns (ranked), the profile's items as rows. */
    public record Comparison(VacancyView vacancy, List<CandidateSummary> candidates, List<ComparisonFunction> functions) {
    }

    /** The rows of one labor function. */
    public record ComparisonFunction(String laborFunctionCode, String laborFunctionName, List<ComparisonRow> rows) {
    }

    /** One item across the candidates; {@code cells} in the order of {@link Comparison#candidates()}. */
    public record ComparisonRow(long itemId, String code, ItemKind kind, String text, Proficiency required,
                                List<CandidateFit.ItemFit> cells) {
    }

    /** A file to send back: name, type and bytes. */
    public record AttachmentDownload(String fileName, String contentType, byte[] content) {

        /**
         * The {@code Content-Disposition} of the download: always an attachment (never rendered in the portal's
         * origin), with an ASCII fallback name and the real, possibly Russian, name (RFC 6266).
         */
        public String contentDisposition() {
            String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
            return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                    + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
        }
    }

    /** What a hire produced: the new employee and, when an account was asked for, its first password (shown once). */
    public record HireResult(long personId, String username, String password) implements Serializable {
    }

    static List<ExperienceView> experiences(Candidate c) {
        return c.getExperiences().stream().map(ExperienceView::of).toList();
    }
}
