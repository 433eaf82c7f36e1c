package extract

// hdMonthNames are the names and usual abbreviations of the months, lower
// case, in the major news languages, with the inflected forms dates use
// ("18 czerwca", "18 июня", "18. kesäkuuta"). A name shared by languages
// names the same month in all of them.
var hdMonthNames = [12][]string{
	{ // January
		"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
		"januari", "styczeń", "stycznia", "sty", "leden", "ledna", "január", "januára", "tammikuu", "tammikuuta",
		"tammik", "ocak", "oca", "январь", "января", "янв", "січень", "січня", "ianuarie", "ιανουάριος", "ιανουαρίου",
		"ιαν", "gener", "urtarrila", "janúar", "sausis", "sausio", "janvāris", "janvārī", "jaanuar",
	},
	{ // February
		"february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fév", "febrero", "febbraio",
		"fevereiro", "fev", "februari", "luty", "lutego", "lut", "únor", "února", "február", "februára",
		"helmikuu", "helmikuuta", "helmik", "şubat", "şub", "февраль", "февраля", "фев", "лютий", "лютого",
		"februarie", "φεβρουάριος", "φεβρουαρίου", "φεβ", "febrer", "febrúar", "vasaris", "vasario", "februāris",
		"veebruar",
	},
	{ // March
		"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "marzec", "marca",
		"březen", "března", "március", "marec", "maaliskuu", "maaliskuuta", "maalisk", "mart", "март", "марта",
		"березень", "березня", "martie", "μάρτιος", "μαρτίου", "μαρ", "març", "kovas", "kovo", "marts", "märts",
		"maret",
	},
	{ // April
		"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "kwi", "duben", "dubna",
		"április", "apríl", "apríla", "huhtikuu", "huhtikuuta", "huhtik", "nisan", "nis", "апрель", "апреля", "апр",
		"квітень", "квітня", "aprilie", "απρίλιος", "απριλίου", "απρ", "balandis", "balandžio", "aprīlis", "aprill",
	},
	{ // May
		"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "květen", "května", "május", "máj",
		"mája", "toukokuu", "toukokuuta", "toukok", "mayıs", "май", "мая", "травень", "травня", "μάιος", "μαΐου",
		"μαΐ", "maig", "maí", "gegužė", "gegužės", "maijs",
	},
	{ // June
		"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze", "červen",
		"června", "június", "jún", "júna", "kesäkuu", "kesäkuuta", "kesäk", "haziran", "haz", "июнь", "июня",
		"червень", "червня", "iunie", "ιούνιος", "ιουνίου", "ιουν", "juny", "júní", "birželis", "birželio", "jūnijs",
		"juuni",
	},
	{ // July
		"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip",
		"červenec", "července", "július", "júl", "júla", "heinäkuu", "heinäkuuta", "heinäk", "temmuz", "tem",
		"июль", "июля", "липень", "липня", "iulie", "ιούλιος", "ιουλίου", "ιουλ", "juliol", "júlí", "liepa", "liepos",
		"jūlijs", "juuli",
	},
	{ // August
		"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "sie", "srpen",
		"srpna", "augusztus", "augusta", "elokuu", "elokuuta", "elok", "ağustos", "ağu", "август", "августа", "авг",
		"серпень", "серпня", "αύγουστος", "αυγούστου", "αυγ", "agost", "ágúst", "rugpjūtis", "rugpjūčio", "augusts",
		"augusti", "agustus",
	},
	{ // September
		"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
		"wrzesień", "września", "wrz", "září", "szeptember", "septembra", "syyskuu", "syyskuuta", "syysk", "eylül",
		"eyl", "сентябрь", "сентября", "сен", "сент", "вересень", "вересня", "septembrie", "σεπτέμβριος",
		"σεπτεμβρίου", "σεπ", "setembre", "rugsėjis", "rugsėjo", "septembris",
	},
	{ // October
		"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik",
		"października", "paź", "říjen", "října", "október", "októbra", "lokakuu", "lokakuuta", "lokak", "ekim",
		"eki", "октябрь", "октября", "окт", "жовтень", "жовтня", "octombrie", "οκτώβριος", "οκτωβρίου", "οκτ",
		"octubre", "spalis", "spalio", "oktobris",
	},
	{ // November
		"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis", "listopadu",
		"novembra", "marraskuu", "marraskuuta", "marrask", "kasım", "kas", "ноябрь", "ноября", "ноя", "листопад",
		"листопада", "noiembrie", "νοέμβριος", "νοεμβρίου", "νοε", "lapkritis", "lapkričio", "novembris",
		"nóvember",
	},
	{ // December
		"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
		"dezembro", "grudzień", "grudnia", "gru", "prosinec", "prosince", "decembra", "joulukuu", "joulukuuta",
		"jouluk", "aralık", "ara", "декабрь", "декабря", "дек", "грудень", "грудня", "decembrie", "δεκέμβριος",
		"δεκεμβρίου", "δεκ", "desembre", "desember", "desembar", "gruodis", "gruodžio", "decembris", "detsember",
	},
}

// hdMonths maps every name of hdMonthNames to its month, 1..12.
var hdMonths = func() map[string]int {
	m := make(map[string]int, 500)
	for i, names := range hdMonthNames {
		for _, n := range names {
			m[n] = i + 1
		}
	}
	return m
}()
