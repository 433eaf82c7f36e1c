-- attache store, schema 1: articles with their full Document, the
-- annotations in tables of their own for querying, full-text search, the
-- near-duplicate band table and feed poll state.
--
-- Dates are kept twice: as written (for display) and as a number for
-- ranges and order: `pub` is the publication time in Unix seconds,
-- `day` a date in days since 1970-01-01. Unknown is -1000000000 (pub) or
-- -1000000 (day), which sorts after every known date in newest-first order.

CREATE TABLE articles (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	hash         TEXT NOT NULL UNIQUE,
	url          TEXT NOT NULL,
	host         TEXT NOT NULL,
	site         TEXT NOT NULL,
	title        TEXT NOT NULL,
	published    TEXT NOT NULL,
	pub          INTEGER NOT NULL,
	pubday       TEXT NOT NULL,   -- YYYY-MM-DD or ''
	duplicate_of INTEGER REFERENCES articles(seq),
	similarity   REAL NOT NULL DEFAULT 0,
	events       INTEGER NOT NULL,
	added        TEXT NOT NULL,
	-- the large columns last, so that reading the others skips their pages
	signature    BLOB,            -- MinHash signature; NULL for short texts
	doc          TEXT NOT NULL,   -- the Document's JSON without its text
	text         TEXT NOT NULL
);
CREATE INDEX articles_pub ON articles(pub, seq);
CREATE INDEX articles_url ON articles(url) WHERE url != '';
CREATE INDEX articles_site ON articles(site COLLATE NOCASE);
CREATE INDEX articles_host ON articles(host);
CREATE INDEX articles_dup ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content='articles', content_rowid='seq',
	tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TABLE bands (
	key     INTEGER NOT NULL,
	article INTEGER NOT NULL REFERENCES articles(seq)
);
CREATE INDEX bands_key ON bands(key);

CREATE TABLE entities (
	article  INTEGER NOT NULL REFERENCES articles(seq),
	eid      TEXT NOT NULL,
	name     TEXT NOT NULL,
	type     TEXT NOT NULL,
	mentions INTEGER NOT NULL,
	code     TEXT NOT NULL,
	country  TEXT NOT NULL,
	sector   TEXT NOT NULL,
	role     TEXT NOT NULL,
	pubday   TEXT NOT NULL
);
CREATE INDEX entities_article ON entities(article);
CREATE INDEX entities_code ON entities(code, article) WHERE code != '';

CREATE TABLE quotes (
	id             INTEGER PRIMARY KEY,
	article        INTEGER NOT NULL REFERENCES articles(seq),
	start          INTEGER NOT NULL,
	end            INTEGER NOT NULL,
	text           TEXT NOT NULL,
	direct         INTEGER NOT NULL,
	speaker_entity TEXT NOT NULL,
	speaker_name   TEXT NOT NULL,
	speaker_start  INTEGER NOT NULL,
	speaker_end    INTEGER NOT NULL,
	cue            TEXT NOT NULL,
	actor          TEXT NOT NULL,
	pub            INTEGER NOT NULL
);
CREATE INDEX quotes_pub ON quotes(pub, id);
CREATE INDEX quotes_actor ON quotes(actor, pub) WHERE actor != '';
CREATE INDEX quotes_article ON quotes(article);

CREATE TABLE places (
	article   INTEGER NOT NULL REFERENCES articles(seq),
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	text      TEXT NOT NULL,
	name      TEXT NOT NULL,
	country   TEXT NOT NULL,
	lat       REAL NOT NULL,
	lon       REAL NOT NULL,
	geonameid INTEGER NOT NULL,
	entity    TEXT NOT NULL
);
CREATE INDEX places_article ON places(article);
CREATE INDEX places_country ON places(country);

CREATE TABLE events (
	id            INTEGER PRIMARY KEY,
	article       INTEGER NOT NULL REFERENCES articles(seq),
	source        TEXT NOT NULL,
	target        TEXT NOT NULL,
	cameo         TEXT NOT NULL,
	root          TEXT NOT NULL,
	quad          INTEGER NOT NULL,
	goldstein     REAL NOT NULL,
	plover_event  TEXT NOT NULL,
	plover_mode   TEXT NOT NULL,
	date          TEXT NOT NULL,     -- as read
	day           INTEGER NOT NULL,  -- the event's day, else the article's
	exact         INTEGER NOT NULL,  -- 1 when date is a full YYYY-MM-DD
	place         TEXT NOT NULL,
	place_country TEXT NOT NULL,
	lat           REAL NOT NULL,
	lon           REAL NOT NULL,
	sentence      INTEGER NOT NULL,
	source_entity TEXT NOT NULL,
	target_entity TEXT NOT NULL,
	evidence      TEXT NOT NULL,
	rule          TEXT NOT NULL,
	same_as       INTEGER NOT NULL DEFAULT 0,  -- first report of the same event; 0 when this is it
	grp           INTEGER NOT NULL             -- same_as, or id when 0
);
CREATE INDEX events_day ON events(day, id);
CREATE INDEX events_link ON events(source, target, cameo, day);
CREATE INDEX events_target ON events(target, day);
CREATE INDEX events_cameo ON events(cameo, day);
CREATE INDEX events_grp ON events(grp);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_place ON events(place COLLATE NOCASE);
CREATE INDEX events_place_country ON events(place_country);

CREATE TABLE feeds (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	checked       INTEGER NOT NULL,  -- Unix seconds
	items         INTEGER NOT NULL
);
