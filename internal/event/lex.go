package event

import "strings"

// Word classes of the shallow analysis. Open-class words are tagged wOther
// until the context rules decide whether they head a verb group.
type wclass uint8

const (
	wOther wclass = iota
	wDet          // the, a, this, every
	wPoss         // his, its, their, 's
	wPron         // he, she, it, they, we, i, you
	wRel          // who, which, whom, whose
	wPrep         // of, in, with, against ...
	wTo           // to
	wConj         // and, or, but, nor
	wSub          // that, because, although, if, when, while, whether, as
	wBe           // am, is, are, was, were, be, been, being
	wHave         // have, has, had, having
	wDo           // do, does, did
	wModal        // will, would, shall, should, can, could, may, might, must
	wNeg          // not, n't, never
	wAdv          // adverbs that may sit inside a verb group
	wPunct        // punctuation
	wNum          // numbers
	wAdj          // adjectives that take a to-infinitive or are plainly adjectives
)

var closedClass = func() map[string]wclass {
	m := map[string]wclass{}
	add := func(c wclass, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = c
		}
	}
	add(wDet, "the a an this these those some any each every no another both either neither all many several few much more most other such same")
	add(wPoss, "his her its their our my your 's ' ’s")
	add(wPron, "he she it they we i you him them us me himself herself itself themselves ourselves one")
	add(wRel, "who whom whose which what")
	add(wPrep, "of in on at for with by from into onto over under between among against about after before during since until till toward towards through across near within without via per amid amidst despite upon around beyond behind outside inside along alongside throughout including regarding concerning following like than off out up down unlike versus vs. vs besides except")
	add(wTo, "to")
	add(wConj, "and or but & plus")
	add(wSub, "that because although though while whereas if unless when whenever where whether as so once")
	add(wBe, "be am is are was were been being 're 'm ’re ’m")
	add(wHave, "have has had having 've ’ve")
	add(wDo, "do does did")
	add(wModal, "will would shall should can could may might must 'll ’ll 'd ’d ca wo ought")
	add(wNeg, "not n't n’t never nor")
	add(wAdv, "also again later originally abruptly now still already then reportedly finally recently jointly just soon ever even once further first formally officially publicly openly quickly eventually immediately previously initially repeatedly allegedly apparently reluctantly strongly sharply fiercely bitterly hastily swiftly promptly duly largely partly fully narrowly nearly almost only merely simply unilaterally together yet instead thus therefore however meanwhile otherwise subsequently currently personally directly indirectly secretly separately unexpectedly briefly twice thrice constantly consistently regularly frequently rarely seldom often sometimes hard")
	add(wAdj, "ready willing eager keen likely unlikely due able unable poised scheduled supposed reluctant unwilling happy glad obliged bound certain sure")
	return m
}()

// irregular verbs: base, simple past, past participle (a slash separates
// variants).
const irregularVerbs = `
arise arose arisen
awake awoke awoken
be was/were been
bear bore borne/born
beat beat beaten
become became become
begin began begun
bend bent bent
bet bet bet
bid bid bid
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
broadcast broadcast broadcast
build built built
burn burnt burnt
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forecast forecast forecast
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got got/gotten
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
know knew known
lay laid laid
lead led led
lean leant leant
leave left left
lend lent lent
let let let
lie lay lain
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
outlaw outlawed outlawed
overcome overcame overcome
overrun overran overrun
oversee oversaw overseen
overthrow overthrew overthrown
pay paid paid
prove proved proven
put put put
quit quit quit
read read read
rebuild rebuilt rebuilt
redo redid redone
retake retook retaken
rethink rethought rethought
rid rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
shake shook shaken
shed shed shed
shoot shot shot
show showed shown
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
speak spoke spoken
spend spent spent
spin spun spun
split split split
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
strike struck struck/stricken
strive strove striven
swear swore sworn
sweep swept swept
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
thrust thrust thrust
undergo underwent undergone
understand understood understood
undertake undertook undertaken
underwrite underwrote underwritten
undo undid undone
uphold upheld upheld
upset upset upset
wake woke woken
wear wore worn
weep wept wept
win won won
wind wound wound
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
write wrote written
`

// Verb forms, as bits: a word may be several at once ("put", "cut").
type vform uint8

const (
	fBase vform = 1 << iota
	fS
	fPast
	fPP
	fIng
)

type irregular struct {
	base string
	form vform
}

var irregulars = func() map[string][]irregular {
	m := map[string][]irregular{}
	add := func(w, base string, f vform) {
		for i, x := range m[w] {
			if x.base == base {
				m[w][i].form |= f
				return
			}
		}
		m[w] = append(m[w], irregular{base, f})
	}
	for _, line := range strings.Split(irregularVerbs, "\n") {
		p := strings.Fields(line)
		if len(p) != 3 {
			continue
		}
		for _, w := range strings.Split(p[1], "/") {
			add(w, p[0], fPast)
		}
		for _, w := range strings.Split(p[2], "/") {
			add(w, p[0], fPP)
		}
	}
	return m
}()

// commonVerbs are verbs with no pattern of their own that still head clauses:
// knowing them keeps subjects and objects from running across clauses.
const commonVerbs = `
accept access acknowledge act add address admit adopt advance advise affect afford aim allege allow
announce answer appear apply appoint approach approve argue arise arrange arrive ask assert assess
assume assure attempt attend avoid await back bar base be bear become begin believe belong benefit
blame block boost bring build buy call care carry cause cease celebrate change charge check choose
cite claim clarify close come comment commit compare compete complete concern conclude conduct
confirm connect consider consist contain continue contribute control convince cost count cover
create cross cut deal debate decide declare decline define deliver depend describe design destroy
determine develop die differ discover discuss do draw drive drop earn ease emerge emphasise
emphasize enable encourage end engage enjoy ensure enter establish estimate examine exist expand
expect experience explain express face fail fall fear feel figure file fill find finish fix
focus follow forget form gain gather get give go grow guarantee handle happen have head hear help
hide highlight hit hold hope identify ignore imagine implement imply include increase indicate
inform insist intend involve issue join judge keep kill know lack last launch lead learn leave let
lie like limit link list listen live look lose maintain make manage mark matter mean measure
mention mind miss monitor move need note notice obtain occur offer open operate order organise
organize own participate pass pay perform pick place plan play point possess post predict prefer
prepare present press prevent proceed produce promise propose protect prove provide publish pull
push put raise reach react read realise realize receive recognise recognize record recover reduce
refer reflect regard relate release remain remember remove repeat replace reply report represent
require resolve respond rest result return reveal rise risk run save say see seek seem sell send
serve set settle shake share show sign signal speak spend stand start state stay stop stress
struggle study submit succeed suffer suggest supply suppose surround survive take talk target teach
tell tend term test thank think throw total touch train travel treat try turn understand unite
urge use value vary view visit vote wait walk want watch wear welcome win wish wonder work worry
write
`

// reportVerbs introduce reported speech; their own subject is the speaker.
var reportVerbs = setOf(`say tell add announce state declare report claim insist stress note
explain reiterate confirm assert argue believe think write quote inform remark comment tweet
acknowledge admit concede maintain suggest indicate predict estimate reveal disclose recall
emphasise emphasize underline caution`)

// crowdWords name the crowds whose "protest" is a demonstration (14x), not a
// verbal complaint (11x).
var crowdWords = setOf(`protesters protestors demonstrators students workers people residents
villagers farmers crowds crowd thousands hundreds dozens activists supporters youths women
miners teachers doctors nurses employees unions union strikers marchers rioters mob`)

// motionVerbs take a place as their target: "arrived in Amman".
var motionVerbs = setOf(`visit arrive travel go come fly head return tour land reach enter
trip journey voyage visitor`)

// locPreps put a place as a location, not a target, unless the verb moves.
var locPreps = setOf(`in at near inside outside around within throughout across along over
during since until after before on off amid amidst`)

// targetPreps introduce a verb's target when no pattern names one.
var targetPreps = setOf(`to with against toward towards for from into onto upon between of among`)

// roleNouns resolve "the spokesman", "the minister" to the last named person
// holding such a role.
var roleNouns = setOf(`spokesman spokeswoman spokesperson minister president premier chancellor
secretary king queen prince leader envoy ambassador diplomat general commander chief governor
mayor senator official emir sultan monarch pope ayatollah chairman chairwoman prime`)

// groupNouns after "the two" / "both" name a pair of actors.
var groupNouns = setOf(`sides countries nations leaders governments men women ministers
presidents diplomats parties neighbours neighbors capitals delegations states allies rivals
foes officials sides' powers`)

// personNouns among the groupNouns name persons: "the two leaders" are the
// last two persons seen together.
var personNouns = setOf(`leaders men women presidents ministers diplomats`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// complementNouns take a to-infinitive of their own ("calls to adopt
// reforms", "a plan to visit"): the infinitive after them is no purpose
// clause of the verb before.
var complementNouns = setOf(`call calls demand demands request requests proposal proposals plan plans
offer offers effort efforts attempt attempts bid bids decision decisions agreement deal pressure
right ability readiness willingness refusal move order orders permission chance opportunity way
campaign drive mandate resolution invitation pledge promise promises threat threats appeal appeals
plea pleas bill law ban warning warnings intention desire need authority power license licence position
reason reasons time consensus accord understanding commitment commitments vow vows`)

// assertingNouns among the complementNouns report the act of their
// infinitive as done: "the decision to expel", "a move to cut ties".
var assertingNouns = setOf(`decision move`)

// perceiveVerbs, negated, leave the clause after them unasserted as the
// report verbs do: "did not see any sign".
var perceiveVerbs = setOf(`see know expect hear find`)

// placePreps put the phrase after them as a place.
var placePreps = setOf(`in at near inside outside`)

// gerundPreps take a gerund completing the noun before them: "involvement
// in killing".
var gerundPreps = setOf(`in for about over`)

// subPreps are prepositions that also open clauses: "since an American
// fighter shot down a balloon".
var subPreps = setOf(`since after before until till`)

// possHeads are nouns whose possessive pronoun names the actor: "their
// leaders", "his counterpart", "its troops".
var possHeads = setOf(`counterpart counterparts leader leaders forces troops soldiers government
army officials people ministers allies neighbours neighbors partners citizens nationals
envoy envoys ambassador delegation delegations representatives spokesman spokeswoman navy police`)

// ofAdjectives take a gerund after "of" that is an act of their subject:
// "guilty of violating the ceasefire"; after other words "of" + gerund is
// the complement of a noun ("the decision of sending troops").
var ofAdjectives = setOf(`guilty capable innocent accused suspected convicted responsible afraid
aware proud tired fond incapable cleared acquitted wary weary ashamed culpable`)

// condSubs open clauses whose acts have not happened: "if it is attacked".
var condSubs = setOf(`if unless whether lest`)

// instWords are institutions that, named with no country, belong to the
// country of the place the sentence puts them in ("police in Nairobi").
var instWords = map[string]string{
	"police": "COP", "policemen": "COP", "officers": "COP", "army": "MIL", "troops": "MIL",
	"soldiers": "MIL", "military": "MIL", "forces": "MIL", "government": "GOV", "authorities": "GOV",
	"officials": "GOV", "court": "JUD", "judge": "JUD", "judges": "JUD", "prosecutors": "JUD",
	"parliament": "LEG", "lawmakers": "LEG", "rebels": "REB", "insurgents": "REB", "militants": "REB",
}

// sectorNouns are the institutions whose country a name before them gives:
// "China's foreign ministry", "Indian troops", "the Kenyan parliament".
var sectorNouns = map[string]string{
	"government": "GOV", "administration": "GOV", "cabinet": "GOV", "ministry": "GOV",
	"authorities": "GOV", "officials": "GOV", "military": "MIL", "army": "MIL", "troops": "MIL",
	"soldiers": "MIL", "forces": "MIL", "navy": "MIL", "police": "COP", "parliament": "LEG",
	"lawmakers": "LEG", "legislators": "LEG", "legislature": "LEG", "rebels": "REB",
	"insurgents": "REB", "opposition": "OPP", "judiciary": "JUD", "prosecutors": "JUD",
}

// sectorCodes are the CAMEO sectors an actor code may carry with no
// country before them ("GOV" for a president the actor stage could not
// place).
var sectorCodes = setOf(`GOV MIL BUS MED OPP REB JUD LEG COP CVL NGO ELI SPY EDU HLH REF CRM LAB
AGR ENV MOD RAD UAF INS`)

// notHisGroup are groups a person's possessive names without their acts
// being his: "Trump's own party criticised him".
var notHisGroup = setOf(`party critics opponents rivals detractors lawyers lawyer family relatives
wife husband son daughter brother sister supporters voters`)

// instHeads are institutions that "the ..." names again: "the ministry",
// "the department", "the army".
var instHeads = setOf(`ministry department agency government administration council court
commission parliament cabinet army military navy police embassy junta regime`)

// claimNouns take a that-clause that is not asserted: "no evidence that
// China is delivering weapons", "fears that troops would attack".
var claimNouns = setOf(`evidence report reports claim claims fear fears allegation allegations
rumour rumours rumor rumors suggestion suggestions speculation possibility hope hopes idea
notion belief sign signs indication indications denial concern concerns warning warnings
assurance assurances guarantee guarantees threat threats risk chance likelihood prospect`)

// transitives are verbs that always take an object: their participle right
// after a noun, with no object following, is a passive ("companies accused
// of helping", "soldiers killed in the attack").
var transitives = setOf(`accuse charge suspect convict arrest detain kill wound injure seize
capture hold jail imprison sentence indict kidnap abduct deport expel ban bar target hit shoot
sanction blame condemn criticize criticise fire dismiss release free evacuate destroy bomb shell
attack invade occupy besiege deliver send supply sell extradite`)
