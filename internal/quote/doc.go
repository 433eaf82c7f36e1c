// Package quote finds quotations in an article: direct quotes (the words
// between quotation marks), reported speech and beliefs ("Qin told Blinken
// that relations ... are at the lowest point"), and mixed quotes, each with
// its speaker and the cue that attributes it ("said", "told", "according to").
//
// It consumes document.Document.Text, Sentences (found here when empty or
// not spans of Text) and Entities (may be empty: speakers are then read from
// the text alone), and produces Document.Quotes in text order. A quote's
// span is its content:
//
//   - direct: the words between the marks; a discontinuous `"X," she said,
//     "Y."` is one quote from X to Y, as is a quotation running on over
//     several paragraphs; after a naming verb the object is included
//     (calling the talks "candid" -> `the talks "candid"`). Direct is true.
//   - reported speech: the reported clause without "that"; Direct is false,
//     also when quoted words are part of it (a mixed quote: `said the delay
//     was "a disaster"`).
//
// The speaker's Start/End is the phrase as written ("she", "the spokesman",
// "A senior US official", "Matthew Miller"); its Name is the name in the
// phrase without titles ("Matthew Miller" for "State Department spokesman
// Matthew Miller"), the description itself for anonymous sources ("A senior
// US official"), and for "he", "she", "they", "who" and "the spokesman" the
// name it refers to: the last fitting speaker, else the last person named
// (an entity when there are entities). Entity is the id of the entity a
// mention of which covers the name (a description links only to a mention
// of its head word). Cue is the verb as written, "" for a colon or a dash.
//
// The analysis is rule-based, one tokenization and then scans bounded by
// the sentence (at most 120 tokens), so it runs in linear time:
//
//   - quotation marks are paired per paragraph: straight, curly and doubled
//     apostrophes alike, a quotation of another style nested inside; a
//     paragraph that ends inside a quotation continues into the next one when
//     that opens with a mark of the same style; short title-case quotations
//     inside a sentence ("Meet the Press") are names, not quotations;
//   - each quoted segment looks for its attribution after it (`"...," she
//     said`, `said Matthew Miller`, `― Ana Ruiz`), before it (`X said: "..."`,
//     `calling the talks "..."`, `according to X, "..."`, `Name: "..."`) and
//     elsewhere in its sentence (then it is part of reported speech);
//   - segments of one speaker are joined (`"A," he said. "B."`, more quoted
//     sentences later in the paragraph, a paragraph that is all quotation
//     after one that ends with a quote); a quote paragraph with no cue takes
//     the previous speaker; short quoted phrases with no cue (scare quotes,
//     titles) are not quotes;
//   - cue verbs left over give reported speech: the clause after "said
//     (that)", "told X that", "believes", "asked whether", the clause before
//     ", X said" or ", according to X", or both around a parenthetical
//     ("Climate change, he says, is ..."); of two attributions one inside the
//     other the outer is kept, except that "according to" yields to the
//     attribution it reports.
//
// Measured on PolNeAR (../shared/eval/quotes/polnear, score_quotes.py's
// metric, see TestPolNeAR): dev direct F1 0.92, speaker accuracy 0.94.
package quote
