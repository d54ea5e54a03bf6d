package ru.navyk.web.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.EmployeeImportService;
import ru.navyk.application.people.ImportPreview;
import ru.navyk.application.people.ImportProblem;
import ru.navyk.application.people.ImportRejectedException;
import ru.navyk.domain.people.Role;
import ru.navyk.infrastructure.importing.people.CsvEncoding;
import ru.navyk.infrastructure.importing.people.CsvSeparator;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /people/import.xhtml}: upload an employee CSV, see every problem by row and column before anything
 * is saved, fix the file and upload it again, then import all rows in one go.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EmployeeImportService imports;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private byte[] content;
    private String fileName;
    private CsvEncoding encoding = CsvEncoding.AUTO;
    private CsvSeparator separator = CsvSeparator.AUTO;
    private boolean createMissingTeams;
    private transient ImportPreview preview;
    private Integer imported;

    @PostConstruct
    void init() {
        if (!currentUser.viewer().hasAny(Role.ADMIN, Role.HR)) {
            Pages.notFound();
        }
    }

    public void upload(FileUploadEvent event) {
        content = event.getFile().getContent();
        fileName = event.getFile().getFileName();
        imported = null;
        refreshPreview();
    }

    /** Re-reads the uploaded file, e.g. after the user chose another encoding or separator. */
    public void refreshPreview() {
        preview = content == null ? null : imports.preview(content, encoding, separator, createMissingTeams);
    }

    public void importAll() {
        try {
            imported = imports.importAll(content, encoding, separator, createMissingTeams);
            messages.info("import.done", imported);
            content = null;
            preview = null;
        } catch (ImportRejectedException e) {
            preview = e.preview();
            messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "import.rejected");
        }
    }

    public String problemText(ImportProblem problem) {
        return messages.text(problem.messageKey(), problem.value() == null ? "" : problem.value());
    }

    public ImportPreview getPreview() {
        if (preview == null && content != null) {
            refreshPreview();
        }
        return preview;
    }

    public CsvEncoding[] getEncodings() {
        return CsvEncoding.values();
    }

    public CsvSeparator[] getSeparators() {
        return CsvSeparator.values();
    }

    public String getFileName() {
        return fileName;
    }

    public Integer getImported() {
        return imported;
    }

    public CsvEncoding getEncoding() {
        return encoding;
    }

    public void setEncoding(CsvEncoding encoding) {
        this.encoding = encoding;
    }

    public boolean isCreateMissingTeams() {
        return createMissingTeams;
    }

    public void setCreateMissingTeams(boolean createMissingTeams) {
        this.createMissingTeams = createMissingTeams;
    }

    public CsvSeparator getSeparator() {
        return separator;
    }

    public void setSeparator(CsvSeparator separator) {
        this.separator = separator;
    }
}
