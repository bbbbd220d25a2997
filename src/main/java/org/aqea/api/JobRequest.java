package org.aqea.api;

import java.util.List;

/**
 * Body of {@code POST /api/jobs}.
 *
 * @param source     {@code wiktionary-dump}, {@code wiktionary-incremental} (a day of an edition's incremental dumps),
 *                   {@code wiktionary-live} (the changes since the last run, from the wiki's API),
 *                   {@code wikidata-lexemes} (Wikidata's lexemes dump, read as the edition {@code wikidata}),
 *                   {@code panlex} (a PanLex snapshot), {@code journal} (replay of the journal) or {@code meanings}
 *                   (the lexicon's entries embedded for search by meaning)
 * @param edition    the Wiktionary edition of the dump ({@code de}); none for Wikidata's lexemes
 * @param dump       the dump's path or URL (a PanLex snapshot also as its unpacked folder); none for a live run
 * @param language   the edition's earlier name, still accepted
 *
 * @param ranges     title ranges such as {@code ["A-E","F-J"]}; default: the predecessor's five ranges
 * @param partitions instead of ranges: this many letter ranges (1 to 26), balanced by the pages of the dump
 * @param threads    partitions run at once; default: one thread per partition
 * @param chunkSize  items per chunk (one transaction and checkpoint); default 500
 * @param skipLimit  rejected pages after which the job fails; default 1000
 * @param complete   the dump holds the whole edition, so that entries it lacks are deprecated (a full
 *                   {@code pages-articles} dump of the edition is recognised without it)
 * @param languages  language codes whose entries the run takes (and, when complete, deprecates); default: every
 *                   language for Wiktionary, those with an AQEA domain for Wikidata
 * @param faultAt    test-only fault switch, honoured only when the server runs with AQEA_TEST_FAULTS=true
 * @param force      an incremental day is applied although days before it are missing
 * @param minimumScore PanLex: the least score of a translation kept (1 to 1000; default 1)
 * @param meanings   the run embeds the entries of its edition for search by meaning at its end (default false: the
 *                   meaning backfill does it for the whole lexicon)
 */
public record JobRequest(String source, String edition, String language, String dump, List<String> ranges, Integer partitions, Integer threads,
                         Integer chunkSize, Integer skipLimit, Boolean complete, List<String> languages,
                         String faultAt, Boolean force, Integer minimumScore, Boolean meanings) {
}
