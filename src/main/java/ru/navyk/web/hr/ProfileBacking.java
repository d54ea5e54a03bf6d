package ru.navyk.web.hr;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.profile.JobProfileEditingService;
import ru.navyk.application.profile.JobProfileEditingService.VersionRow;
import ru.navyk.application.profile.JobProfileService;
import ru.navyk.application.profile.JobProfileViews.JobProfileVersionView;
import ru.navyk.domain.profile.JobProfileStatus;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /hr/profiles/view.xhtml?version=…} (one version) and {@code ?profile=…} (the current version, or the
 * draft of a profile never published): requirements by labor function with the standard's text, education and
 * experience, the version history, and HR's steps — start the next version, publish or discard the draft, copy into
 * a new profile, open a vacancy.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobProfileService profiles;

    @Inject
    private JobProfileEditingService editing;

    @Inject
    private CompetencyModelService model;

    @Inject
    private Messages messages;

    private Long versionId;
    private Long profileId;
    private JobProfileVersionView version;
    private List<VersionRow> history;
    private ProfileGroups groups;
    private String copyTitle;
    private String copyCode;

    /** View action. */
    public void load() {
        try {
            if (versionId == null && profileId != null) {
                List<VersionRow> rows = editing.history(profileId);
                versionId = rows.stream().filter(VersionRow::current).findFirst().or(() -> rows.stream().findFirst())
                        .map(VersionRow::id).orElse(null);
            }
            if (versionId == null) {
                Pages.notFound();
                return;
            }
            reload();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void reload() {
        version = profiles.version(versionId);
        history = editing.history(version.profileId());
        groups = ProfileGroups.of(version.requirements(), model.current().orElse(null));
    }

    /** The profile's draft, if it has one (this version or another). */
    public Optional<VersionRow> draft() {
        return history.stream().filter(v -> v.status() == JobProfileStatus.DRAFT).findFirst();
    }

    public boolean isHasDraft() {
        return draft().isPresent();
    }

    public Long getDraftId() {
        return draft().map(VersionRow::id).orElse(null);
    }

    public boolean isDraft() {
        return version.status() == JobProfileStatus.DRAFT;
    }

    public boolean isCurrent() {
        return history.stream().anyMatch(v -> v.current() && v.id() == version.id());
    }

    public void startDraft() {
        run(() -> Pages.redirect("/hr/profiles/edit.xhtml?version=" + editing.startDraft(version.profileId())));
    }

    public void publish() {
        run(() -> {
            editing.publish(version.id(), version.version());
            reload();
            messages.info("hr.profile.published");
        });
    }

    public void discard() {
        run(() -> {
            editing.discardDraft(version.id(), version.version());
            Pages.redirect("/hr/profiles/index.xhtml");
        });
    }

    public void copy() {
        run(() -> Pages.redirect("/hr/profiles/edit.xhtml?version=" + editing.copy(version.id(), copyCode,
                copyTitle)));
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (RuleViolationException e) {
            messages.rule("actions", e);
        } catch (ConcurrentEditException e) {
            reload();
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public Long getProfileId() {
        return profileId;
    }

    public void setProfileId(Long profileId) {
        this.profileId = profileId;
    }

    public JobProfileVersionView getVersion() {
        return version;
    }

    public List<VersionRow> getHistory() {
        return history;
    }

    public ProfileGroups getGroups() {
        return groups;
    }

    public String getCopyTitle() {
        return copyTitle;
    }

    public void setCopyTitle(String copyTitle) {
        this.copyTitle = copyTitle;
    }

    public String getCopyCode() {
        return copyCode;
    }

    public void setCopyCode(String copyCode) {
        this.copyCode = copyCode;
    }
}
