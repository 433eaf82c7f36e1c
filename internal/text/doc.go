// Package text splits article text into sentences.
//
// It consumes document.Document.Text: UTF-8 body text, paragraphs separated
// by a blank line (invalid UTF-8 and binary input are tolerated, never
// rejected). It produces sentence spans: half-open byte ranges into that
// text, in order, non-overlapping, never empty and trimmed of surrounding
// whitespace, which the pipeline stores in document.Document.Sentences.
//
// Sentences is a single forward scan over the bytes, without regular
// expressions, so it runs in time linear in the length of the text. Its
// decisions are rules tuned on English news:
//
//   - a blank line always ends a sentence; a single newline is a space;
//   - . ! ? … and runs of them ("?!", "...") end a sentence when followed by
//     whitespace and then something that is not lowercase; closing quotes and
//     brackets after the terminator stay with the sentence;
//   - a full stop after an abbreviation does not end a sentence: titles
//     ("Dr.", "Sen."), "No." and "p." before a number, initials
//     ("George W. Bush"), dotted acronyms ("U.S.", "a.m.") and company,
//     street, month and day abbreviations ("Inc.", "St.", "Sept.") unless the
//     next word is a common sentence opener ("the U.S. The trip ...");
//   - a quotation that ends in ! or ? and is followed by a speaker and a
//     speech verb stays one sentence (`"Who pays?" Okafor asked.`);
//   - the CJK terminators 。！？ end a sentence without needing a space.
package text
