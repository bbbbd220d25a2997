package org.aqea.meaning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.aqea.dump.DumpPage;
import org.aqea.dump.PageStream;
import org.aqea.edition.Edition;
import org.aqea.edition.Editions;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.Translation;
import org.aqea.testing.RealPages;
import org.aqea.wikitext.PageBudget;

/**
 * The labelled set search by meaning is measured on: every entry with a meaning text of the real pages of six
 * editions ({@code ../shared/realdata}), each with its true neighbours, the entries of another language that its
 * translations name or whose translations name it (German {@code Hund} and English {@code dog}).
 */
public final class MeaningTestSet {

    /** An entry of the set: its key ({@code de/2/1234/0}: edition, dump, page, heading), the entry, its meaning text. */
    public record Member(String key, LexicalEntry entry, String text) {
    }

    public final List<Member> members;
    /** The true neighbours of each member that has any, by key. */
    public final Map<String, Set<String>> neighboursOf;

    private MeaningTestSet(List<Member> members) {
        this.members = members;
        Map<String, Set<String>> byWord = new TreeMap<>();
        for (Member member : members) {
            byWord.computeIfAbsent(member.entry.langCode() + ":" + member.entry.word(), word -> new HashSet<>()).add(member.key);
        }
        neighboursOf = new TreeMap<>();
        for (Member member : members) {
            for (Translation translation : member.entry.translations()) {
                if (!translation.langCode().equals(member.entry.langCode())) {
                    for (String other : byWord.getOrDefault(translation.langCode() + ":" + translation.word(), Set.of())) {
                        neighboursOf.computeIfAbsent(member.key, key -> new HashSet<>()).add(other);
                        neighboursOf.computeIfAbsent(other, key -> new HashSet<>()).add(member.key);
                    }
                }
            }
        }
    }

    /** The set, read from the real pages (single pages written to {@code folder} first). */
    public static MeaningTestSet of(Path folder) throws IOException {
        List<Member> members = new ArrayList<>();
        for (String code : List.of("de", "en", "fr", "es", "it", "pt")) {
            Edition edition = Editions.of(code).orElseThrow();
            PageParser parser = edition.newParser();
            int dumpNumber = 0;
            for (Path dump : RealPages.dumpsWithSinglePages(code, folder)) {
                dumpNumber++;
                try (PageStream pages = edition.openDump(dump)) {
                    DumpPage page;
                    while ((page = pages.nextPage()) != null) {
                        if (page.isRedirect() || page.namespace() != 0) {
                            continue;
                        }
                        List<LexicalEntry> parsed;
                        try {
                            parsed = parser.parse(page, PageBudget.UNLIMITED);
                        } catch (RuntimeException e) {
                            continue;
                        }
                        for (int i = 0; i < parsed.size(); i++) {
                            Optional<String> text = MeaningText.of(parsed.get(i));
                            if (text.isPresent()) {
                                members.add(new Member(code + "/" + dumpNumber + "/" + page.pageId() + "/" + i,
                                        parsed.get(i), text.get()));
                            }
                        }
                    }
                }
            }
        }
        return new MeaningTestSet(members);
    }

    /** The members' meaning texts, in their order. */
    public List<String> texts() {
        return members.stream().map(Member::text).toList();
    }

    /** The {@code k} members nearest to member {@code query} by comparing its vector with every other. */
    public List<String> exactNearest(List<float[]> vectors, int query, int k) {
        List<Integer> order = new ArrayList<>();
        double[] similarity = new double[members.size()];
        for (int i = 0; i < members.size(); i++) {
            if (i != query) {
                order.add(i);
                for (int d = 0; d < MeaningModel.DIMENSIONS; d++) {
                    similarity[i] += vectors.get(query)[d] * vectors.get(i)[d];
                }
            }
        }
        order.sort((a, b) -> Double.compare(similarity[b], similarity[a]));
        return order.stream().limit(k).map(i -> members.get(i).key).toList();
    }
}
