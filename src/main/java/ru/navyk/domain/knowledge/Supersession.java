package ru.navyk.domain.knowledge;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who a campaign for a new revision asks, and which open obligations it ends. The rules:
 * <ol>
 *   <li>Every open obligation for an <em>older</em> revision of the same article is superseded: nobody should confirm
 *       a text that is no longer current.</li>
 *   <li>Whoever loses an open obligation that way is asked again for the new revision, whether or not the new audience
 *       names them: they still owe a reading.</li>
 *   <li>A <em>major</em> change asks the whole audience, including those who acknowledged an earlier revision.</li>
 *   <li>A <em>minor</em> change does not ask those in the audience who already acknowledged an earlier revision of
 *       the article.</li>
 *   <li>Nobody is asked twice for the same revision: whoever already has an obligation for it (open or done, from an
 *       earlier campaign) is left out.</li>
 * </ol>
 *
 * @param toSupersede the open obligations (ids) that end as superseded
 * @param toOblige    the people (ids) who get an obligation for the new revision
 */
public record Supersession(Set<Long> toSupersede, Set<Long> toOblige) {

    /** One open obligation of the article: its id, its person and its revision's number. */
    public record OpenObligation(long id, long personId, int revisionNumber) {
    }

    public Supersession {
        toSupersede = Set.copyOf(toSupersede);
        toOblige = Set.copyOf(toOblige);
    }

    /**
     * @param revisionNumber    the number of the revision the new campaign is for
     * @param major             whether that revision is a major change
     * @param audience          the people the campaign's audience resolves to
     * @param open              the article's open obligations, for any revision
     * @param acknowledgedEarlier people who acknowledged some earlier revision of the article
     * @param alreadyObliged    people who already have an obligation (open or done) for this very revision
     */
    public static Supersession plan(int revisionNumber, boolean major, Set<Long> audience,
                                    Iterable<OpenObligation> open, Set<Long> acknowledgedEarlier,
                                    Set<Long> alreadyObliged) {
        Set<Long> supersede = new LinkedHashSet<>();
        Set<Long> carriedOver = new LinkedHashSet<>();
        for (OpenObligation obligation : open) {
            if (obligation.revisionNumber() < revisionNumber) {
                supersede.add(obligation.id());
                carriedOver.add(obligation.personId());
            }
        }
        Set<Long> oblige = new LinkedHashSet<>();
        for (Long person : audience) {
            if (major || !acknowledgedEarlier.contains(person)) {
                oblige.add(person);
            }
        }
        oblige.addAll(carriedOver);
        oblige.removeAll(alreadyObliged);
        return new Supersession(supersede, oblige);
    }
}
