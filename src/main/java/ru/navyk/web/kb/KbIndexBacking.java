package ru.navyk.web.kb;

import jakarta.annotation.PostConstruct;
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
import ru.navyk.application.knowledge.AcknowledgementService;
import ru.navyk.application.knowledge.KnowledgeBaseService;
import ru.navyk.application.knowledge.KnowledgeViews.ArticleSummary;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationSummary;

/**
 * Serves {@code /kb/index.xhtml}: the caller's open acknowledgements, and the articles searched by words (Russian,
 * case and «ё» ignored) and filtered by tag and labor function, paged on the server.
 */
@Named
@ViewScoped
public class KbIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeBaseService knowledge;

    @Inject
    private AcknowledgementService acknowledgements;

    private String text;
    private String tag;
    private String function;
    private List<String> tags;
    private List<String> functions;
    private List<ObligationSummary> obligations;
    private boolean editor;
    private final LazyDataModel<ArticleSummary> model = new ArticleModel();

    @PostConstruct
    void init() {
        tags = knowledge.tags();
        functions = knowledge.linkedFunctions();
        obligations = acknowledgements.myOpenObligations();
        editor = knowledge.canEdit();
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        if (tags.contains(parameters.get("tag"))) {
            tag = parameters.get("tag");
        }
        if (functions.contains(parameters.get("function"))) {
            function = parameters.get("function");
        }
    }

    /** A changed filter starts again at the first page. */
    public void firstPage() {
        var table = (org.primefaces.component.datatable.DataTable) FacesContext.getCurrentInstance().getViewRoot()
                .findComponent(":kb:articles");
        if (table != null) {
            table.setFirst(0);
        }
    }

    private final class ArticleModel extends LazyDataModel<ArticleSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) knowledge.search(text, tag, function, 0, 1).total();
        }

        @Override
        public List<ArticleSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                                         Map<String, FilterMeta> filters) {
            var page = knowledge.search(text, tag, function, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ArticleSummary article) {
            return String.valueOf(article.id());
        }

        @Override
        public ArticleSummary getRowData(String rowKey) {
            return null;
        }
    }

    public LazyDataModel<ArticleSummary> getModel() {
        return model;
    }

    public List<ObligationSummary> getObligations() {
        return obligations;
    }

    public boolean isEditor() {
        return editor;
    }

    public List<String> getTags() {
        return tags;
    }

    public List<String> getFunctions() {
        return functions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }
}
