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
]
