package ru.navyk.web.kb;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.navyk.application.knowledge.AcknowledgementReport;
import ru.navyk.application.knowledge.CampaignService;
import ru.navyk.application.knowledge.KnowledgeViews.CampaignView;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationRow;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /kb/campaign.xhtml?id=…}: a campaign's completion in total and per team, the people (paged, filtered
 * by status or overdue) within the viewer's scope, a reminder to everyone still pending, and the audit report as
 * Excel or CSV. Agents get a 404.
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long id;
    private CampaignView campaign;
    private String filter;
    private final LazyDataModel<ObligationRow> people = new PeopleModel();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            campaign = campaigns.get(id);
        } catch (NotFoundException | AccessDeniedException e) {
            Pages.notFound();
            return;
        }
        if ("1".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("published"))) {
            messages.info("kb.campaign.published", campaign.summary().total());
        }
    }

    public void remind() {
        int reminded = campaigns.remind(id);
        messages.info("kb.campaign.reminded", reminded);
    }

    public void firstPage() {
        var table = (org.primefaces.component.datatable.DataTable) FacesContext.getCurrentInstance().getViewRoot()
                .findComponent(":people:obligations");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void exportXlsx() throws IOException {
        export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    public void exportCsv() throws IOException {
        export("csv", "text/csv; charset=UTF-8");
    }

    private void export(String extension, String contentType) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        List<ObligationRow> rows = campaigns.report(id);
        AcknowledgementReport report = new AcknowledgementReport(campaign.summary().articleTitle(),
                campaign.summary().revisionNumber(), clock.getZone(), context.getViewRoot().getLocale());
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"navyk-acknowledgements-" + id
                + "." + extension + "\"");
        if ("xlsx".equals(extension)) {
            report.writeXlsx(external.getResponseOutputStream(), rows);
        } else {
            report.writeCsv(external.getResponseOutputStream(), rows);
        }
        context.responseComplete();
    }

    private final class PeopleModel extends LazyDataModel<ObligationRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) campaigns.obligations(id, filter, 0, 1).total();
        }

        @Override
        public List<ObligationRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                        Map<String, FilterMeta> filters) {
            var page = campaigns.obligations(id, filter, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ObligationRow row) {
            return String.valueOf(row.obligationId());
        }

        @Override
        public ObligationRow getRowData(String rowKey) {
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public LazyDataModel<ObligationRow> getPeople() {
        return people;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
