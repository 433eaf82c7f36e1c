// Package demo holds the demo corpus: some sixty short news reports of real
// diplomatic events from 2018 to 2025, written for the attache project in its
// own words (facts only, no third-party text), embedded in the binary so that
// `attache demo` and the web UI run the whole pipeline on a fresh machine with
// nothing else to fetch.
//
// It consumes nothing. It produces Sources: one attache.Source per article,
// in name order, with Input "demo/NAME" and the raw bytes (copied-page text or
// an HTML page, read with --as auto). Every article states its headline and
// publication date. Most are about the United States and China, so that the
// USA-CHN dyad has a timeline with cooperative and conflictual events over
// many months; the rest cover other dyads (USA-RUS, RUS-UKR, IND-CHN,
// ISR-IRN, JPN-KOR, USA-PRK, SAU-IRN, the EU and the African Union).
// articles/README.md lists the events covered, and testdata/expected.tsv
// the events a reader would code from each article, which the tests check
// the event coder against.
package demo
