// spans.js: the Document's annotations are byte ranges into its UTF-8 text;
// JavaScript strings count UTF-16 code units. byteOffsets maps one to the
// other, and segments cuts the text where any annotation starts or ends.

// byteOffsets returns a function from a UTF-8 byte offset into text to the
// UTF-16 index of the same place. An offset inside a character maps to the
// character's start; offsets past the end map to the end.
export function byteOffsets(text) {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  const map = new Uint32Array(bytes + 1);
  let b = 0;
  let u = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let i = 0; i < n; i++) map[b + i] = u;
    b += n;
    u += ch.length;
  }
  map[b] = u;
  return (off) => map[Math.max(0, Math.min(Number(off) || 0, bytes))];
}

// paragraphs are the ranges of text between blank lines.
export function paragraphs(text) {
  const out = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

// segments cuts [0, len) at every annotation edge and at the given extra
// cuts, and lists for each piece the annotations covering it. anns are
// {s, e, ...} in UTF-16 units, s < e.
export function segments(len, anns, cuts = []) {
  const edges = new Set([0, len, ...cuts]);
  for (const a of anns) {
    edges.add(a.s);
    edges.add(a.e);
  }
  const xs = [...edges].filter((x) => x >= 0 && x <= len).sort((a, b) => a - b);
  // sweep: annotations sorted by start enter, leave when their end is passed
  const byStart = anns.slice().sort((a, b) => a.s - b.s);
  let next = 0;
  let active = [];
  const out = [];
  for (let i = 0; i + 1 < xs.length; i++) {
    const s = xs[i];
    const e = xs[i + 1];
    while (next < byStart.length && byStart[next].s <= s) active.push(byStart[next++]);
    active = active.filter((a) => a.e > s);
    out.push({ s, e, anns: active.filter((a) => a.s <= s && a.e >= e) });
  }
  return out;
}
