package ru.navyk.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.training.TrainingRequestService;
import ru.navyk.application.training.TrainingViews.TrainingRequestView;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;

/**
 * Serves {@code /training/requests.xhtml}: the «new product / change» form that raises a training request for the
 * people whose profiles require the touched items, and the requests the viewer may see.
 */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingRequestService requests;

    @Inject
    private CompetencyModelService model;

    @Inject
    private Messages messages;

    private String reason;
    private String source = "NEW_PRODUCT";
    private String itemCodes;
    private List<TrainingRequestView> list;

    @PostConstruct
    void init() {
        list = requests.list();
    }

    public void create() {
        if (Actions.run(messages, "request", () -> requests.requestTrainingFor(itemIds(), reason, source))) {
            messages.info("training.requests.created");
            reason = null;
            itemCodes = null;
            list = requests.list();
        }
    }

    private Set<Long> itemIds() {
        if (itemCodes == null || itemCodes.isBlank()) {
            throw new RuleViolationException("itemCodes", "rule.required");
        }
        var byCode = model.current().map(ModelSnapshot::itemsByCode).orElse(java.util.Map.of());
        return Arrays.stream(itemCodes.split("[,;\\s]+")).filter(c -> !c.isBlank()).map(code -> {
            ModelSnapshot.ItemView item = byCode.get(code.strip());
            if (item == null) {
                throw new RuleViolationException("itemCodes", "rule.training.unknownItem", code.strip());
            }
            return item.id();
        }).collect(Collectors.toSet());
    }

    public List<String> getSources() {
        return List.of("NEW_PRODUCT", "CHANGE", "REGULATION");
    }

    public List<TrainingRequestView> getList() {
        return list;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getItemCodes() {
        return itemCodes;
    }

    public void setItemCodes(String itemCodes) {
        this.itemCodes = itemCodes;
    }
}
