package ru.navyk.web.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.navyk.application.audit.AuditLogService;
import ru.navyk.application.audit.AuditView;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.domain.audit.AuditQuery;
import ru.navyk.domain.shared.AccessDeniedException;

/**
 * Serves {@code /admin/audit.xhtml}: the audit trail for administrators, filtered by who, record type, record id,
 * text and dates, read from the server one page at a time, and exported as CSV exactly as filtered. Anyone else gets
 * the portal's 404, so the page reveals nothing; the service refuses them in any case.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final String TABLE = ":results:entries";

    @Inject
    private AuditLogService audit;

    @Inject
    private Clock clock;

    private String actor;
    private String entityType;
    private String entityId;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private List<String> entityTypes = List.of();
    private final Entries entries = new Entries();

    /** View action: administrators see the page, everybody else a 404. */
    public void load() throws IOException {
        try {
            entityTypes = audit.entityTypes();
        } catch (AccessDeniedException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    /** Applies the filters, starting again from the first page. */
    public void search() {
        firstPage();
    }

    public void reset() {
        actor = null;
        entityType = null;
        entityId = null;
        text = null;
        from = null;
        to = null;
        firstPage();
    }

    /** Sends what the filters select as a CSV download instead of a page. */
    public void export() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition",
                "attachment; filename=\"navyk-audit-" + LocalDate.now(clock) + ".csv\"");
        try {
            audit.export(query(), external.getResponseOutputStream());
        } catch (AccessDeniedException e) {
            external.responseReset();
            external.responseSendError(404, null);
        }
        context.responseComplete();
    }

    /** «05.03.2026 12:04:07» in the server's zone, as in the export. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
    }

    public String actionName(String action) {
        return label("AuditAction.", action);
    }

    public String typeName(String type) {
        return label("AuditEntity.", type);
    }

    public String fieldName(String field) {
        return label("AuditField.", field);
    }

    /** The bundle's name for a stored code; codes it does not know (new ones, other modules') show as stored. */
    private static String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
    }

    private void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The whole "to" day is included: the query's upper bound is the start of the next day. */
    private AuditQuery query() {
        ZoneId zone = clock.getZone();
        return new AuditQuery(trimmed(actor), trimmed(entityType), trimmed(entityId), trimmed(text),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The entries the filters select; the table asks for one page at a time. */
    public final class Entries extends LazyDataModel<AuditView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(audit.count(query()), Integer.MAX_VALUE);
        }

        @Override
        public List<AuditView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            Page<AuditView> page = audit.search(query(), first, pageSize);
            setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
            return page.items();
        }

        @Override
        public String getRowKey(AuditView entry) {
            return String.valueOf(entry.id());
        }
    }

    public Entries getEntries() {
        return entries;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
