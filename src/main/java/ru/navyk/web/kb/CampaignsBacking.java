package ru.navyk.web.kb;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.navyk.application.knowledge.CampaignService;
import ru.navyk.application.knowledge.KnowledgeBaseService;
import ru.navyk.application.knowledge.KnowledgeViews.CampaignSummary;
import ru.navyk.web.Pages;

/**
 * Serves {@code /kb/campaigns.xhtml}: acknowledgement campaigns, newest first, with completion in the viewer's scope.
 */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    @Inject
    private KnowledgeBaseService knowledge;

    private final LazyDataModel<CampaignSummary> model = new CampaignModel();

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback() && !knowledge.canEdit()) {
            Pages.notFound();
        }
    }

    public LazyDataModel<CampaignSummary> getModel() {
        return model;
    }

    private final class CampaignModel extends LazyDataModel<CampaignSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) campaigns.list(0, 1).total();
        }

        @Override
        public List<CampaignSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                                          Map<String, FilterMeta> filters) {
            var page = campaigns.list(first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(CampaignSummary campaign) {
            return String.valueOf(campaign.id());
        }

        @Override
        public CampaignSummary getRowData(String rowKey) {
            return null;
        }
    }
}
