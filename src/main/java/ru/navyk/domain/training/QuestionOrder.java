package ru.navyk.domain.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The order in which one attempt shows the questions and, per question, the options (ids), chosen on the server when
 * the attempt starts and stored with it, so a reload shows the same order and the browser never decides it. Stored
 * as {@code q:o,o,o;q:o,o}.
 */
public record QuestionOrder(Map<Long, List<Long>> optionsByQuestion) {

    public QuestionOrder {
        Map<Long, List<Long>> copy = new LinkedHashMap<>();
        optionsByQuestion.forEach((question, options) -> copy.put(question, List.copyOf(options)));
        optionsByQuestion = Collections.unmodifiableMap(copy);
    }

    /** Authored order, or shuffled questions and options when the test asks for it. */
    public static QuestionOrder of(List<TestQuestion> questions, boolean shuffle, Random random) {
        List<TestQuestion> ordered = new ArrayList<>(questions);
        if (shuffle) {
            Collections.shuffle(ordered, random);
        }
        Map<Long, List<Long>> order = new LinkedHashMap<>();
        for (TestQuestion question : ordered) {
            List<Long> options = new ArrayList<>(question.getOptions().stream().map(TestOption::getId).toList());
            if (shuffle) {
                Collections.shuffle(options, random);
            }
            order.put(question.getId(), options);
        }
        return new QuestionOrder(order);
    }

    public List<Long> questionIds() {
        return List.copyOf(optionsByQuestion.keySet());
    }

    public String encode() {
        return IdLists.encode(optionsByQuestion);
    }

    public static QuestionOrder decode(String text) {
        return new QuestionOrder(IdLists.decode(text));
    }
}
