// Package export writes what a store holds in the formats event-data users
// load: a GDELT-style event table, PLOVER JSON lines, CSV for R and pandas,
// and the Documents themselves as JSON lines.
//
// It consumes a store.Store and a store.EventQuery (actor, dyad, CAMEO code,
// dates ...); it produces a stream on an io.Writer. Events are read from the
// store a page at a time, newest first, so an export of any size runs in
// constant memory (jsonl with event filters keeps the set of article ids
// written).
//
// # gdelt
//
// Tab-separated, no header line (as GDELT's files; --header adds one), the
// 61 columns of the GDELT 2.0 event table in its order (GDELTColumns).
// attache fills:
//
//   - GlobalEventID: the event's id in the store.
//   - Day (YYYYMMDD), MonthYear (YYYYMM), Year, FractionDate (YYYY.FFFF, GDELT's
//     (month*30+day)/365): the day the event is filed under, its own date or
//     else its article's.
//   - Actor1Code, Actor2Code: the source and target CAMEO codes; Actor1Name,
//     Actor2Name: the entity's name as the article gives it.
//   - Actor1CountryCode ... Actor1Type3Code: the code split in three-letter
//     parts: a leading country (USA of USAGOV), a known group (UNO of IGOUNO),
//     up to three role codes (GOV, MIL, IGO ...). Ethnic and religion codes
//     are empty.
//   - IsRootEvent: 1 when the event was read in the first two sentences (GDELT:
//     the lead paragraph), else 0.
//   - EventCode, EventBaseCode (its first three digits), EventRootCode,
//     QuadClass, GoldsteinScale: from the CAMEO code.
//   - NumMentions and NumArticles: the articles reporting the same event
//     (attache links the reports of one event; each report is a row, and
//     all rows of one event carry the same counts); NumSources: the distinct
//     sites among them. AvgTone: empty.
//   - ActionGeo_FullName, ActionGeo_CountryCode, ActionGeo_Lat, ActionGeo_Long:
//     the event's place. The country is ISO 3166-1 alpha-3, where GDELT uses
//     FIPS 10-4. Geo type, ADM1/ADM2 codes and feature ids, and the actors'
//     geo columns, are empty.
//   - DATEADDED: when the article was stored (YYYYMMDDHHMMSS, UTC); SOURCEURL:
//     the article's address.
//
// # plover
//
// One JSON object per event that has a PLOVER type (CAMEO roots 01 and 02
// have none), with the fields of PLOVER's records: id, date, source and
// target (lists of {actorText, code}), event, mode, context (empty: attache
// reads none), eventText (empty), text (the sentence), url, language; then
// attache's: cameo, goldstein, mentions, same_as, article.
//
// # csv
//
// RFC 4180 with a header line (CSVColumns): one row per event.
//
// # jsonl
//
// One Document per line: the articles with an event matching the query
// when it filters events by more than an actor and dates; else every
// article (with an entity or event of the actor, published within the
// dates), newest first.
package export
