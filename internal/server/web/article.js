// article.js: one article with its annotations highlighted in the text
// (entities by type, quotations, times, places, and the sentences events
// were read in) and listed in a side panel; pointing at an item of the
// panel lights its spans up.
import { api, ApiError } from './api.js';
import { h, actorLink, day, QUADS, num, plural } from './dom.js';
import { byteOffsets, paragraphs, segments } from './spans.js';

const TYPES = ['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC', 'EVENT', 'MISC'];
const TYPE_NAMES = {
  PERSON: 'people', ORG: 'organisations', GPE: 'countries, cities, states', NORP: 'nationalities, groups',
  LOC: 'other places', FAC: 'buildings, airports', EVENT: 'named events', MISC: 'other names',
};
const LAYERS = [
  ['ent', 'Entities'], ['quote', 'Quotes'], ['time', 'Times'], ['place', 'Places'], ['ev', 'Event sentences'],
];

export async function articlePage(root, params, nav, id) {
  let d;
  try {
    d = await api('/api/v1/articles/' + encodeURIComponent(id));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      document.title = 'No such article · attache';
      root.append(h('h1', {}, 'No such article'), h('p', {}, `The archive holds no article with id ${id}. `, h('a', { href: '/search' }, 'Search the articles'), '.'));
      return;
    }
    throw err;
  }
  if (!nav.isCurrent()) return;
  document.title = (d.title || 'Untitled article') + ' · attache';

  const meta = [d.site, day(d.published), d.authors.length ? 'by ' + d.authors.join(', ') : ''].filter(Boolean);
  root.append(h('header', { class: 'article-head' },
    h('h1', {}, d.title || h('span', { class: 'muted' }, 'Untitled article')),
    d.subtitle && !d.text.startsWith(d.subtitle) ? h('p', { class: 'dek' }, d.subtitle) : null,
    h('p', { class: 'meta' }, meta.join(' · '),
      webURL(d.url) ? [meta.length ? ' · ' : '', h('a', { href: webURL(d.url), rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original page')] : null,
      ' · ', h('a', { href: '/api/v1/articles/' + encodeURIComponent(d.id) }, 'JSON'))));

  const body = renderText(d);
  const layers = h('fieldset', { class: 'layers' }, h('legend', {}, 'Highlight'),
    LAYERS.map(([k, label]) => h('label', { class: 'layer layer-' + k },
      h('input', { type: 'checkbox', checked: true, onchange: (e) => body.classList.toggle('no-' + k, !e.target.checked) }),
      ' ', h('span', { class: 'swatch' }), label)));
  const legend = h('p', { class: 'legend' }, 'Entity types: ',
    TYPES.filter((t) => d.entities.some((e) => e.type === t)).map((t) => h('span', { class: 'ent ent-' + t, title: TYPE_NAMES[t] }, t)));

  const warn = d.warnings.length ? h('div', { class: 'warnings', role: 'note' }, h('strong', {}, 'Warnings: '), d.warnings.join('; ')) : null;
  root.append(h('div', { class: 'article-grid' },
    h('article', { class: 'article-main', 'aria-label': 'Article text' }, warn, layers, legend, body),
    panel(d, body)));
}

// renderText builds the text: paragraphs of sentences, annotated pieces as
// spans whose data-k lists the keys of what covers them.
function renderText(d) {
  const text = d.text;
  const u = byteOffsets(text);
  const anns = [];
  const add = (s, e, cls, keys, tip) => {
    const a = u(s);
    const b = u(e);
    if (b > a) anns.push({ s: a, e: b, cls, keys, tip });
  };
  d.entities.forEach((en) => {
    const code = en.actor && en.actor.code ? ` (${en.actor.code}${en.actor.role ? ', ' + en.actor.role : ''})` : '';
    en.mentions.forEach((m, j) => add(m.start, m.end, 'ent ent-' + en.type, [`e:${en.id}`, `m:${en.id}:${j}`], `${en.type}: ${en.name}${code}`));
  });
  d.quotes.forEach((q, i) => add(q.start, q.end, q.direct ? 'quote direct' : 'quote', [`q:${i}`], `quote${q.speaker.name ? ' of ' + q.speaker.name : ''}${q.cue ? ' (' + q.cue + ')' : ''}`));
  d.times.forEach((t, i) => add(t.start, t.end, 'time', [`t:${i}`], `${t.type}: ${t.value}`));
  d.places.forEach((p, i) => add(p.start, p.end, 'place', [`p:${i}`], `place: ${p.name}${p.country ? ', ' + p.country : ''}`));

  const sents = d.sentences.map((s) => [u(s.start), u(s.end)]);
  const evBySent = new Map();
  d.events.forEach((e, i) => {
    if (!evBySent.has(e.sentence)) evBySent.set(e.sentence, []);
    evBySent.get(e.sentence).push(i);
  });
  const paras = paragraphs(text);
  const cuts = [];
  for (const [s, e] of sents) cuts.push(s, e);
  for (const [s, e] of paras) cuts.push(s, e);

  const out = h('div', { class: 'text', id: 'article-text' });
  let pi = 0;
  let si = 0;
  let p = null;
  let sent = null;
  let sentIdx = -1;
  let started = new Set();
  for (const seg of segments(text.length, anns, cuts)) {
    while (pi < paras.length && paras[pi][1] <= seg.s) pi++;
    if (pi >= paras.length || seg.s < paras[pi][0]) continue; // a blank line between paragraphs
    if (!p || p.dataset.p !== String(pi)) {
      p = h('p', { dataset: { p: pi } });
      out.appendChild(p);
      sent = null;
    }
    while (si < sents.length && sents[si][1] <= seg.s) si++;
    const inSent = si < sents.length && sents[si][0] <= seg.s ? si : -1;
    if (inSent !== sentIdx || !sent) {
      sentIdx = inSent;
      if (inSent >= 0) {
        const evs = evBySent.get(inSent) || [];
        sent = h('span', {
          class: 'sent' + (evs.length ? ' ev' : ''),
          id: started.has(inSent) ? null : 's-' + inSent,
          dataset: { s: inSent, k: evs.map((i) => 'v:' + i).join(' ') },
          title: evs.length ? evs.map((i) => eventLine(d.events[i])).join('\n') : null,
        });
        started.add(inSent);
      } else {
        sent = h('span', { class: 'nosent' });
      }
      p.appendChild(sent);
    }
    const piece = text.slice(seg.s, seg.e);
    if (seg.anns.length === 0) {
      sent.appendChild(document.createTextNode(piece));
      continue;
    }
    const cls = new Set();
    const keys = [];
    const tips = [];
    for (const a of seg.anns) {
      for (const c of a.cls.split(' ')) cls.add(c);
      keys.push(...a.keys);
      tips.push(a.tip);
    }
    sent.appendChild(h('span', { class: [...cls].join(' '), dataset: { k: keys.join(' ') }, title: tips.join('\n') }, piece));
  }
  return out;
}

function eventLine(e) {
  return `${e.source || '?'} → ${e.target || '?'}: ${e.cameo}${e.plover && e.plover.event ? ' ' + e.plover.event : ''} (${QUADS[e.quad] || 'quad ' + e.quad}, Goldstein ${num(e.goldstein)})`;
}

// panel lists the annotations; each item lights up its spans in body.
function panel(d, body) {
  const light = (key, on) => {
    for (const el of body.querySelectorAll(`[data-k~="${CSS.escape(key)}"]`)) el.classList.toggle('hl', on);
  };
  const jump = (key) => {
    const el = body.querySelector(`[data-k~="${CSS.escape(key)}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.classList.remove('flash');
      void el.offsetWidth; // restart the animation
      el.classList.add('flash');
    }
  };
  const item = (key, ...content) => h('li', {},
    h('button', { type: 'button', class: 'item', dataset: { key },
      onmouseenter: () => light(key, true), onmouseleave: () => light(key, false),
      onfocus: () => light(key, true), onblur: () => light(key, false),
      onclick: () => jump(key) }, ...content));
  const section = (id, title, n, list) => h('section', { class: 'panel-sec', 'aria-labelledby': id },
    h('h2', { id }, title, ' ', h('span', { class: 'count' }, n)),
    n ? list : h('p', { class: 'muted' }, 'none found'));

  const events = h('ol', { class: 'list' }, d.events.map((e, i) => {
    const q = e.quad >= 3 ? 'conf' : 'coop';
    return h('li', {},
      h('button', { type: 'button', class: 'item', dataset: { key: 'v:' + i },
        onmouseenter: () => light('v:' + i, true), onmouseleave: () => light('v:' + i, false),
        onfocus: () => light('v:' + i, true), onblur: () => light('v:' + i, false),
        onclick: () => jump('v:' + i) },
      h('span', { class: 'code' }, e.source || '?'), ' → ', h('span', { class: 'code' }, e.target || '?'), ' ',
      h('span', { class: 'code' }, e.cameo), ' ', (e.plover && e.plover.event ? e.plover.event.toLowerCase() : ''),
      h('br'), h('small', { class: q }, QUADS[e.quad] || ''), h('small', {}, e.date ? ' · ' + e.date : '', e.place ? ' · ' + e.place : '')),
      e.source && e.target ? [' ', h('a', { href: '/?dyad=' + encodeURIComponent(dyadOf(e)), class: 'side-link', title: 'timeline of this dyad' }, 'timeline')] : null);
  }));

  const entities = h('div', {}, TYPES.filter((t) => d.entities.some((e) => e.type === t)).map((t) => h('div', { class: 'etype' },
    h('h3', {}, h('span', { class: 'ent ent-' + t }, t), ' ', TYPE_NAMES[t]),
    h('ul', { class: 'list' }, d.entities.filter((e) => e.type === t).map((e) => h('li', {},
      h('button', { type: 'button', class: 'item', dataset: { key: 'e:' + e.id },
        onmouseenter: () => light('e:' + e.id, true), onmouseleave: () => light('e:' + e.id, false),
        onfocus: () => light('e:' + e.id, true), onblur: () => light('e:' + e.id, false),
        onclick: () => jump('e:' + e.id) }, e.name, h('small', { class: 'muted' }, ' ×' + e.mentions.length)),
      e.actor && e.actor.code ? [' ', actorLink(e.actor.code), e.actor.role ? h('small', {}, ' ' + e.actor.role) : null] : null))))));

  const quotes = h('ol', { class: 'list' }, d.quotes.map((q, i) => item('q:' + i,
    h('strong', {}, q.speaker.name || 'unattributed'), q.cue ? h('small', { class: 'muted' }, ' ' + q.cue) : null, ': ',
    h('q', {}, clip(q.text, 180)))));
  const times = h('ul', { class: 'list' }, d.times.map((t, i) => item('t:' + i, t.text, ' → ', h('code', {}, t.value))));
  const places = h('ul', { class: 'list' }, d.places.map((p, i) => item('p:' + i, p.text,
    p.name && p.name !== p.text ? ' → ' + p.name : '', p.country ? h('small', { class: 'muted' }, ' ' + p.country) : null,
    p.lat || p.lon ? h('small', { class: 'muted' }, ` ${num(p.lat, 2)}, ${num(p.lon, 2)}`) : null)));

  return h('aside', { class: 'article-panel', 'aria-label': 'What attache read in this article' },
    section('p-events', 'Events', d.events.length, events),
    section('p-entities', 'Entities', d.entities.length, entities),
    section('p-quotes', 'Quotes', d.quotes.length, quotes),
    section('p-times', 'Times', d.times.length, times),
    section('p-places', 'Places', d.places.length, places));
}

function dyadOf(e) {
  const c = (x) => (x || '').slice(0, 3);
  return `${c(e.source)}-${c(e.target)}`;
}

// webURL is u when it is an http(s) address, else "" (a stored article's
// URL is outside input: a javascript: URL must never become a link).
function webURL(u) {
  try {
    const x = new URL(u);
    return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : '';
  } catch {
    return '';
  }
}

function clip(s, n) {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
