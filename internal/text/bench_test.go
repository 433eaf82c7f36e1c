package text

import (
	"strings"
	"testing"
)

// benchArticle is an invented wire story, written for the benchmark, with
// the abbreviations, numbers and quotations that news text is full of.
const benchArticle = `Trade ministers from 14 countries met in Lisbon on Tuesday to try to rescue a stalled agreement on farm subsidies, the third such meeting since Jan. 12. The talks, chaired by Portugal's Dr. Helena Vaz, ran late into the night.

"We are closer than we were a week ago, but we are not there yet," Vaz told reporters after the session. "Nobody wants to leave empty-handed."

U.S. Trade Representative Mark O. Danvers said Washington was prepared to cut its support for grain exports by 2.5 percent a year, starting in Sept. 2027. The offer falls short of what Brazil and Argentina have demanded. Their negotiators want cuts of at least 4 percent.

Analysts at Harlow & Co. said the gap was narrower than it looked. "If the U.S. moves another half point, the rest will follow," said Priya Natarajan, an economist at the firm. Others were less hopeful... and said so openly.

The European Union's position has shifted twice this year. In March, E.U. officials proposed a cap of $1.2 billion on direct payments per member state; by June they had dropped the cap altogether. Is the bloc still serious about reform? Some diplomats doubt it!

Sen. Laura Whitcombe, who chairs the agriculture panel in Washington, warned that any deal would face a tough vote. "I won't support something that hurts farmers in my state," she said on a call with reporters at 9 a.m. Tuesday.

The meeting ends on Thursday. A final statement, drafted by Brightwater Ltd. consultants hired by the host government, is expected at 5 p.m. It will go to ministers for approval before its release.

Prices reacted quickly. Wheat futures in Chicago fell 1.8 percent, while soybeans rose 0.6 percent. Traders said the moves reflected hopes of a deal rather than any change in supply. "The market is trading headlines," one broker said.

1. Export subsidies: a phase-out over six years.
2. Domestic support: cuts tied to output, not acreage.
3. Market access: tariff quotas raised by 20 percent.

Officials said the list could change before Thursday. Gen. Tomas Ferreira, who heads the host country's security service, said the venue would stay closed to the public until the talks end.

`

// benchText is benchArticle repeated to about 20 KB.
func benchText() string {
	return strings.Repeat(benchArticle, 20<<10/len(benchArticle)+1)
}

func BenchmarkSentences(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}
