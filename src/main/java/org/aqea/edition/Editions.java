package org.aqea.edition;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The editions registered on the class path (see {@link Edition}), by code. */
public final class Editions {

    private static final SortedMap<String, Edition> BY_CODE = load();

    private Editions() {
    }

    private static SortedMap<String, Edition> load() {
        SortedMap<String, Edition> editions = new TreeMap<>();
        for (Edition edition : ServiceLoader.load(Edition.class, Edition.class.getClassLoader())) {
            Edition other = editions.put(edition.code(), edition);
            if (other != null) {
                throw new IllegalStateException("two editions have the code '" + edition.code() + "': "
                        + other.getClass().getName() + " and " + edition.getClass().getName());
            }
        }
        return Collections.unmodifiableSortedMap(editions);
    }

    public static Optional<Edition> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The codes, sorted. */
    public static Set<String> codes() {
        return BY_CODE.keySet();
    }

    /** The editions whose dumps a job {@code source} names ({@link Edition#jobSource}): {@code wikidata-lexemes} one. */
    public static List<Edition> readFrom(String source) {
        return BY_CODE.values().stream().filter(edition -> edition.jobSource().equals(source)).toList();
    }

    public static Collection<Edition> all() {
        return BY_CODE.values();
    }
}
