// Package ner finds named entities in article text and groups their
// mentions into entities.
//
// It consumes document.Document.Text and .Sentences and produces
// document.Document.Entities (Tagger.Entities), or bare typed mentions
// (Tagger.Tag): half-open byte ranges into the text, on token boundaries
// as text.Tokens cuts them, in order and never overlapping.
//
// The tagger is a linear-chain model over BILOU tags of the four CoNLL-2003
// types (PER, ORG, LOC, MISC), trained as an averaged structured perceptron
// and decoded with Viterbi under BILOU's constraints. Its features are
// hashed: the word and its lower-case form, prefixes and suffixes of one to
// four characters, word shape, capitalisation, the position in the
// sentence and in a run of capitalised words, headlines, a window of two
// words and shapes either side, membership of small gazetteers written for
// attache (gazdata.go: countries, cities, regions, nationalities, groups,
// given names, titles, organisation words, events), whether the word is a
// known lower-case word, and how the same word is capitalised elsewhere in
// the document. A second stage reads the first stage's tags: of the
// neighbours, and of every other occurrence of the same word in the
// document, so that a name tagged PERSON once is a PERSON throughout
// (Ratinov & Roth 2009). It was trained on the first stage's tags of
// documents it had not seen (five-fold jackknifing).
//
// Output types follow OntoNotes: PER becomes PERSON; LOC becomes GPE for
// countries, cities and regions with a government, LOC for natural and
// supranational places, FAC for buildings; MISC becomes NORP for
// nationalities, religions and political groups, EVENT for named events,
// and stays MISC otherwise.
//
// The model is trained by cmd/nertrain from CoNLL-2003 English train (dev
// chooses the epochs), quantised to 16 bits, pruned, deflated, and embedded
// as model.bin; Default loads it once. A Tagger is safe for concurrent use.
//
// Tagging takes time linear in the text: a document keeps the summed
// scores of each word's features that do not look at its neighbours, runs
// of four or more punctuation tokens (". . . .") are left out of sentences,
// and clustering compares a name only with the longer names that share a
// word with it or are spelt by its initials.
package ner
