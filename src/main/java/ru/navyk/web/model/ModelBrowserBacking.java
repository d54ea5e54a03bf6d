package ru.navyk.web.model;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelQuery;
import ru.navyk.application.competency.ModelSearch;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.domain.competency.ItemKind;

/**
 * Serves {@code /model/index.xhtml}: the standard as a tree, searched and filtered as the user types. The query can
 * arrive in the URL ({@code ?q=наставнич&level=5}) so a search can be bookmarked or linked.
 */
@Named
@ViewScoped
public class ModelBrowserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetencyModelService models;

    private String text;
    private Integer level;
    private List<String> kinds = new ArrayList<>();
    private transient ModelSearch.Result result;
    private transient ModelSnapshot model;

    @PostConstruct
    void init() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        text = params.get("q");
        String levelParam = params.get("level");
        if (levelParam != null && levelParam.matches("[1-9]")) {
            level = Integer.valueOf(levelParam);
        }
    }

    /** Re-runs the search; called by every filter change. */
    public void search() {
        result = null;
    }

    public void reset() {
        text = null;
        level = null;
        kinds = new ArrayList<>();
        result = null;
    }

    public ModelSearch.Result getResult() {
        if (result == null) {
            result = models.search(query());
        }
        return result;
    }

    public ModelSnapshot getModel() {
        if (model == null) {
            model = models.current().orElse(null);
        }
        return model;
    }

    public boolean isNarrowed() {
        return query().isNarrowed();
    }

    public List<Integer> getLevels() {
        ModelSnapshot model = getModel();
        return model == null ? List.of()
                : model.laborFunctions().stream().map(ModelSnapshot.LaborFunctionView::level).distinct().sorted()
                .toList();
    }

    public ItemKind[] getAllKinds() {
        return ItemKind.values();
    }

    public List<Highlight.Segment> highlight(String value) {
        return Highlight.split(value, text);
    }

    private ModelQuery query() {
        EnumSet<ItemKind> chosen = EnumSet.noneOf(ItemKind.class);
        for (String kind : kinds) {
            for (ItemKind candidate : ItemKind.values()) {
                if (candidate.name().equals(kind)) {
                    chosen.add(candidate);
                }
            }
        }
        return new ModelQuery(text, level, chosen);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }
}
