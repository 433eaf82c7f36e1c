// Package event codes events: who did what to whom, in CAMEO codes with their
// PLOVER types, from the sentences of an analysed article.
//
// It consumes document.Document.Text, Sentences, Entities (with their
// Actor codes), Times, Places and Quotes, as the earlier stages leave them,
// and produces Document.Events, in text order. Nothing else is changed.
//
// Each sentence gets a shallow analysis of its own, in one pass over the
// tokens with no model: closed-class words, a verb lexicon with morphology
// (-s, -ed, -ing, irregular forms) and context rules decide which words are
// verbs; verb groups collect auxiliaries, modals and negation; subjects are
// read leftwards (through relative pronouns, coordinated verbs, appositives
// and prepositional phrases) and objects rightwards. Then the patterns of a
// Dictionary are matched at each verb (and at event nouns: "a trip to
// Beijing") and the actors attached:
//
//   - frames: "agreed to visit" is an intent (036), "refused to release" a
//     refusal (1243), "urged Iran to release" an appeal (0253), "demanded
//     that Israel withdraw" a demand (1056), "threatened to impose sanctions"
//     a threat (1312); "will", "would", "may" make intents, "must" and
//     "should" in reported speech demands by the speaker;
//   - negation: a negated cooperative act is its refusal ("did not agree to
//     meet": 125); a negated hostile act is no event, nor is a negated
//     achievement ("had not reached an agreement"); a negation between a
//     frame and its infinitive reaches the act ("warned Beijing not to
//     retaliate" is a warning, no retaliation), and so does a subject with
//     "no" ("no Americans were killed");
//   - passive voice: the by-agent is the source, the subject the target;
//   - coordination: "X and Y agreed" codes both directions when there is no
//     target; coordinated targets each get an event; coordinated verbs share
//     their subject;
//   - clauses: "since", "after" and "before" open clauses with subjects of
//     their own; "who" takes the phrase right before it; a verb coordinated
//     after a comma shares the main clause's subject; a participle after a
//     noun ("a statement accusing") or a preposition ("after warning")
//     takes its clause's subject;
//   - pronouns and titles: a subject "he" or "it" is the subject of the
//     last clauses, another "he" the last person named, "him" not the
//     subject of its own clause, "they" and "the two sides" the last pair
//     of actors of two countries seen together ("the two leaders": of
//     persons), "the spokesman" the last person with that role, "I" and
//     "we" in a quotation its speaker, "his country" the country of the
//     person "his" is; "China's foreign ministry" is CHNGOV, and an actor
//     coded with a sector and no country takes the country of its phrase,
//     or else the one country its sentence names;
//   - a verbal act with no target, by one of the pair of actors last seen
//     together, is addressed to the other ("Qin told Blinken ... But he
//     issued a warning");
//   - a side still empty is filled with another actor the sentence names
//     (another country first, never a domestic place, speakers and agents
//     last), so no event lacks a source or target its sentence could give.
//   - self-dyads: a dyad of one country that its codes do not make
//     internal (two sectors) takes another country the sentence names, or
//     the other of the last pair of countries for a verbal act; a visit
//     home is no visit; one actor twice is dropped;
//   - acts in conditional clauses ("if it is attacked"), unasserted clauses
//     ("no evidence that", "did not believe"), complements of nouns ("an
//     attempt to invade", "an invitation to visit", "the decision of
//     sending troops", "involvement in killing") and negated past acts code
//     nothing; event nouns take the modality of their clause ("hope the
//     talks will lead to a visit": 036); a wrongdoing reported by a speaker
//     is the speaker's accusation ("said Washington was abusing export
//     controls": 112); "Discard" patterns keep look-alikes ("meet
//     expectations", "fighting the trade in fentanyl") from coding.
//
// Each event carries its CAMEO code, root, quad class, Goldstein weight,
// PLOVER type and mode (Lookup), its date (the nearest date written near
// the act that is not in the future of the publication, a year after "in"
// in the act's own clause, else the publication date), its place (a place named after "in", "at" or "near"
// near the act, else the destination of a visit), the sentence, the
// entities, and its rule: the id of the pattern that fired, after the
// frames and modals it went through ("hope>meet", "not>release").
// The same (source, target, code, date) told twice is kept once, at its
// first sentence.
//
// The dictionary (data/verbs.txt, format in LoadDictionary) and the CAMEO
// table (data/cameo.tsv) are attache's own and embedded. A Coder is built
// once (Default, or New with a user's Dictionary) and is safe for
// concurrent use.
package event
