package ru.navyk.benchmark.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import ru.navyk.benchmark.data.CentrePlan.PersonPlan;

/**
 * The knowledge base of a generated centre (migration 010's tables): {@value #ARTICLES} articles with two to five
 * revisions each over the two years before {@code asOf}; one campaign per article asking the holders of the
 * {@code operator} profile to read a revision, which every operator employed on that day acknowledged within a few
 * days (about {@value #ARTICLES} acknowledgements per operator, fewer for recent hires); and, for the shift-start storm,
 * {@value #PENDING} newer major revisions published three days before {@code asOf} that every active operator has yet
 * to acknowledge (deadline {@value #PENDING_DEADLINE_DAYS} days after {@code asOf}, so that no reminder fires during a
 * run). The storm acknowledges these; the publish scenario asks for acknowledgement of the articles after them.
 */
final class KnowledgeBaseData implements FeatureData {

    static final int ARTICLES = 200;
    /** Open campaigns every active operator has to acknowledge: more than a warm-up and a measured storm consume. */
    static final int PENDING = 50;
    static final int PENDING_DEADLINE_DAYS = 60;
    private static final int HISTORY_DAYS = 2 * 365;
    private static final String AUTHOR = "admin";
    private static final String[] TOPICS = {"Приветствие и идентификация клиента", "Работа с претензией",
        "Информационная безопасность и тайна связи", "Карточка продукта", "Смена тарифа", "Эскалация обращения",
        "Памятка супервизора", "Возврат платежа", "Перенос номера", "Роуминг", "Блокировка карты",
        "Доставка и самовывоз"};
    private static final String[] TAGS = {"скрипт", "претензии", "безопасность", "продукт", "тарифы", "эскалация",
        "памятка", "платежи"};
    private static final String[] SENTENCES = {"Поприветствуйте клиента и назовите своё имя.",
        "Уточните, как к клиенту обращаться, и используйте обращение в разговоре.",
        "Проверьте личность клиента по кодовому слову или паспортным данным.",
        "Не называйте данные клиента первым: попросите клиента назвать их.",
        "Зафиксируйте суть обращения в карточке контакта.",
        "Если вопрос выходит за рамки ваших полномочий, передайте обращение на вторую линию.",
        "Сообщите клиенту срок ответа и номер обращения.",
        "Перед завершением разговора спросите, остались ли у клиента вопросы.",
        "Тариф меняется с первого числа следующего расчётного периода.",
        "Возврат средств выполняется в течение десяти рабочих дней.",
        "Претензия регистрируется в день обращения, ответ даётся письменно.",
        "Не обсуждайте с клиентом внутренние процессы и сроки смежных подразделений."};

    @Override
    public String name() {
        return "knowledge-base";
    }

    @Override
    public void write(Generation g) throws SQLException {
        Random random = g.random(name());
        CentrePlan plan = g.plan();
        Long operatorProfile = g.profileId(Kind.AGENT.profileCode);
        LocalDate from = plan.asOf.minusDays(HISTORY_DAYS);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String title = TOPICS[i % TOPICS.length] + " — " + (i / TOPICS.length + 1);
            boolean pending = i < PENDING;
            int revisions = 2 + random.nextInt(4);
            // Revisions spread over the two years; a pending article's last one came three days before asOf.
            LocalDate[] dates = new LocalDate[revisions];
            long span = HISTORY_DAYS - 30;
            String[] bodies = new String[revisions];
            String[] summaries = new String[revisions];
            boolean[] major = new boolean[revisions];
            long[] revisionIds = new long[revisions];
            for (int n = 0; n < revisions; n++) {
                dates[n] = from.plusDays(span * n / revisions + random.nextInt((int) (span / revisions)));
                bodies[n] = body(random, title, n + 1);
                summaries[n] = n == 0 ? "Первая редакция" : "Уточнены шаги " + (1 + random.nextInt(5));
                major[n] = n == 0 || random.nextBoolean();
            }
            if (pending) {
                dates[revisions - 1] = plan.asOf.minusDays(3);
                major[revisions - 1] = true;
            }
            articles.add(new Article(g.nextId("kb_article"), title, TAGS[i % TAGS.length],
                    TAGS[(i / TAGS.length + 3) % TAGS.length], revisionIds, dates, bodies, summaries, major,
                    pending));
        }
        // One table after the other: each row points at the table before.
        try (BatchInsert article = new BatchInsert(g.connection(), "kb_article", "id", "row_version", "article_key",
                "title", "current_revision", "search_text", "source_hash", "imported_revision", "created_at",
                "updated_at")) {
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                int last = a.revisionIds().length - 1;
                article.row(a.id(), 0L, String.format("bench-%03d", i + 1), a.title(), last + 1,
                        (a.title() + "\n" + a.tag() + " " + a.secondTag() + "\n" + a.bodies()[last])
                                .toLowerCase(Locale.ROOT).replace('ё', 'е'), null, null, at(a.dates()[0]),
                        at(a.dates()[last]));
            }
            g.counted(article);
        }
        try (BatchInsert tag = new BatchInsert(g.connection(), "kb_article_tag", "article_id", "tag")) {
            for (Article a : articles) {
                tag.row(a.id(), a.tag());
                if (!a.secondTag().equals(a.tag())) {
                    tag.row(a.id(), a.secondTag());
                }
            }
            g.counted(tag);
        }
        try (BatchInsert revision = new BatchInsert(g.connection(), "kb_revision", "id", "article_id", "number",
                "title", "body", "summary", "major", "author", "created_at")) {
            for (Article a : articles) {
                for (int n = 0; n < a.revisionIds().length; n++) {
                    a.revisionIds()[n] = g.nextId("kb_revision");
                    revision.row(a.revisionIds()[n], a.id(), n + 1, a.title(), a.bodies()[n], a.summaries()[n],
                            a.major()[n], AUTHOR, at(a.dates()[n]));
                }
            }
            g.counted(revision);
        }
        writeCampaigns(g, articles, operatorProfile);
        writePublishable(g, articles);
    }

    /** One article as written: its revisions' ids and days, and whether its last revision is still to be read. */
    private record Article(long id, String title, String tag, String secondTag, long[] revisionIds,
                           LocalDate[] dates, String[] bodies, String[] summaries, boolean[] major,
                           boolean pending) {

        /** The revision everyone read: the last, or for a pending article the one before it. */
        int read() {
            return pending ? revisionIds.length - 2 : revisionIds.length - 1;
        }
    }

    /**
     * Campaigns, then obligations, then acknowledgements, each table complete before the next (batches of different
     * tables are sent independently, and each row points at the one before). The days read come from a stream of
     * their own, replayed for the acknowledgements.
     */
    private static void writeCampaigns(Generation g, List<Article> articles, Long profile) throws SQLException {
        CentrePlan plan = g.plan();
        List<PersonPlan> operators = plan.persons.stream().filter(p -> p.kind().isOperator()).toList();
        long[] readCampaigns = new long[articles.size()];
        long[] pendingCampaigns = new long[articles.size()];
        List<Long> campaignIds = new ArrayList<>();
        try (BatchInsert campaign = new BatchInsert(g.connection(), "kb_campaign", "id", "row_version", "article_id",
                "revision_id", "audience_kind", "audience_label", "deadline", "created_by", "created_at")) {
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                readCampaigns[i] = campaign(g, campaign, a, a.read(), a.dates()[a.read()].plusDays(14));
                campaignIds.add(readCampaigns[i]);
            }
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                if (a.pending()) {
                    pendingCampaigns[i] = campaign(g, campaign, a, a.revisionIds().length - 1,
                            plan.asOf.plusDays(PENDING_DEADLINE_DAYS));
                    campaignIds.add(pendingCampaigns[i]);
                }
            }
            g.counted(campaign);
        }
        try (BatchInsert audience = new BatchInsert(g.connection(), "kb_campaign_audience", "campaign_id",
                "audience_value")) {
            for (long id : campaignIds) {
                audience.row(id, String.valueOf(profile));
            }
            g.counted(audience);
        }
        long firstObligation = -1;
        try (BatchInsert obligation = new BatchInsert(g.connection(), "kb_obligation", "id", "campaign_id",
                "person_id", "article_id", "revision_id", "status", "deadline", "created_at", "closed_at",
                "superseded_by")) {
            Random reads = g.random("knowledge-base-reads");
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                LocalDate on = a.dates()[a.read()];
                for (PersonPlan p : operators) {
                    if (employedOn(p, on)) {
                        long id = g.nextId("kb_obligation");
                        firstObligation = firstObligation < 0 ? id : firstObligation;
                        obligation.row(id, readCampaigns[i], g.personId(p.index()), a.id(),
                                a.revisionIds()[a.read()], "DONE", on.plusDays(14), at(on),
                                readAt(reads, on, plan.asOf), null);
                    }
                }
            }
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                if (!a.pending()) {
                    continue;
                }
                int last = a.revisionIds().length - 1;
                for (PersonPlan p : operators) {
                    if (p.active()) {
                        obligation.row(g.nextId("kb_obligation"), pendingCampaigns[i], g.personId(p.index()), a.id(),
                                a.revisionIds()[last], "PENDING", plan.asOf.plusDays(PENDING_DEADLINE_DAYS),
                                at(a.dates()[last]), null, null);
                    }
                }
            }
            g.counted(obligation);
        }
        try (BatchInsert acknowledgement = new BatchInsert(g.connection(), "kb_acknowledgement", "id",
                "obligation_id", "person_id", "revision_id", "acknowledged_at", "quiz_attempts", "quiz_score",
                "quiz_total")) {
            Random reads = g.random("knowledge-base-reads");
            long obligationId = firstObligation;
            for (Article a : articles) {
                LocalDate on = a.dates()[a.read()];
                for (PersonPlan p : operators) {
                    if (employedOn(p, on)) {
                        acknowledgement.row(g.nextId("kb_acknowledgement"), obligationId++, g.personId(p.index()),
                                a.revisionIds()[a.read()], readAt(reads, on, plan.asOf), 0, null, null);
                    }
                }
            }
            g.counted(acknowledgement);
        }
    }

    /** The articles the publish scenario revises and publishes: those with nothing pending, in a seeded order. */
    private static void writePublishable(Generation g, List<Article> articles) {
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            if (!a.pending()) {
                lines.add(a.id() + "," + g.profileId(Kind.AGENT.profileCode));
            }
        }
        Collections.shuffle(lines, g.random("knowledge-base-publish"));
        lines.add(0, "articleId,profileId");
        try {
            Files.createDirectories(g.usersDir());
            Files.write(g.usersDir().resolve("articles.csv"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean employedOn(PersonPlan p, LocalDate day) {
        return !p.hired().isAfter(day) && (p.left() == null || p.left().isAfter(day));
    }

    /** When an operator read a revision published on a day: within the following working week, before asOf. */
    private static Instant readAt(Random random, LocalDate on, LocalDate asOf) {
        LocalDate day = on.plusDays(random.nextInt(6));
        if (!day.isBefore(asOf)) {
            day = asOf.minusDays(1);
        }
        return day.atTime(9 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    private static long campaign(Generation g, BatchInsert campaign, Article a, int revision, LocalDate deadline)
            throws SQLException {
        long id = g.nextId("kb_campaign");
        campaign.row(id, 0L, a.id(), a.revisionIds()[revision], "JOB_PROFILE", "Оператор колл-центра", deadline,
                AUTHOR, at(a.dates()[revision]));
        return id;
    }

    /** Some paragraphs of instructions; each revision reorders and rewrites a few, so revisions differ. */
    private static String body(Random random, String title, int revision) {
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            text.append("## Шаг ").append(paragraph + 1).append("\n\n");
            for (int s = 0; s < 4; s++) {
                text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            text.append("(редакция ").append(revision).append(")\n\n");
        }
        return text.toString();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
