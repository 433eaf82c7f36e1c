package event

import (
	"strings"
	"testing"
)

// benchText is a made-up news article written for these tests, entities
// marked inline (see markup).
const benchText = `[[Kenya|GPE|KEN]] and [[Uganda|GPE|UGA]] agreed on Friday to reopen their border after two days of talks in [[Nairobi|GPE|KEN]], officials said.

Foreign Minister [[Amina Odhiambo|PERSON|KENGOV|Amina Odhiambo|Foreign Minister]] met her counterpart [[Joseph Okello|PERSON|UGAGOV|Joseph Okello|Foreign Minister]] at a lakeside hotel, and the two sides signed an agreement on trade.

"We will work with [[Uganda|GPE|UGA]] to rebuild trust," [[Odhiambo|PERSON|KENGOV|Amina Odhiambo]] told reporters.

[[Okello|PERSON|UGAGOV|Joseph Okello]] said his government would release the [[Kenyan|NORP|KEN]] fishermen detained in March and hoped to visit [[Nairobi|GPE|KEN]] again in June.

The talks came weeks after [[Uganda|GPE|UGA]] accused [[Kenya|GPE|KEN]] of blocking fuel shipments and threatened to impose tariffs on [[Kenyan|NORP|KEN]] goods.

Meanwhile, [[Ethiopian|NORP|ETH]] troops clashed with [[Somali|NORP|SOM]] militias near the border on Thursday, killing at least 12 people, according to local officials.

[[Somalia|GPE|SOM]] condemned the attack and demanded that [[Ethiopia|GPE|ETH]] withdraw its forces from the area.

[[Addis Ababa|GPE|ETH]] rejected the accusation and said it would not negotiate with armed groups.

The [[United Nations|ORG|IGOUNO]] urged both countries to exercise restraint and offered to mediate.

In [[Mogadishu|GPE|SOM]], thousands of protesters marched on the parliament to demand the expulsion of the [[Ethiopian|NORP|ETH]] ambassador.

Police fired tear gas to disperse the crowd and arrested dozens of students, witnesses said.

[[Egypt|GPE|EGY]] sent medical supplies to [[Somalia|GPE|SOM]] and called for a ceasefire.

The [[European Union|ORG|IGOEEC]] said it was ready to send monitors, while [[Turkey|GPE|TUR]] pledged humanitarian aid.

[[Ethiopia|GPE|ETH]]'s prime minister [[Abiy Tesfaye|PERSON|ETHGOV]] did not comment on the clashes, but his spokesman denied that troops had crossed the border.

Later, [[Abiy Tesfaye|PERSON|ETHGOV]] telephoned [[Kenya|GPE|KEN]]'s president [[Daniel Mwangi|PERSON|KENGOV]] to discuss the crisis.

[[Mwangi|PERSON|KENGOV|Daniel Mwangi]] will host a regional summit next month, and [[Abiy|PERSON|ETHGOV|Abiy Tesfaye]] is expected to attend.

[[Djibouti|GPE|DJI]] closed its border with [[Somalia|GPE|SOM]] and expelled dozens of foreign workers.

A roadside bomb killed three [[African Union|ORG|IGOAFU]] peacekeepers near [[Baidoa|GPE|SOM]] on Saturday.

Militants later attacked a convoy carrying food aid, and the [[World Food Programme|ORG|IGOWFP]] suspended deliveries to the region.

[[Qatar|GPE|QAT]] offered to host talks between the rivals, and [[Somalia|GPE|SOM]] accepted the invitation.`

// BenchmarkCode measures coding alone over a tagged Document: sentences,
// entities with actors, places, times and quotes already in place.
func BenchmarkCode(b *testing.B) {
	d := markup(b, benchText, "2024-03-12")
	c := Default()
	c.Code(d)
	if len(d.Events) == 0 {
		b.Fatal("no events")
	}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Code(d)
	}
	b.StopTimer()
	b.ReportMetric(float64(len(d.Sentences)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkLoadDictionary measures reading attache's own dictionary and
// building a Coder over it.
func BenchmarkLoadDictionary(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d, err := LoadDictionary(strings.NewReader(verbsTxt))
		if err != nil {
			b.Fatal(err)
		}
		New(d)
	}
}
