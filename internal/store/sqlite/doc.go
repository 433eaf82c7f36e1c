// Package sqlite is the SQLite implementation of store.Store, through the
// pure-Go driver modernc.org/sqlite: one database file in WAL mode, so that
// readers (serve) and a writer (ingest) work at once.
//
// It consumes analysed document.Documents (Put, PutMany) and produces what
// the store.Store queries ask: the Document as stored, article search with
// FTS5 (title and text, Porter stemming), events by actor, dyad, CAMEO code,
// quad class, date and place, weekly or monthly timelines, quotations and
// actor pages.
//
// The schema is this package's own, in numbered migrations
// (migrations/NNNN_what.sql, embedded) recorded in the schema_version table;
// Open applies those a database has not seen. Each article keeps its full
// Document (as JSON, its text apart for the full-text index) and its
// annotations in tables of their own: entities with their actor code and
// role and the article's date, quotes, places and events.
//
// Idempotence: an article is stored once per store.ContentHash. Near-
// duplicates (the same wire story on several sites) are found with MinHash
// signatures and a band table (store.MinHash) and linked to the first copy
// stored. An event with the same source, target and CAMEO code, dated within
// a day of one already read in another article, is linked to that first
// report (EventRow.SameAs) and counts as a further mention of it.
package sqlite
