// Package quote finds quotations in an article: direct quotes (the words
// between quotation marks), reported speech and beliefs ("Qin told Blinken
// that relations ... are at the lowest point"), and mixed quotes, each with
// its speaker and the cue that attributes it ("said", "told", "according to").
//
// It consumes document.Document.Text, Sentences (found here when empty) and
// Entities (may be empty: speakers are then read from the text alone), and
// produces Document.Quotes, in text order.
//
// The analysis is rule-based and runs in one pass over the tokens:
//
//   - quotation marks are paired per paragraph, straight and curly alike; a
//     paragraph that ends inside a quotation continues into the next
//     paragraph when that one opens with a mark;
//   - each quoted segment looks for its attribution after it (`"...," she
//     said`, `said Matthew Miller`), before it (`X said: "..."`, `calling the
//     talks "..."`, `according to X, "..."`) and elsewhere in its sentence
//     (a partial quote inside reported speech);
//   - segments that continue one speaker (`"A," he said. "B."`, a paragraph
//     that is all quotation after a quoted paragraph) are joined into one
//     quote; short quoted phrases with no cue (scare quotes, titles) are not
//     quotes;
//   - reporting verbs left over give reported speech: the clause after
//     "said (that)", "told X that", "believes", or the clause before ", X
//     said" and ", according to X";
//   - speakers are noun phrases next to the cue; "he", "she", "they" and "the
//     spokesman" are resolved to the last fitting speaker or named person, and
//     linked to the entity whose mention covers the name.
package quote
