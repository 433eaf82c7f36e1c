package event

// The transforms below turn the code of an action into the code of a stance
// towards it: "agreed to visit" is an intent to meet (036), not a visit
// (042); "refused to release" is a refusal to yield (1243); "urged Iran to
// release" an appeal (0253); "must release" a demand (1053); "threatened to
// impose sanctions" a threat (1312). Each returns "" when CAMEO has no code
// for the combination, and the caller then codes nothing (or the frame
// verb's own pattern).

// frameKind is what a frame verb or modal does to the event it governs.
type frameKind uint8

const (
	frameNone    frameKind = iota
	frameIntent            // agree, promise, plan, will, ready to: 03x, or 13x for hostile acts
	frameRefuse            // refuse, decline, would not: 12x
	frameRequest           // urge, ask, call on: 02x
	frameDemand            // demand, insist, must: 10x
	frameThreat            // threaten, warn: 13x
	framePlain             // continue, begin, try: the act itself
	frameBlock             // fail to: nothing happened
	frameInvite            // invite: an intent to meet the invited
	frameAttempt           // attempt, try: the act, and 185 for an attempted 186
	frameDeny              // deny doing, deny that: a denial (016) whatever the act
)

var frameNames = map[string]frameKind{
	"intent": frameIntent, "refuse": frameRefuse, "request": frameRequest,
	"demand": frameDemand, "threat": frameThreat, "plain": framePlain,
	"block": frameBlock, "invite": frameInvite, "attempt": frameAttempt,
	"deny": frameDeny,
}

// apply maps code through the frame.
func (k frameKind) apply(code string) string {
	switch k {
	case frameIntent, frameInvite:
		return intentCode(code)
	case frameRefuse:
		return refuseCode(code)
	case frameRequest:
		return requestCode(code, false)
	case frameDemand:
		return requestCode(code, true)
	case frameThreat:
		return threatCode(code)
	case framePlain:
		return code
	case frameAttempt:
		if code == "186" {
			return "185"
		}
		return code
	case frameDeny:
		return "016"
	}
	return ""
}

// sub returns the table's entry for code's first len(code) digits: m is
// keyed by full codes and by three-digit codes; the longest key that is a
// prefix of code wins.
func sub(code string, m map[string]string) string {
	for n := len(code); n >= 2; n-- {
		if v, ok := m[code[:n]]; ok {
			return v
		}
	}
	return ""
}

var intentMap = map[string]string{
	"01": "", "02": "", "03": "", // stays as it is (handled below)
	"04": "036", "045": "039", "046": "036",
	"05": "032",
	"06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
	"0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
	"09": "+", "10": "+", "11": "+", "12": "+", "13": "+",
	"14": "133",
	"15": "138",
	"16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"17": "130", "171": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323",
	"1724": "1324", "173": "137", "174": "136", "175": "137",
	"18": "1383",
	"19": "1384", "191": "1381", "192": "1382",
	"20": "1383", "204": "1385",
}

// intentCode is the code for a stated intention to do code: cooperative
// acts become 03x, hostile ones the matching threat.
func intentCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	switch code[:2] {
	case "01", "02":
		return ""
	case "03":
		return code
	}
	v := sub(code, intentMap)
	if v == "+" {
		return code
	}
	return v
}

var refuseMap = map[string]string{
	"03": "120", "036": "125", "037": "127", "038": "126",
	"04": "125", "045": "126",
	"05": "120", "057": "127",
	"06": "121", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
	"07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
	"08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232",
	"0833": "1233", "0834": "1234", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}

// refuseCode is the code for refusing to do code; only cooperative acts have
// one (refusing to attack is not an event).
func refuseCode(code string) string { return sub(code, refuseMap) }

var appealMap = map[string]string{
	"03": "020", "04": "026", "045": "028", "05": "022",
	"06": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
	"07": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
	"08": "025", "081": "0251", "082": "0252", "083": "024", "0831": "0241", "0832": "0242",
	"0833": "0243", "0834": "0244", "084": "0253", "085": "0254", "086": "0255", "087": "0256",
	"037": "027", "038": "028",
}

var demandMap = map[string]string{
	"03": "100", "04": "106", "045": "108", "05": "102",
	"06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
	"07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
	"08": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042",
	"0833": "1043", "0834": "1044", "084": "1053", "085": "1054", "086": "1055", "087": "1056",
	"037": "107", "038": "108",
}

// requestCode is the code for asking (02x) or demanding (10x) that the target
// do code; hostile or unknown acts give the plain appeal or demand.
func requestCode(code string, demand bool) string {
	m, plain := appealMap, "020"
	if demand {
		m, plain = demandMap, "100"
	}
	if v := sub(code, m); v != "" {
		return v
	}
	return plain
}

// threatCode is the code for threatening to do code.
func threatCode(code string) string {
	if len(code) >= 2 && code[:2] >= "13" {
		if v := intentCode(code); v != "" && v[:2] == "13" {
			return v
		}
	}
	if len(code) >= 2 && code[:2] == "13" {
		return code
	}
	return "130"
}
