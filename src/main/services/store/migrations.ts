/**
 * Versioned schema migrations. Each entry moves the store from version i to i + 1 and runs in
 * one transaction with the `user_version` bump, so a store is never left half-migrated.
 * Append only: never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id                TEXT PRIMARY KEY,
    sha256            TEXT NOT NULL UNIQUE,
    file_name         TEXT NOT NULL,
    format            TEXT NOT NULL,
    original          BLOB NOT NULL,
    title             TEXT NOT NULL,
    byline            TEXT,
    publisher         TEXT,
    published         TEXT,
    lang              TEXT,
    url               TEXT,
    text              TEXT NOT NULL,
    blocks            TEXT NOT NULL,
    extractor_version INTEGER NOT NULL,
    imported_at       TEXT NOT NULL,
    memo              TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX articles_imported_at ON articles (imported_at);

  CREATE TABLE annotations (
    id          TEXT PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL,
    suffix      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '[]',
    color       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (end > start)
  );
  CREATE INDEX annotations_article ON annotations (article_id, start);
  `,
  // Provenance: when the page was captured, and the older copy of the same URL this one updates.
  `
  ALTER TABLE articles ADD COLUMN captured_at TEXT;
  ALTER TABLE articles ADD COLUMN previous_version_id TEXT REFERENCES articles (id) ON DELETE SET NULL;
  CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
  `,
  // Analysis results, kept with the engine version and the hash of the text they were made from:
  // a newer engine or a re-extracted text makes them stale, and they are computed again.
  `
  CREATE TABLE analyses (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    text_sha256 TEXT NOT NULL,
    result      TEXT NOT NULL,
    created_at  TEXT NOT NULL
  );
  `,
  // A document's own date (a PDF's CreationDate, often the day it was printed) kept apart from the
  // publication date. Until now the PDF importer's only source of `published` was the CreationDate,
  // so a PDF row's `published` is moved over whole.
  `
  ALTER TABLE articles ADD COLUMN document_date TEXT;
  UPDATE articles SET document_date = published, published = NULL WHERE format = 'pdf' AND published IS NOT NULL;
  `,
  // Cases: named sets of articles. An article can be in several; deleting either side drops the link only.
  `
  CREATE TABLE cases (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE case_articles (
    case_id    TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (case_id, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX case_articles_article ON case_articles (article_id);
  -- The library list's columns, so listing never walks a long article's overflow pages (its text
  -- and original come before imported_at in the row). It starts with imported_at, which makes the
  -- index on that column alone redundant.
  CREATE INDEX articles_list ON articles (imported_at, id, title, publisher, published, file_name, format);
  DROP INDEX articles_imported_at;
  `,
  // Full-text search. One index row per article (keyed by the article's rowid) holds everything a search
  // looks at: its own fields, its notes and tags, and the source names of its analysis, so that one query can
  // match words spread over the text and the notes. `search_documents` says what that row holds; triggers on
  // every table it reads from delete the article's row and insert it again from the view inside the writing
  // statement, so the index commits or rolls back with the write. The index is contentless (the text is not
  // stored twice) with contentless_delete, so a row is removed by rowid alone and no trigger needs the old
  // values — which also keeps it right when INSERT OR REPLACE deletes a row without firing delete triggers.
  // unicode61 with remove_diacritics 2 folds case and Latin accents; the prefix indexes keep `ki*` and `kim*`
  // fast. The store never runs VACUUM, which may renumber the rowids of tables without an INTEGER PRIMARY KEY.
  `
  CREATE VIEW search_documents AS
  SELECT a.rowid AS rid, a.title, a.publisher, a.byline, a.text, a.memo,
    (SELECT group_concat(n.note, char(10)) FROM annotations n WHERE n.article_id = a.id AND n.note <> '') AS notes,
    (SELECT group_concat(t.value, char(10))
       FROM annotations n, json_each(CASE WHEN json_valid(n.tags) THEN n.tags ELSE '[]' END) t
       WHERE n.article_id = a.id) AS tags,
    (SELECT group_concat(json_extract(s.value, '$.name'), char(10))
       FROM analyses y, json_each(CASE WHEN json_valid(y.result) THEN y.result ELSE '{}' END, '$.sources') s
       WHERE y.article_id = a.id) AS sources
  FROM articles a;

  CREATE VIRTUAL TABLE search_index USING fts5 (
    title, publisher, byline, text, memo, notes, tags, sources,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  );

  CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN
    INSERT INTO search_index (rowid, title, publisher, byline, text, memo, notes, tags, sources)
      SELECT * FROM search_documents WHERE rid = new.rowid;
  END;
  CREATE TRIGGER search_article_update AFTER UPDATE OF title, publisher, byline, text, memo ON articles BEGIN
    DELETE FROM search_index WHERE rowid = old.rowid;
    INSERT INTO search_index (rowid, title, publisher, byline, text, memo, notes, tags, sources)
      SELECT * FROM search_documents WHERE rid = new.rowid;
  END;
  CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search_index WHERE rowid = old.rowid;
  END;

  CREATE TRIGGER search_annotation_insert AFTER INSERT ON annotations BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM articles WHERE id = new.article_id);
    INSERT INTO search_index (rowid, title, publisher, byline, text, memo, notes, tags, sources)
      SELECT * FROM search_documents WHERE rid = (SELECT rowid FROM articles WHERE id = new.article_id);
  END;
  CREATE TRIGGER search_annotation_update AFTER UPDATE OF article_id, note, tags ON annotations BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM articles WHERE id IN (old.article_id, new.article_id));
    INSERT INTO search_index (rowid, title, publisher, byline, text, memo, notes, tags, sources)
      SELECT * FROM search_documents
      WHERE rid IN (SELECT rowid FROM articles WHERE id IN (old.article_id, new.article_id));
  END;
  CREATE TRIGGER search_annotation_delete AFTER DELETE ON annotations BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM articles WHERE id = old.article_id);
    INSERT INTO search_index (rowid, title, publisher, byline, text, memo, notes, tags, sources)
      SELECT * FROM search_documents WHERE rid = (SELECT rowid FROM articles WHERE id = old.article_id);
  END;

  CREATE TRIGGER search_analysis_insert AFTER INSERT ON analyses BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM articles WHERE id = new.article_id);
    INSERT INTO search_index (rowid, title, publisher, byline, text, memo, notes, tags, sources)
      SELECT * FROM search_documents WHERE rid = (SELECT rowid FROM articles WHERE id = new.article_id);
  END;
  CREATE TRIGGER search_analysis_update AFTER UPDATE ON analyses BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM articles WHERE id IN (old.article_id, new.article_id));
    INSERT INTO search_index (rowid, title, publisher, byline, text, memo, notes, tags, sources)
      SELECT * FROM search_documents
      WHERE rid IN (SELECT rowid FROM articles WHERE id IN (old.article_id, new.article_id));
  END;
  CREATE TRIGGER search_analysis_delete AFTER DELETE ON analyses BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT rowid FROM articles WHERE id = old.article_id);
    INSERT INTO search_index (rowid, title, publisher, byline, text, memo, notes, tags, sources)
      SELECT * FROM search_documents WHERE rid = (SELECT rowid FROM articles WHERE id = old.article_id);
  END;

  INSERT INTO search_index (rowid, title, publisher, byline, text, memo, notes, tags, sources)
    SELECT * FROM search_documents;

  CREATE INDEX articles_date ON articles (COALESCE(published, document_date));
  `,
  // Claim verdicts. A verdict covers one claim or several linked ones across articles; a claim is a span of an
  // article's text with its quote, so it re-anchors when the text is extracted again. Deleting an article drops
  // its claims, and a verdict left with no claim goes too (with its evidence). A passage cited as evidence keeps
  // its quote when its article is deleted. `search_vocab` exposes the index's words with how many articles hold
  // each, so finding the same claim elsewhere can shortlist articles by the claim's rarest words.
  `
  CREATE TABLE verdicts (
    id          TEXT PRIMARY KEY,
    status      TEXT NOT NULL CHECK (status IN ('to-check', 'checking', 'checked')),
    rating      TEXT CHECK (rating IN ('true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unverifiable')),
    conclusion  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
  );
  CREATE INDEX verdicts_updated ON verdicts (updated_at);
  CREATE TABLE verdict_claims (
    verdict_id    TEXT NOT NULL REFERENCES verdicts (id) ON DELETE CASCADE,
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    exact         TEXT NOT NULL,
    prefix        TEXT NOT NULL,
    suffix        TEXT NOT NULL,
    annotation_id TEXT REFERENCES annotations (id) ON DELETE SET NULL,
    linked_by     TEXT NOT NULL,
    linked_at     TEXT NOT NULL,
    PRIMARY KEY (article_id, start, end),
    CHECK (end > start)
  ) WITHOUT ROWID;
  CREATE INDEX verdict_claims_verdict ON verdict_claims (verdict_id);
  CREATE TRIGGER verdict_claims_last AFTER DELETE ON verdict_claims
    WHEN NOT EXISTS (SELECT 1 FROM verdict_claims WHERE verdict_id = old.verdict_id) BEGIN
    DELETE FROM verdicts WHERE id = old.verdict_id;
  END;
  CREATE TABLE evidence (
    id          TEXT PRIMARY KEY,
    verdict_id  TEXT NOT NULL REFERENCES verdicts (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('url', 'passage', 'file', 'note')),
    url         TEXT,
    article_id  TEXT REFERENCES articles (id) ON DELETE SET NULL,
    start       INTEGER,
    end         INTEGER,
    exact       TEXT,
    file_name   TEXT,
    note        TEXT NOT NULL DEFAULT '',
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL
  );
  CREATE INDEX evidence_verdict ON evidence (verdict_id, added_at);
  CREATE INDEX evidence_article ON evidence (article_id) WHERE article_id IS NOT NULL;
  CREATE VIRTUAL TABLE search_vocab USING fts5vocab (search_index, 'col');
  `,
  // The codebook: codes in a tree (siblings ordered by position), and the codes of each highlight, ordered (the
  // first may give the highlight its colour). Names are unique among siblings ignoring case; the service compares
  // them with a full Unicode fold (SQLite's NOCASE folds only ASCII), inside the writing transaction. A parent
  // cannot be deleted while it has children (the service moves them up first), so no subtree is ever dropped by
  // a stray delete. Deleting a highlight or a code drops their links only.
  `
  CREATE TABLE codes (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    color       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    parent_id   TEXT REFERENCES codes (id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
  );
  CREATE INDEX codes_parent ON codes (parent_id, position);
  CREATE TABLE annotation_codes (
    annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    code_id       TEXT NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (annotation_id, code_id)
  ) WITHOUT ROWID;
  CREATE INDEX annotation_codes_code ON annotation_codes (code_id);
  `,
  // Annotations imported from another tool (W3C Web Annotation, Hypothesis) that matched no article of the
  // library: kept with their quote and note rather than dropped, so an import says what it could not place.
  `
  CREATE TABLE orphan_annotations (
    id          TEXT PRIMARY KEY,
    source      TEXT NOT NULL,
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL,
    suffix      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '[]',
    file_name   TEXT NOT NULL,
    imported_at TEXT NOT NULL
  );
  `,
  // An unplaced annotation keeps everything its file said of it, so that placing it later gives the annotation
  // placing it at once would have: its position, its codes (a JSON array of { id, label }, the label being the
  // code's path), its colour and its own created and modified times. Rows kept before have none of these.
  `
  ALTER TABLE orphan_annotations ADD COLUMN position_start INTEGER;
  ALTER TABLE orphan_annotations ADD COLUMN position_end INTEGER;
  ALTER TABLE orphan_annotations ADD COLUMN codes TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE orphan_annotations ADD COLUMN color TEXT;
  ALTER TABLE orphan_annotations ADD COLUMN created TEXT;
  ALTER TABLE orphan_annotations ADD COLUMN modified TEXT;
  `,
]
