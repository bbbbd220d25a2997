-- A lexeme's language and lemma: its key without class, genders and ordinal. A source that names no part of speech
-- (PanLex) finds by it the one lexeme of known class that its word is (EntryStore.joinLexemesByLemma).
CREATE INDEX lexeme_lemma ON lexeme ((regexp_replace(lexeme_key, '(\|[^|]*){3}$', ''))) WHERE word_class <> 31;
