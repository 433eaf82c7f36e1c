// Package petrarch codes actors and events with PETRARCH-2, UD-PETRARCH and
// TABARI format dictionaries, so that dictionaries researchers already have
// can be used as they are.
//
// It consumes a folder of dictionary files (Load) and, per article,
// document.Document.Text, Sentences, Published and Entities. It produces
// Document.Events (CAMEO codes exactly as the verb dictionary writes them)
// and sets Entity.Actor on the entities whose mentions the actor dictionary
// names. Nothing else is changed.
//
// Load recognises each file by its content, never by its name: a verb
// dictionary has "--- VERB [code] ---" blocks, an agent dictionary
// "[~CODE]" entries, an actor dictionary "NAME [CODE]" entries with
// "+SYNONYM" lines, a discard file bare phrases, and UD-PETRARCH's
// "Internal Coding Ontology" CODE:0xHEX lines. What is read:
//
//   - comments: "#" to the end of a line (not inside [...]) and
//     <!-- ... --> blocks, over several lines too;
//   - actors: synonyms, codes with date restrictions ([CODE <YYMMDD],
//     [CODE >YYMMDD], [CODE YYYYMMDD-YYYYMMDD]) chosen by the article's
//     publication date, compound codes ("FRO/BIL/SAM": one actor each in
//     PETRARCH-2 dictionaries, kept whole with a coding ontology, as
//     UD-PETRARCH does), "_" and " " joining words;
//   - agents: "[~GOV]" appended to the country of the actor they go with,
//     "[NGO~]" put before it, "{PLURAL ...}" forms (none with "{}", regular
//     plurals otherwise) and "!NAME! = A, B" substitution sets;
//   - verbs: synsets (&NAME, nested), blocks of synonymous verbs with their
//     forms ({...}, regular forms otherwise) and codes, multi-word verbs
//     ("+BREAK_DOWN", "WIRE_+TAP"), patterns with words before and after the
//     verb ("_" joins adjacent words, " " allows words between), "$" the
//     source, "+" the target, "%" a compound actor, "^" a skipped noun
//     phrase, {...} noun and (...) prepositional groups of PETRARCH-2
//     (their words may have determiners between them, and adjectives before
//     a noun phrase's head), paired codes [a:b] (a from source to target, b
//     back) and "---" (codes nothing);
//   - discards: a phrase discards its sentence, "+phrase" the whole story;
//   - the coding ontology (UD-PETRARCH): it negates the code of a negated
//     verb ("did not clash": 110 becomes 050). Its presence also switches
//     to UD-PETRARCH's conventions: compound codes kept whole, lemmas
//     matched ("efforts" EFFORT), words before a verb read in its subject
//     phrase only, patterns stopping at a subordinate clause, passive
//     subjects as targets, dyads only.
//
// What cannot be used is a Warning with its file and line, never silently
// dropped.
//
// The coder is a shallow one, in the spirit of TABARI, over the words of each
// sentence: actor and agent phrases are found by longest match, joined into
// noun phrases ("Gondor's foreign minister", "soldiers from Gondor") and
// compounds ("Arnor, Rohan and Bree"); each dictionary verb (told from a noun
// by its neighbours) is matched against its patterns, the most specific
// first; the source is the pattern's "$" or else the first actor of the
// verb's clause, the target the pattern's "+" or else the first actor after
// the verb; "by" after a passive verb names the source. The pattern that
// matches the most words wins; its words code no verb of their own. Events
// need both a source and a target (PETRARCH's require_dyad) unless
// Options.AllowMonad.
//
// Convert writes a Set in attache's own formats: event.LoadDictionary
// patterns and an actor table.
package petrarch
