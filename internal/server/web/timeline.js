// timeline.js: the dyad timeline, the UI's front page. Cooperative and
// conflictual events between two actors counted by week (or day, month) as
// bars, with the mean Goldstein score as a line; a table under the chart
// gives the same counts, with links to the events of each period.
import { api } from './api.js';
import { h, field, formParams, num, plural } from './dom.js';

const COOP = '#0b6bcb';
const CONF = '#b23c0a';
const GOLD = '#333333';

export async function timelinePage(root, params, nav) {
  const dyad = (params.get('dyad') || 'USA-CHN').toUpperCase();
  const [a, b] = dyad.split('-');
  const bucket = params.get('bucket') || 'week';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  document.title = `${a}–${b} timeline · attache`;

  const bucketSel = h('select', { name: 'bucket' },
    ['day', 'week', 'month'].map((x) => h('option', { value: x, selected: x === bucket }, x)));
  const form = h('form', { class: 'filters', 'aria-label': 'Dyad and dates' },
    field('Actor A', h('input', { name: 'a', value: a || '', required: true, size: 8, pattern: '[A-Za-z0-9]{1,30}', title: 'an actor code such as USA or CHNGOV' })),
    h('button', { type: 'button', class: 'swap', title: 'Swap A and B', 'aria-label': 'Swap actors A and B', onclick: () => {
      const [ia, ib] = [form.elements.a, form.elements.b];
      [ia.value, ib.value] = [ib.value, ia.value];
    } }, '⇄'),
    field('Actor B', h('input', { name: 'b', value: b || '', required: true, size: 8, pattern: '[A-Za-z0-9]{1,30}', title: 'an actor code such as USA or CHNGOV' })),
    field('From', h('input', { name: 'from', type: 'date', value: from })),
    field('To', h('input', { name: 'to', type: 'date', value: to })),
    field('Period', bucketSel),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = formParams(form);
    const q = new URLSearchParams({ dyad: `${p.a}-${p.b}`.toUpperCase() });
    if (p.from) q.set('from', p.from);
    if (p.to) q.set('to', p.to);
    if (p.bucket && p.bucket !== 'week') q.set('bucket', p.bucket);
    nav.go('/?' + q);
  });

  const heading = h('h1', {}, `${a} – ${b}: events over time`);
  root.append(heading,
    h('p', { class: 'lede' }, `Events between ${a} and ${b} in either direction, by ${bucket}: cooperative (quad classes 1–2) and conflictual (3–4) counts, and the mean Goldstein score (−10 to +10).`),
    form);

  const data = await api('/api/v1/timeline', { dyad: `${a}-${b}`, from, to, bucket });
  if (!nav.isCurrent()) return;
  const buckets = data.buckets;
  const busy = buckets.filter((x) => x.events > 0);
  if (busy.length === 0) {
    const stats = await api('/api/v1/stats');
    if (stats.articles === 0) {
      root.append(h('div', { class: 'empty' },
        h('p', {}, 'The archive is empty. Fill it with ', h('code', {}, 'attache ingest FILE|FOLDER|URL|FEED ...'),
          ' (on the same ', h('code', {}, '--db'), '), or start ', h('code', {}, 'attache serve --demo'), ' to see the demo reports.')));
      return;
    }
    root.append(h('p', { class: 'empty' }, `No dated events between ${a} and ${b}${from || to ? ' in this range' : ''}. `,
      h('a', { href: '/events?actor=' + encodeURIComponent(a) }, `See all events of ${a}`), '.'));
    return;
  }

  const total = buckets.reduce((s, x) => s + x.events, 0);
  const coop = buckets.reduce((s, x) => s + x.cooperative, 0);
  const conf = buckets.reduce((s, x) => s + x.conflictual, 0);
  const mean = buckets.reduce((s, x) => s + x.mean_goldstein * x.events, 0) / (total || 1);
  root.append(h('p', { class: 'summary', id: 'timeline-summary' },
    h('strong', {}, plural(total, 'event')), ` from ${busy[0].start} to ${busy[busy.length - 1].start}: `,
    h('span', { class: 'coop' }, `${coop} cooperative`), ', ', h('span', { class: 'conf' }, `${conf} conflictual`),
    `; mean Goldstein ${num(mean)}.`));

  root.append(rangeLinks(a, b, bucket, from, to, busy[busy.length - 1].start));

  const chartBox = h('figure', { class: 'chart' });
  const caption = h('figcaption', {}, `Cooperative (blue) and conflictual (orange) events between ${a} and ${b} per ${bucket}, with the mean Goldstein score (black line, right axis). Click a period to list its events.`);
  root.append(chartBox);
  drawChart(chartBox, caption, busy, bucket, (i) => nav.go(eventsURL(a, b, bucket, busy[i].start)));

  root.append(h('section', { 'aria-labelledby': 'counts-h' },
    h('h2', { id: 'counts-h' }, `Counts by ${bucket}`),
    countsTable(a, b, bucket, busy)));
}

// rangeLinks offer the whole range and the last months before the latest
// event, where weekly bars are wide enough to read.
function rangeLinks(a, b, bucket, from, to, latest) {
  const end = toDate(latest);
  const back = (months) => {
    const d = new Date(end);
    d.setUTCMonth(d.getUTCMonth() - months);
    return iso(d);
  };
  const link = (label, f) => {
    const q = new URLSearchParams({ dyad: `${a}-${b}` });
    if (f) q.set('from', f);
    if (bucket !== 'week') q.set('bucket', bucket);
    const current = (f || '') === from && !to;
    return h('a', { href: '/?' + q, 'aria-current': current ? 'true' : null, class: current ? 'current' : null }, label);
  };
  return h('p', { class: 'ranges' }, 'Range: ',
    link('all', ''), ' · ', link('last 2 years', back(24)), ' · ', link('last 12 months', back(12)), ' · ', link('last 3 months', back(3)));
}

function countsTable(a, b, bucket, buckets) {
  const rows = buckets.slice().reverse().map((x) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: eventsURL(a, b, bucket, x.start) }, x.start)),
    h('td', { class: 'n' }, x.events),
    h('td', { class: 'n coop' }, x.cooperative),
    h('td', { class: 'n conf' }, x.conflictual),
    h('td', { class: 'n' }, num(x.mean_goldstein)),
    h('td', { class: 'n' }, x.mentions ?? '')));
  return h('table', { class: 'data', id: 'bucket-table' },
    h('caption', {}, `Events between ${a} and ${b} per ${bucket}, newest first; each period links to its events.`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, bucket[0].toUpperCase() + bucket.slice(1) + ' from'),
      h('th', { scope: 'col', class: 'n' }, 'Events'),
      h('th', { scope: 'col', class: 'n' }, 'Cooperative'),
      h('th', { scope: 'col', class: 'n' }, 'Conflictual'),
      h('th', { scope: 'col', class: 'n' }, 'Mean Goldstein'),
      h('th', { scope: 'col', class: 'n' }, 'Reports'))),
    h('tbody', {}, rows));
}

// period arithmetic in UTC on YYYY-MM-DD strings
function toDate(s) {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function iso(d) {
  return d.toISOString().slice(0, 10);
}
function step(d, bucket, n = 1) {
  const x = new Date(d);
  if (bucket === 'day') x.setUTCDate(x.getUTCDate() + n);
  else if (bucket === 'week') x.setUTCDate(x.getUTCDate() + 7 * n);
  else x.setUTCMonth(x.getUTCMonth() + n);
  return x;
}

// eventsURL lists the events of one period (its last day included).
function eventsURL(a, b, bucket, start) {
  const last = step(toDate(start), bucket);
  last.setUTCDate(last.getUTCDate() - 1);
  return '/events?' + new URLSearchParams({ dyad: `${a}-${b}`, from: start, to: iso(last) });
}

// series fills the periods without events, so bars stand in time.
function series(buckets, bucket) {
  const byStart = new Map(buckets.map((x) => [x.start, x]));
  const xs = [], co = [], cf = [], gs = [], idx = [];
  let d = toDate(buckets[0].start);
  const end = toDate(buckets[buckets.length - 1].start);
  for (let guard = 0; d <= end && guard < 5000; guard++, d = step(d, bucket)) {
    const x = byStart.get(iso(d));
    xs.push(d.getTime() / 1000);
    co.push(x ? x.cooperative : 0);
    cf.push(x ? x.conflictual : 0);
    gs.push(x && x.events ? x.mean_goldstein : null);
    idx.push(x && x.events ? buckets.indexOf(x) : -1);
  }
  if (xs.length >= 5000) { // too long a range to fill: plot the periods with events only
    return { xs: buckets.map((x) => toDate(x.start).getTime() / 1000), co: buckets.map((x) => x.cooperative),
      cf: buckets.map((x) => x.conflictual), gs: buckets.map((x) => (x.events ? x.mean_goldstein : null)), idx: buckets.map((_, i) => i) };
  }
  return { xs, co, cf, gs, idx };
}

function drawChart(box, caption, buckets, bucket, onPick) {
  if (typeof uPlot === 'undefined') {
    box.append(h('p', { class: 'error' }, 'The chart library did not load; the table below has the counts.'), caption);
    return;
  }
  const s = series(buckets, bucket);
  const span = { day: 86400, week: 7 * 86400, month: 30 * 86400 }[bucket];
  const width = () => Math.max(320, Math.min(box.clientWidth || 900, 1100));
  const bars = uPlot.paths.bars;
  const opts = {
    width: width(),
    height: 320,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true, range: (u, min, max) => [min - span * 0.6, max + span * 0.6] },
      n: { range: (u, min, max) => [0, Math.max(2, Math.ceil(max * 1.15))] },
      g: { range: [-10, 10] },
    },
    axes: [
      {},
      { scale: 'n', label: 'events', size: 50 },
      { scale: 'g', side: 1, label: 'mean Goldstein', grid: { show: false }, size: 50 },
    ],
    series: [
      { label: bucket === 'month' ? 'Month' : bucket === 'week' ? 'Week of' : 'Day', value: (u, v) => (v == null ? '' : iso(new Date(v * 1000))) },
      { label: 'Cooperative', scale: 'n', fill: COOP, stroke: COOP, width: 0, paths: bars({ size: [0.4, 40, 2], align: -1 }), points: { show: false } },
      { label: 'Conflictual', scale: 'n', fill: CONF, stroke: CONF, width: 0, paths: bars({ size: [0.4, 40, 2], align: 1 }), points: { show: false } },
      { label: 'Mean Goldstein', scale: 'g', stroke: GOLD, width: 2, spanGaps: false, points: { show: true, size: 5, fill: GOLD }, value: (u, v) => (v == null ? '–' : v.toFixed(1)) },
    ],
  };
  const wrap = h('div', { class: 'plot', role: 'img', 'aria-label': `Bar chart: ${caption.textContent}` });
  box.append(wrap, caption);
  const u = new uPlot(opts, [s.xs, s.co, s.cf, s.gs], wrap);
  u.over.addEventListener('click', () => {
    const i = u.cursor.idx;
    if (i != null && s.idx[i] >= 0) onPick(s.idx[i]);
  });
  u.over.style.cursor = 'pointer';
  const ro = new ResizeObserver(() => {
    const w = width();
    if (Math.abs(w - u.width) > 4) u.setSize({ width: w, height: 320 });
  });
  ro.observe(box);
}
