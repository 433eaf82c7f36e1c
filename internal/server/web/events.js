// events.js: the event table with its filters. Each row links its actors
// to their pages and its evidence to the sentence in the article.
import { api } from './api.js';
import { h, field, formParams, actorLink, QUADS, num, plural } from './dom.js';

const FILTERS = ['actor', 'dyad', 'source', 'target', 'cameo', 'quad', 'from', 'to', 'place', 'distinct'];

export async function eventsPage(root, params, nav) {
  const p = {};
  for (const k of FILTERS) if (params.get(k)) p[k] = params.get(k);
  document.title = 'Events · attache';

  const input = (name, label, attrs = {}) => field(label, h('input', { name, value: p[name] || '', ...attrs }));
  const form = h('form', { class: 'filters', 'aria-label': 'Event filters' },
    input('actor', 'Actor', { size: 8, placeholder: 'USA', title: 'source or target code starts with it' }),
    input('dyad', 'Dyad', { size: 10, placeholder: 'USA-CHN', title: 'two codes, either direction' }),
    input('source', 'Source', { size: 8 }),
    input('target', 'Target', { size: 8 }),
    input('cameo', 'CAMEO', { size: 5, placeholder: '04', inputmode: 'numeric', title: 'code or root, 2 to 4 digits' }),
    field('Quad class', h('select', { name: 'quad' }, h('option', { value: '' }, 'any'),
      Object.entries(QUADS).map(([k, v]) => h('option', { value: k, selected: p.quad === k }, `${k} ${v}`)))),
    input('from', 'From', { type: 'date' }),
    input('to', 'To', { type: 'date' }),
    input('place', 'Place', { size: 10, placeholder: 'Beijing or CHN' }),
    h('div', { class: 'field check' }, h('label', {},
      h('input', { type: 'checkbox', name: 'distinct', value: '1', checked: p.distinct === '1' }), ' first reports only'),
      h('small', {}, 'one row per event, not per article')),
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: '/events', class: 'reset' }, 'Clear'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams(formParams(form));
    nav.go('/events' + (q.toString() ? '?' + q : ''));
  });

  const what = Object.entries(p).filter(([k]) => k !== 'distinct').map(([k, v]) => `${k} ${v}`).join(', ');
  root.append(h('h1', {}, 'Events'), form);
  const status = h('p', { class: 'summary', id: 'events-status', 'aria-live': 'polite' }, 'Loading…');
  root.append(status);

  const first = await api('/api/v1/events', { ...p, limit: 100 });
  if (!nav.isCurrent()) return;
  const table = eventsTable(first.events, 'Events' + (what ? ' with ' + what : '') + ', newest first');
  root.append(table);
  let shown = first.events.length;
  const say = (more) => {
    status.textContent = shown === 0 ? 'No events match these filters.' : `${plural(shown, 'event')}${more ? ' shown; more below' : ''}${what ? ' with ' + what : ''}.`;
  };
  say(first.next);
  if (first.next) {
    let next = first.next;
    const more = h('button', { type: 'button', class: 'more', onclick: async () => {
      more.disabled = true;
      const page = await api('/api/v1/events', { ...p, limit: 100, after: next });
      for (const e of page.events) table.tBodies[0].appendChild(eventRow(e));
      shown += page.events.length;
      next = page.next;
      say(next);
      more.disabled = false;
      if (!next) more.remove();
    } }, 'More events');
    root.append(more);
  }
}

// eventsTable lists event rows (store.EventRow).
export function eventsTable(events, caption) {
  return h('table', { class: 'data events', id: 'events-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {},
      ['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Place', 'Evidence'].map((c) =>
        h('th', { scope: 'col', class: c === 'Goldstein' ? 'n' : null }, c)))),
    h('tbody', {}, events.map(eventRow)));
}

function eventRow(e) {
  const label = e.plover && e.plover.event ? e.plover.event.toLowerCase() + (e.plover.mode ? ` (${e.plover.mode})` : '') : '';
  const q = e.quad >= 3 ? 'conf' : e.quad >= 1 ? 'coop' : '';
  return h('tr', { dataset: { quad: e.quad } },
    h('td', { class: 'nowrap' }, e.date || h('span', { class: 'muted' }, 'undated')),
    h('td', {}, actorLink(e.source)),
    h('td', {},
      h('a', { href: '/events?cameo=' + e.cameo, class: 'code', title: 'all events with CAMEO ' + e.cameo }, e.cameo),
      ' ', h('span', { class: 'label' }, label),
      h('br'), h('small', { class: q }, QUADS[e.quad] || '')),
    h('td', {}, actorLink(e.target)),
    h('td', { class: 'n ' + q }, num(e.goldstein)),
    h('td', {}, e.place || ''),
    h('td', { class: 'evidence' },
      h('q', {}, e.evidence),
      h('br'),
      h('a', { href: `/article/${encodeURIComponent(e.article)}#s-${e.sentence}` }, 'in “', e.title || e.article, '”'),
      e.mentions > 1 ? h('small', { class: 'muted' }, ` · reported by ${e.mentions} articles`) : null));
}
