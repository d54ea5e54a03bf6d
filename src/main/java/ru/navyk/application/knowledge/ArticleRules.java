package ru.navyk.application.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.domain.knowledge.CompetencyLink;
import ru.navyk.domain.knowledge.KnowledgeLengths;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * The checks an article passes before it is saved, from the portal or from a content file: a title, a text and a
 * change summary within their lengths; at most a dozen short tags; links only to labor functions and items that
 * exist in the current competency model (when one is loaded).
 */
final class ArticleRules {

    private ArticleRules() {
    }

    static void check(ArticleForm form, Optional<ModelSnapshot> model) {
        required("title", form.title(), KnowledgeLengths.TITLE);
        required("body", form.body(), KnowledgeLengths.BODY);
        required("summary", form.summary(), KnowledgeLengths.SUMMARY);
        tags(form.tags());
        links(form.links(), model);
    }

    static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "rule.required");
        }
        if (value.strip().length() > max) {
            throw new RuleViolationException(field, "rule.tooLong", max);
        }
    }

    static List<String> tags(List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag.isBlank()) {
                continue;
            }
            if (tag.strip().length() > KnowledgeLengths.TAG) {
                throw new RuleViolationException("tags", "rule.tooLong", KnowledgeLengths.TAG);
            }
            clean.add(tag.strip());
        }
        if (clean.size() > KnowledgeLengths.MAX_TAGS) {
            throw new RuleViolationException("tags", "rule.kb.tags.tooMany", KnowledgeLengths.MAX_TAGS);
        }
        return new ArrayList<>(clean);
    }

    static List<CompetencyLink> links(List<String> codes, Optional<ModelSnapshot> model) {
        List<CompetencyLink> links = new ArrayList<>();
        for (String code : codes) {
            if (code.isBlank()) {
                continue;
            }
            if (!CompetencyLink.isValid(code)) {
                throw new RuleViolationException("links", "rule.kb.link.invalid", code.strip());
            }
            CompetencyLink link = CompetencyLink.of(code);
            if (model.isPresent() && !exists(model.get(), link.getCode())) {
                throw new RuleViolationException("links", "rule.kb.link.unknown", link.getCode());
            }
            links.add(link);
        }
        return links;
    }

    static boolean exists(ModelSnapshot model, String code) {
        return model.laborFunction(code).isPresent() || model.itemsByCode().containsKey(code);
    }
}
