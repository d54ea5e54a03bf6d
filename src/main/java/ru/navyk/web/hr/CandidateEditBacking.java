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
import java.util.List;
import ru.navyk.application.hiring.CandidateService;
import ru.navyk.application.hiring.HiringViews.CandidateView;
import ru.navyk.application.hiring.HiringViews.VacancyView;
import ru.navyk.application.hiring.VacancyService;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.hiring.CandidateDetails;
import ru.navyk.domain.hiring.CandidateSource;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /hr/candidates/edit.xhtml?vacancy=…} (a new candidate) and {@code ?id=…} (change one): contact data,
 * education, prior jobs, source, and the consent to personal-data processing with its date, without which nothing is
 * saved (152-ФЗ). HR and administrators only.
 */
@Named
@ViewScoped
public class CandidateEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidateService candidates;

    @Inject
    private VacancyService vacancies;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long id;
    private Long vacancyId;
    private long version;
    private String vacancyTitle;
    private String lastName;
    private String firstName;
    private String middleName;
    private String email;
    private String phone;
    private EducationLevel education;
    private String educationText;
    private CandidateSource source;
    private boolean consentGiven;
    private LocalDate consentDate;
    private String notes;
    private List<ExperienceRow> experiences = new ArrayList<>();

    /** One prior job as the form edits it. */
    public static final class ExperienceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String role;
        private String employer;
        private Integer months;
        private boolean customerContact;

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getEmployer() {
            return employer;
        }

        public void setEmployer(String employer) {
            this.employer = employer;
        }

        public Integer getMonths() {
            return months;
        }

        public void setMonths(Integer months) {
            this.months = months;
        }

        public boolean isCustomerContact() {
            return customerContact;
        }

        public void setCustomerContact(boolean customerContact) {
            this.customerContact = customerContact;
        }
    }

    /** View action: HR and administrators; others get the same 404 as for a missing record. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!currentUser.viewer().hasAny(Role.ADMIN, Role.HR)) {
            Pages.notFound();
            return;
        }
        try {
            if (id != null) {
                CandidateView c = candidates.get(id);
                if (c.anonymised()) {
                    Pages.redirect("/hr/candidates/view.xhtml?id=" + id);
                    return;
                }
                fill(c);
            } else if (vacancyId != null) {
                VacancyView vacancy = vacancies.get(vacancyId);
                vacancyTitle = vacancy.title() + " — " + vacancy.teamName();
                consentDate = LocalDate.now(clock);
            } else {
                Pages.notFound();
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void fill(CandidateView c) {
        vacancyId = c.vacancyId();
        vacancyTitle = c.vacancyTitle() + " — " + c.teamName();
        version = c.version();
        lastName = c.lastName();
        firstName = c.firstName();
        middleName = c.middleName();
        email = c.email();
        phone = c.phone();
        education = c.education();
        educationText = c.educationText();
        source = c.source();
        consentGiven = c.consentGiven();
        consentDate = c.consentDate();
        notes = c.notes();
        experiences = new ArrayList<>();
        c.experiences().forEach(e -> {
            ExperienceRow row = new ExperienceRow();
            row.setRole(e.role());
            row.setEmployer(e.employer());
            row.setMonths(e.months());
            row.setCustomerContact(e.customerContact());
            experiences.add(row);
        });
    }

    public void addExperience() {
        experiences.add(new ExperienceRow());
    }

    public void removeExperience(ExperienceRow row) {
        experiences.remove(row);
    }

    public void save() {
        CandidateDetails details = new CandidateDetails(lastName, firstName, middleName, email, phone, education,
                educationText, source, consentGiven, consentDate, notes, experiences.stream()
                .map(e -> new CandidateDetails.Experience(e.getRole(), e.getEmployer(), e.getMonths(),
                        e.isCustomerContact())).toList());
        try {
            long saved;
            if (id == null) {
                saved = candidates.create(vacancyId, details);
            } else {
                candidates.update(id, version, details);
                saved = id;
            }
            Pages.redirect("/hr/candidates/view.xhtml?id=" + saved);
        } catch (RuleViolationException e) {
            messages.rule("candidate", e);
        } catch (ConcurrentEditException e) {
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public EducationLevel[] getEducationLevels() {
        return EducationLevel.values();
    }

    public CandidateSource[] getSources() {
        return CandidateSource.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVacancyId() {
        return vacancyId;
    }

    public void setVacancyId(Long vacancyId) {
        this.vacancyId = vacancyId;
    }

    public String getVacancyTitle() {
        return vacancyTitle;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public void setEducation(EducationLevel education) {
        this.education = education;
    }

    public String getEducationText() {
        return educationText;
    }

    public void setEducationText(String educationText) {
        this.educationText = educationText;
    }

    public CandidateSource getSource() {
        return source;
    }

    public void setSource(CandidateSource source) {
        this.source = source;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ExperienceRow> getExperiences() {
        return experiences;
    }
}
