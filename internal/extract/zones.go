package extract

import (
	"strings"
	"sync"
	"time"
)

// zoneByTLD is the time zone most of a country-code domain's publishers
// write in (the capital's, for countries with several).
var zoneByTLD = map[string]string{
	"de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "it": "Europe/Rome", "fr": "Europe/Paris",
	"es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "lu": "Europe/Luxembourg",
	"pl": "Europe/Warsaw", "cz": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
	"dk": "Europe/Copenhagen", "se": "Europe/Stockholm", "no": "Europe/Oslo", "fi": "Europe/Helsinki",
	"uk": "Europe/London", "ie": "Europe/Dublin", "pt": "Europe/Lisbon", "gr": "Europe/Athens",
	"ro": "Europe/Bucharest", "bg": "Europe/Sofia", "hr": "Europe/Zagreb", "si": "Europe/Ljubljana",
	"rs": "Europe/Belgrade", "ua": "Europe/Kyiv", "ru": "Europe/Moscow", "by": "Europe/Minsk",
	"lt": "Europe/Vilnius", "lv": "Europe/Riga", "ee": "Europe/Tallinn", "tr": "Europe/Istanbul",
	"il": "Asia/Jerusalem", "eg": "Africa/Cairo", "za": "Africa/Johannesburg", "ng": "Africa/Lagos",
	"ke": "Africa/Nairobi", "in": "Asia/Kolkata", "pk": "Asia/Karachi", "bd": "Asia/Dhaka",
	"cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "jp": "Asia/Tokyo", "kr": "Asia/Seoul",
	"sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "id": "Asia/Jakarta", "ph": "Asia/Manila",
	"th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar",
	"au": "Australia/Sydney", "nz": "Pacific/Auckland", "ca": "America/Toronto", "us": "America/New_York",
	"mx": "America/Mexico_City", "br": "America/Sao_Paulo", "ar": "America/Argentina/Buenos_Aires",
	"cl": "America/Santiago", "co": "America/Bogota", "pe": "America/Lima", "ve": "America/Caracas",
	"uy": "America/Montevideo", "py": "America/Asuncion", "bo": "America/La_Paz", "ec": "America/Guayaquil",
	"cr": "America/Costa_Rica", "gt": "America/Guatemala", "cu": "America/Havana", "do": "America/Santo_Domingo",
}

// zoneByLang is used for generic domains (.com, .org ...): the region of the
// page's language tag, else the language's main newsroom zone where one
// dominates. English has none: an English page on a generic domain says
// where it is from only through its tag's region ("en-US", "en-GB").
var zoneByLang = map[string]string{
	"de": "Europe/Berlin", "fr": "Europe/Paris", "it": "Europe/Rome",
	"nl": "Europe/Amsterdam", "pl": "Europe/Warsaw", "cs": "Europe/Prague", "da": "Europe/Copenhagen",
	"sv": "Europe/Stockholm", "nb": "Europe/Oslo", "fi": "Europe/Helsinki", "ja": "Asia/Tokyo", "ko": "Asia/Seoul",
	"tr": "Europe/Istanbul", "uk": "Europe/Kyiv", "el": "Europe/Athens", "hu": "Europe/Budapest",
	"ro": "Europe/Bucharest", "he": "Asia/Jerusalem",
}

var zoneCache sync.Map // name -> *time.Location

// siteZone guesses the publisher's time zone from its domain and the page's
// language tag ("en-GB"); nil when there is no good guess.
func siteZone(host, langTag string) *time.Location {
	name := ""
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		name = zoneByTLD[host[i+1:]]
	}
	tag := strings.ToLower(strings.ReplaceAll(langTag, "_", "-"))
	lang, region, _ := strings.Cut(tag, "-")
	if name == "" && region != "" {
		if region == "gb" {
			region = "uk"
		}
		name = zoneByTLD[region]
	}
	if name == "" {
		name = zoneByLang[lang]
	}
	if name == "" {
		return nil
	}
	if l, ok := zoneCache.Load(name); ok {
		return l.(*time.Location)
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	zoneCache.Store(name, l)
	return l
}

// pickLanguageTag returns the page's language tag as written ("en-GB"), or "".
func pickLanguageTag(m *pageMeta) string {
	for _, v := range []string{m.lang, m.meta("og:locale", "content-language", "language", "dc.language"), m.ldString("inLanguage")} {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
