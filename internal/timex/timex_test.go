package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/attache-news/attache/document"
)

var june18 = time.Date(2023, 6, 18, 21, 31, 0, 0, time.UTC) // a Sunday

// render lists expressions as "text=TYPE:value" for readable failures.
func render(ts []document.Time) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s=%s:%s", t.Text, t.Type, t.Value)
	}
	return b.String()
}

// The sentences were written for these tests.
func TestFind(t *testing.T) {
	cases := []struct {
		text string
		want string // "text=TYPE:value; ..." in order
	}{
		// absolute dates
		{"The summit opened on June 18, 2023, in Geneva.", "June 18, 2023=DATE:2023-06-18"},
		{"Talks began on 18 June 2023 and ended 19 June.", "18 June 2023=DATE:2023-06-18; 19 June=DATE:2023-06-19"},
		{"The file was dated 2023-06-18.", "2023-06-18=DATE:2023-06-18"},
		{"The contract was signed 6/18/2023 in Ohio.", "6/18/2023=DATE:2023-06-18"},
		{"The ledger was stamped 18.06.2023 by the clerk.", "18.06.2023=DATE:2023-06-18"},
		{"Prices rose in June 2023 and again in 2021.", "June 2023=DATE:2023-06; 2021=DATE:2021"},
		{"The city boomed in the 1990s and shrank in the 20th century.", "the 1990s=DATE:199; the 20th century=DATE:19"},
		{"Revenue in fiscal 1998 fell.", "fiscal 1998=DATE:1998"},
		{"The strike began on Sept. 30, 1998, and ended Oct. 2.", "Sept. 30, 1998=DATE:1998-09-30; Oct. 2=DATE:1998-10-02"},
		{"The court will rule on Oct. 2.", "Oct. 2=DATE:2023-10-02"},
		{"She lived in Rome from 1998 to 2004.", "1998=DATE:1998; 2004=DATE:2004"},
		{"He paid $2,000 for a 2019 model.", "2019=DATE:2019"},
		{"The plant employs 1,500 people and 2000 workers.", ""},
		{"Officials said on Thursday, June 15, that they would answer next week.", "Thursday, June 15=DATE:2023-06-15; next week=DATE:2023-W25"},
		{"The nineties were kind to the firm.", "The nineties=DATE:199"},
		{"Sales slumped in the nineties.", "the nineties=DATE:199"},
		{"Shops will close on Christmas Day.", "Christmas Day=DATE:2023-12-25"},
		// relative dates
		{"The minister spoke today and will travel tomorrow; she arrived yesterday.", "today=DATE:2023-06-18; tomorrow=DATE:2023-06-19; yesterday=DATE:2023-06-17"},
		{"Officials met last week and will meet again next month.", "last week=DATE:2023-W23; next month=DATE:2023-07"},
		{"Inflation has eased this year after peaking two years ago.", "this year=DATE:2023; two years ago=DATE:2021"},
		{"Exports fell earlier this month, the ministry said.", "earlier this month=DATE:2023-06"},
		{"The company was founded 25 years ago by two brothers.", "25 years ago=DATE:1998"},
		{"Relations have recently improved and are now stable.", "recently=DATE:PAST_REF; now=DATE:PRESENT_REF"},
		{"The plan will shape the future of the region.", ""},
		{"No one knows what the future holds.", "the future=DATE:FUTURE_REF"},
		{"A vote is expected by the end of the year.", "the end of the year=DATE:2023"},
		{"Growth has slowed over the past decade.", "the past decade=DURATION:P10Y"},
		{"Shipments resumed three days later.", "three days=DURATION:P3D"},
		{"The plant reopened two years later.", "two years later=DATE:2025"},
		// months and weekdays by tense
		{"The envoy was originally scheduled to visit in February but cancelled.", "February=DATE:2023-02"},
		{"Leaders will gather in November when the United States hosts the forum.", "November=DATE:2023-11"},
		{"The two presidents met in November on the sidelines of a summit.", "November=DATE:2022-11"},
		{"The agency has published data since August.", "August=DATE:2022-08"},
		{"The leaders are likely to attend the next summit, in September in Delhi.", "September=DATE:2023-09"},
		{"Elections are held each year in May.", "each year=SET:P1Y; May=DATE:2023-05"},
		{"The parties will hold talks on Monday.", "Monday=DATE:2023-06-19"},
		{"\"We are ready,\" the spokesman told reporters Saturday.", "Saturday=DATE:2023-06-17"},
		{"The two sides agreed on Sunday to resume flights.", "Sunday=DATE:2023-06-18"},
		{"The rally was planned for March 30 and the vote for early July.", "March 30=DATE:2023-03-30; early July=DATE:2023-07"},
		{"Friday's vote was close.", "Friday=DATE:2023-06-16"},
		{"Investors will watch the data due on Wednesday.", "Wednesday=DATE:2023-06-21"},
		// quarters, halves, weeks
		{"Output grew in the first quarter and in the third quarter of 2022.", "the first quarter=DATE:2023-Q1; the third quarter of 2022=DATE:2022-Q3"},
		{"Trade rose in the second half of 2022 and in the first half.", "the second half of 2022=DATE:2022-H2; the first half=DATE:2023-H1"},
		{"Second-quarter profit doubled from a year earlier.", "Second-quarter=DATE:2023-Q2; a year earlier=DATE:2022-Q2"},
		{"Protesters gathered over the weekend in the capital.", "the weekend=DATE:2023-W24-WE"},
		{"Sales peaked in week 25 and a hearing is set for the week of July 3.", "week 25=DATE:2023-W25; the week of July 3=DATE:2023-W27"},
		{"Turnout was high this summer and low last winter.", "this summer=DATE:2023-SU; last winter=DATE:2022-WI"},
		{"The crops failed in the spring; a decision is due by the autumn.", "the spring=DATE:2023-SP; the autumn=DATE:2023-FA"},
		{"Hours after the blast, police arrived; minutes later the road closed.", "Hours=DURATION:PTXH; minutes=DURATION:PTXM"},
		// times
		{"The announcement came at 9:31 PM local time.", "9:31 PM local time=TIME:2023-06-18T21:31"},
		{"The polls will close at 8 p.m. Tuesday.", "8 p.m. Tuesday=TIME:2023-06-20T20:00"},
		{"Fighting resumed Sunday night near the border.", "Sunday night=TIME:2023-06-18TNI"},
		{"The minister said this morning that talks would continue.", "this morning=TIME:2023-06-18TMO"},
		{"The talks ran past midnight.", "midnight=TIME:2023-06-18T24:00"},
		// durations
		{"The meeting lasted seven and a half hours.", "seven and a half hours=DURATION:PT7.5H"},
		{"He has led the party for nearly five years.", "nearly five years=DURATION:P5Y"},
		{"The ceasefire held for two weeks.", "two weeks=DURATION:P2W"},
		{"The ban lasted a decade.", "a decade=DURATION:P10Y"},
		{"The siege lasted 2 1/2 years.", "2 1/2 years=DURATION:P2Y6M"},
		{"Prices have doubled in the past three months.", "the past three months=DURATION:P3M"},
		{"Talks will continue over the next several months.", "the next several months=DATE:FUTURE_REF"},
		{"The rebels have fought for years.", "years=DURATION:PXY"},
		{"It was a 10-year plan for a two-week trip.", "10-year=DURATION:P10Y; two-week=DURATION:P2W"},
		{"He waited more than four hours for a twenty-four-hour pass.", "more than four hours=DURATION:PT4H; twenty-four-hour=DURATION:PT24H"},
		// sets
		{"The board meets every week and reports daily.", "every week=SET:P1W; daily=SET:P1D"},
		{"Fuel prices rose 3 percent a year during the 1980s.", "a year=SET:P1Y; the 1980s=DATE:198"},
		{"The market opens each Thursday and twice a month.", "each Thursday=SET:XXXX-WXX-4; twice a month=SET:P1M"},
		// not times
		{"May I ask whether you may attend?", ""},
		{"The 6-year-old boy returned home with his 35-year-old father.", ""},
		{"April Glaspie met the envoy.", ""},
		{"Flight 1549 landed on the river.", ""},
		{"A second group arrived.", ""},
		{"He scored 2,021 points and won 1998 votes.", ""},
		{"The Sunday Times reported the story.", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got := Find(c.text, june18)
			if r := render(got); r != c.want {
				t.Errorf("\n got: %s\nwant: %s", r, c.want)
			}
			for _, x := range got {
				if c.text[x.Start:x.End] != x.Text {
					t.Errorf("span %d:%d is %q, text %q", x.Start, x.End, c.text[x.Start:x.End], x.Text)
				}
			}
		})
	}
}
