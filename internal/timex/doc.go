// Package timex finds temporal expressions in article text and normalises
// them to TIMEX3 values against the publication date.
//
// It consumes document.Document.Text, .Published (ISO 8601; "" when
// unknown) and .Sentences (optional: without them the text is split with
// internal/text). It produces document.Document.Times: byte spans into the
// text, in order and non-overlapping, each with a TIMEX3 type (DATE, TIME,
// DURATION, SET) and value ("2023-06-18", "2023-W24-WE", "PT7.5H",
// "XXXX-WXX-4", "PAST_REF").
//
// It is a rule-based system in the spirit of HeidelTime and SUTime, written
// for attache: a hand-written scanner splits the text into word, number and
// punctuation tokens with offsets, a lexicon marks the months, weekdays,
// number words and units among them, and rules over the tokens recognise
//
//   - written and numeric dates ("June 18, 2023", "18 June", "Sept. 30",
//     "2023-06-18", "6/18/2023"), months, years, decades ("the 1990s"),
//     centuries, fiscal years, quarters and halves ("the third quarter",
//     "this year's first half", "the year-ago period"), seasons, holidays;
//   - relative dates: today, yesterday, weekdays, "last week", "next
//     month", "two years ago", "a year earlier", "earlier this month", "the
//     weekend", "now", "recently", "the future";
//   - times: "9:31 PM", "10 p.m. Wednesday", "noon", "Sunday night", "this
//     morning";
//   - durations ("seven and a half hours", "nearly five years", "the past
//     three months", "a 10-year plan") and sets ("every week", "daily",
//     "each Thursday", "twice a month").
//
// Spans follow TimeBank's conventions: determiners and modifiers such as
// "nearly", "more than", "early", "mid-" belong to the expression,
// prepositions ("on", "in", "since") do not.
//
// Values come from the publication date. Expressions that do not say which
// way they lie (a weekday, a month, a quarter) are placed by the verbs
// around them: the tense cue nearest to the expression in its sentence,
// within the same quotation, decides ("will hold talks on Monday" is the
// next Monday, "told reporters Saturday" the last Saturday, "was scheduled
// to visit in February" the nearest February); a preposition overrides it
// ("since August" lies behind, "until Friday" ahead). Dates with a day and
// no year take the nearest such day. In earnings reports "the quarter", "a
// year ago" and "the year-earlier period" refer to the quarter the report
// is about. Without a publication date, relative expressions get the best
// value that can be known: "PRESENT_REF", "XXXX-06-18", "XXXX-WXX-7".
//
// Find and Run are safe for concurrent use: the lexicon is built once and
// every call works on its own state. They never panic on any input and run
// in time linear in its length.
package timex
