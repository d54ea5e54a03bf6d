package ru.navyk.web.hr;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import ru.navyk.application.hiring.AnonymisationService;
import ru.navyk.application.hiring.AssessmentForm;
import ru.navyk.application.hiring.AttachmentService;
import ru.navyk.application.hiring.CandidateService;
import ru.navyk.application.hiring.HireForm;
import ru.navyk.application.hiring.HireService;
import ru.navyk.application.hiring.HiringViews.CandidateView;
import ru.navyk.application.hiring.HiringViews.FunctionFit;
import ru.navyk.application.hiring.HiringViews.HireResult;
import ru.navyk.application.hiring.HiringViews.ItemFitView;
import ru.navyk.application.hiring.InterviewService;
import ru.navyk.application.people.TeamService;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.hiring.AssessmentKind;
import ru.navyk.domain.hiring.CandidateStage;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /hr/candidates/view.xhtml?id=…}: the candidate profile with the fit against the vacancy's profile
 * item by item, interviews, pipeline and attachments; HR records interviews against the profile's items, moves the
 * candidate, hires them and anonymises those who were not hired.
 */
@Named
@ViewScoped
public class CandidateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidateService candidates;

    @Inject
    private InterviewService interviews;

    @Inject
    private AttachmentService attachments;

    @Inject
    private HireService hires;

    @Inject
    private AnonymisationService anonymisation;

    @Inject
    private TeamService teams;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long id;
    private CandidateView candidate;

    private AssessmentKind kind = AssessmentKind.INTERVIEW;
    private LocalDate heldOn;
    private Long interviewerId;
    private String interviewerName;
    private String interviewNotes;
    private List<RateGroup> rateGroups = new ArrayList<>();

    private CandidateStage nextStage;
    private LocalDate stageOn;
    private String stageNote;

    private LocalDate hireDate;
    private String personnelNumber;
    private String username;
    private HireResult hired;

    /** One labor function's items in the interview form. */
    public static final class RateGroup implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final List<RateRow> rows;

        RateGroup(String code, String name, List<RateRow> rows) {
            this.code = code;
            this.name = name;
            this.rows = rows;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public List<RateRow> getRows() {
            return rows;
        }
    }

    /** One item: checked when given a rating. */
    public static final class RateRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long itemId;
        private final String code;
        private final ItemKind kind;
        private final String text;
        private final Proficiency required;
        private Proficiency rating;
        private String note;

        RateRow(ItemFitView item) {
            this.itemId = item.itemId();
            this.code = item.code();
            this.kind = item.kind();
            this.text = item.text();
            this.required = item.required();
        }

        public long getItemId() {
            return itemId;
        }

        public String getCode() {
            return code;
        }

        public ItemKind getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        public Proficiency getRequired() {
            return required;
        }

        public Proficiency getRating() {
            return rating;
        }

        public void setRating(Proficiency rating) {
            this.rating = rating;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** View action. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            reload();
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            heldOn = LocalDate.now(clock);
            stageOn = LocalDate.now(clock);
            hireDate = LocalDate.now(clock);
            resetRatings();
        }
    }

    private void reload() {
        candidate = candidates.get(id);
        nextStage = null;
    }

    private void resetRatings() {
        rateGroups = new ArrayList<>();
        for (FunctionFit f : candidate.fit().functions()) {
            rateGroups.add(new RateGroup(f.laborFunctionCode(), f.laborFunctionName(),
                    f.items().stream().map(RateRow::new).toList()));
        }
        interviewNotes = null;
        interviewerName = null;
        interviewerId = null;
    }

    public void recordInterview() {
        List<AssessmentForm.RatingEntry> ratings = new ArrayList<>();
        rateGroups.forEach(g -> g.getRows().stream().filter(r -> r.getRating() != null).forEach(r -> ratings.add(
                new AssessmentForm.RatingEntry(r.getItemId(), r.getRating(), r.getNote()))));
        if (run("interview", () -> interviews.record(id, candidate.version(), new AssessmentForm(kind, heldOn,
                interviewerId, interviewerName, interviewNotes, ratings)))) {
            resetRatings();
        }
    }

    public void move() {
        run("pipeline-form", () -> candidates.transition(id, candidate.version(), nextStage, stageOn, stageNote));
        stageNote = null;
    }

    public void hire() {
        run("hire", () -> hired = hires.hire(id, candidate.version(), new HireForm(hireDate, personnelNumber,
                username, null)));
    }

    public void anonymise() {
        run("anonymise", () -> anonymisation.anonymise(id, candidate.version()));
    }

    public void upload(FileUploadEvent event) {
        run("attachments", () -> attachments.add(id, event.getFile().getFileName(), event.getFile().getContent()));
    }

    public void removeAttachment(long attachmentId) {
        run("attachments", () -> attachments.remove(id, attachmentId));
    }

    private boolean run(String formId, Runnable change) {
        try {
            change.run();
            reload();
            messages.info("general.saved");
            return true;
        } catch (RuleViolationException e) {
            messages.rule(formId, e);
        } catch (ConcurrentEditException e) {
            reload();
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        } catch (AccessDeniedException e) {
            messages.add(null, FacesMessage.SEVERITY_ERROR, "api.forbidden");
        }
        return false;
    }

    /** The stages HR may move the candidate to here; a hire has its own form. */
    public List<CandidateStage> getMoves() {
        return candidate.nextStages().stream().filter(s -> s != CandidateStage.HIRED).toList();
    }

    public boolean isHireable() {
        return candidate.nextStages().contains(CandidateStage.HIRED);
    }

    public boolean isAnonymisable() {
        return !candidate.anonymised() && candidate.stage().isClosedWithoutHire();
    }

    /** Employees who typically interview: the teams' supervisors (name → person id). */
    public Map<String, Long> getInterviewerChoices() {
        Map<String, Long> choices = new LinkedHashMap<>();
        teams.activeTeams().stream().filter(t -> t.supervisorId() != null)
                .forEach(t -> choices.putIfAbsent(t.supervisorName(), t.supervisorId()));
        return choices;
    }

    public Proficiency[] getProficiencies() {
        return Proficiency.values();
    }

    public AssessmentKind[] getKinds() {
        return AssessmentKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CandidateView getCandidate() {
        return candidate;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public void setKind(AssessmentKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Long getInterviewerId() {
        return interviewerId;
    }

    public void setInterviewerId(Long interviewerId) {
        this.interviewerId = interviewerId;
    }

    public String getInterviewerName() {
        return interviewerName;
    }

    public void setInterviewerName(String interviewerName) {
        this.interviewerName = interviewerName;
    }

    public String getInterviewNotes() {
        return interviewNotes;
    }

    public void setInterviewNotes(String interviewNotes) {
        this.interviewNotes = interviewNotes;
    }

    public List<RateGroup> getRateGroups() {
        return rateGroups;
    }

    public CandidateStage getNextStage() {
        return nextStage;
    }

    public void setNextStage(CandidateStage nextStage) {
        this.nextStage = nextStage;
    }

    public LocalDate getStageOn() {
        return stageOn;
    }

    public void setStageOn(LocalDate stageOn) {
        this.stageOn = stageOn;
    }

    public String getStageNote() {
        return stageNote;
    }

    public void setStageNote(String stageNote) {
        this.stageNote = stageNote;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getPersonnelNumber() {
        return personnelNumber;
    }

    public void setPersonnelNumber(String personnelNumber) {
        this.personnelNumber = personnelNumber;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public HireResult getHired() {
        return hired;
    }
}
