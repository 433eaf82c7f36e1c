// Package geo puts the places an article names on the map, from a gazetteer
// embedded in the binary.
//
// It consumes a Document's text and entities (as the tagger or a test builds
// them) and produces Document.Places: one Place per mention that names a
// place, with its coordinates, ISO 3166-1 alpha-3 country and GeoNames id (0
// for attache's own rows: countries, regions, US states and counties). A
// mention names a place when it is a GPE, LOC or FAC entity the gazetteer
// knows; when it is a country's demonym (NORP "Sudanese": the country); when
// it is, or opens with, a place's name and the text gives reason to read it
// as one ("Gainesville Police Department", "Kanawha County" tagged ORG,
// "in Greer" tagged PERSON); and, untagged, the state after "Charleston, "
// and the place of a dateline ("MONROE - ").
//
// The gazetteer (data/gazetteer.tsv, built by scripts/gen_gazetteer.py)
// holds the GeoNames cities of 1,000 people or more (CC-BY 3.0, geonames.org),
// US states and counties from the US Census boundaries, and attache's own
// tables of country centre points and of regions, islands and areas that city
// lists lack (data/countries.tsv, data/regions.tsv). Country names, short forms
// and demonyms come from the actor package's country table. The package embeds
// an index made from these ahead (data/gazetteer.idx, by go generate), which
// loads in a millisecond and decodes places as they are used.
//
// Resolution picks, for each distinct name in a document, the candidate that
// best fits the whole article: its population and kind (capitals, division
// seats, states and countries first), the countries the article is about, the
// other places it names (a Paris near the Texas places of the story), and the
// "Paris, Texas" pattern. One name gets one resolution per document. A text
// of more than 64 names is resolved in windows of 64, so that Run's time
// stays linear in the text's length.
package geo
