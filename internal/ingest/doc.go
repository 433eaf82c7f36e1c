// Package ingest turns inputs into stored Documents: files, folders, http(s)
// URLs of pages, RSS and Atom feeds (polled with a conditional GET whose
// ETag and Last-Modified the store keeps, and each item's page fetched
// politely, one request per host per HostDelay), WARC files (Common Crawl
// News: the HTML responses), standard input and jsonl batches, read as
// attache analyze reads them.
//
// It consumes INPUT arguments and a store.Store; it produces the articles
// stored and Stats (read, added, skipped, duplicates, failed, rate).
//
// Workers extract each article and hash it (store.ContentHash); one already
// stored is skipped without analysis, the others are analysed in parallel
// and handed, in input order, to one writer goroutine that stores them in
// batched transactions. A run killed at any point loses only the batch it
// was writing (rolled back by SQLite), and the next run over the same input
// skips what was stored and stores the rest: nothing lost, nothing twice.
package ingest
