package ru.navyk.web.hr;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.profile.JobProfileEditingService;
import ru.navyk.application.profile.JobProfileForm;
import ru.navyk.application.profile.JobProfileService;
import ru.navyk.application.profile.JobProfileViews.JobProfileVersionView;
import ru.navyk.application.profile.JobProfileViews.RequirementView;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.profile.JobProfileStatus;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /hr/profiles/edit.xhtml?version=…}: HR edits a draft — description, education and experience, and the
 * required proficiency of every item of its labor functions («не требуется» drops an item); labor functions of the
 * same model version can be added. A draft someone else saved meanwhile is refused, never overwritten.
 */
@Named
@ViewScoped
public class ProfileEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobProfileService profiles;

    @Inject
    private JobProfileEditingService editing;

    @Inject
    private CompetencyModelService model;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long versionId;
    private long rowVersion;
    private long profileId;
    private String code;
    private int number;
    private String title;
    private String titleEn;
    private String description;
    private Integer qualificationLevel;
    private EducationLevel minEducation;
    private String educationText;
    private Integer experienceMonths;
    private String experienceText;
    private final List<FunctionRows> functions = new ArrayList<>();
    private String functionToAdd;
    private boolean onCurrentModel;

    /** One labor function's items as the form edits them. */
    public static final class FunctionRows implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final List<ItemRow> items;

        FunctionRows(String code, String name, List<ItemRow> items) {
            this.code = code;
            this.name = name;
            this.items = items;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public List<ItemRow> getItems() {
            return items;
        }
    }

    /** One item and its required proficiency ({@code null}: not required). */
    public static final class ItemRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long itemId;
        private final String code;
        private final ItemKind kind;
        private final String text;
        private Proficiency required;

        ItemRow(long itemId, String code, ItemKind kind, String text, Proficiency required) {
            this.itemId = itemId;
            this.code = code;
            this.kind = kind;
            this.text = text;
            this.required = required;
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

        public void setRequired(Proficiency required) {
            this.required = required;
        }
    }

    /** View action: HR and administrators, drafts only. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (versionId == null || !currentUser.viewer().hasAny(Role.ADMIN, Role.HR)) {
            Pages.notFound();
            return;
        }
        try {
            JobProfileVersionView version = profiles.version(versionId);
            if (version.status() != JobProfileStatus.DRAFT) {
                Pages.redirect("/hr/profiles/view.xhtml?version=" + versionId);
                return;
            }
            fill(version);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void fill(JobProfileVersionView v) {
        rowVersion = v.version();
        profileId = v.profileId();
        code = v.code();
        number = v.number();
        title = v.title();
        titleEn = v.titleEn();
        description = v.description();
        qualificationLevel = v.qualificationLevel();
        minEducation = v.minEducation();
        educationText = v.educationText();
        experienceMonths = v.experienceMonths();
        experienceText = v.experienceText();
        ModelSnapshot snapshot = model.current().orElse(null);
        onCurrentModel = snapshot != null && snapshot.versionId() == v.modelVersionId();
        Map<Long, Proficiency> required = v.requirements().stream().collect(Collectors.toMap(
                RequirementView::itemId, RequirementView::required));
        functions.clear();
        for (String lf : v.laborFunctionCodes()) {
            addFunction(lf, snapshot, v.requirements(), required, null);
        }
    }

    private void addFunction(String lf, ModelSnapshot snapshot, List<RequirementView> requirements,
                             Map<Long, Proficiency> required, Proficiency defaultRequired) {
        List<ItemRow> rows = new ArrayList<>();
        LaborFunctionView function = onCurrentModel ? snapshot.laborFunction(lf).orElse(null) : null;
        if (function != null) {
            function.items().forEach(item -> rows.add(new ItemRow(item.id(), item.code(), item.kind(), item.text(),
                    required.getOrDefault(item.id(), defaultRequired))));
        } else {
            requirements.stream().filter(r -> r.laborFunctionCode().equals(lf)).forEach(r -> rows.add(
                    new ItemRow(r.itemId(), r.itemCode(), r.kind(), r.text(), r.required())));
        }
        functions.add(new FunctionRows(lf, function == null ? "" : function.name(), rows));
    }

    /** Labor functions of the current model not in the draft yet. */
    public List<LaborFunctionView> getAddableFunctions() {
        if (!onCurrentModel) {
            return List.of();
        }
        Set<String> present = functions.stream().map(FunctionRows::getCode).collect(Collectors.toSet());
        return model.current().map(s -> s.laborFunctions().stream().filter(lf -> !present.contains(lf.code()))
                .toList()).orElse(List.of());
    }

    public void addFunction() {
        if (functionToAdd == null) {
            return;
        }
        addFunction(functionToAdd, model.current().orElseThrow(), List.of(), Map.of(), Proficiency.INDEPENDENT);
        functionToAdd = null;
    }

    public void save() {
        try {
            editing.updateDraft(versionId, rowVersion, form());
            fill(profiles.version(versionId));
            messages.info("general.saved");
        } catch (RuleViolationException e) {
            messages.rule("profile", e);
        } catch (ConcurrentEditException e) {
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    public void saveAndPublish() {
        try {
            editing.updateDraft(versionId, rowVersion, form());
            JobProfileVersionView saved = profiles.version(versionId);
            editing.publish(versionId, saved.version());
            Pages.redirect("/hr/profiles/view.xhtml?version=" + versionId);
        } catch (RuleViolationException e) {
            messages.rule("profile", e);
        } catch (ConcurrentEditException e) {
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    private JobProfileForm form() {
        Map<Long, Proficiency> required = new LinkedHashMap<>();
        functions.forEach(f -> f.getItems().stream().filter(i -> i.getRequired() != null)
                .forEach(i -> required.put(i.getItemId(), i.getRequired())));
        return new JobProfileForm(title, titleEn, description, qualificationLevel, minEducation, educationText,
                experienceMonths, experienceText, required);
    }

    public Proficiency[] getProficiencies() {
        return Proficiency.values();
    }

    public EducationLevel[] getEducationLevels() {
        return EducationLevel.values();
    }

    public List<FunctionRows> getFunctions() {
        return functions;
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public long getProfileId() {
        return profileId;
    }

    public String getCode() {
        return code;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getQualificationLevel() {
        return qualificationLevel;
    }

    public void setQualificationLevel(Integer qualificationLevel) {
        this.qualificationLevel = qualificationLevel;
    }

    public EducationLevel getMinEducation() {
        return minEducation;
    }

    public void setMinEducation(EducationLevel minEducation) {
        this.minEducation = minEducation;
    }

    public String getEducationText() {
        return educationText;
    }

    public void setEducationText(String educationText) {
        this.educationText = educationText;
    }

    public Integer getExperienceMonths() {
        return experienceMonths;
    }

    public void setExperienceMonths(Integer experienceMonths) {
        this.experienceMonths = experienceMonths;
    }

    public String getExperienceText() {
        return experienceText;
    }

    public void setExperienceText(String experienceText) {
        this.experienceText = experienceText;
    }

    public String getFunctionToAdd() {
        return functionToAdd;
    }

    public void setFunctionToAdd(String functionToAdd) {
        this.functionToAdd = functionToAdd;
    }
}
