// actor.js: an actor's page: the names it was read under, the roles held
// over time, its most frequent partners, its latest events and quotes.
import { api, ApiError } from './api.js';
import { h, actorLink, plural, day } from './dom.js';
import { eventsTable } from './events.js';

export async function actorPage(root, params, nav, code) {
  code = code.toUpperCase();
  document.title = code + ' · attache';
  let a;
  try {
    a = await api('/api/v1/actors/' + encodeURIComponent(code));
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 400)) {
      root.append(h('h1', {}, code), h('p', {}, err.status === 404 ? `The archive knows no actor ${code}. ` : err.message + ' ',
        h('a', { href: '/events' }, 'Browse the events'), '.'));
      return;
    }
    throw err;
  }
  const [ev, qs] = await Promise.all([
    api('/api/v1/events', { actor: code, limit: 25 }),
    api('/api/v1/quotes', { actor: code, limit: 10 }),
  ]);
  if (!nav.isCurrent()) return;

  root.append(h('h1', {}, h('span', { class: 'code' }, a.code), a.names.length ? ' · ' + a.names[0] : ''),
    h('p', { class: 'summary' }, `Mentioned in ${plural(a.articles, 'article')}; source or target of ${plural(a.events, 'event')}. `,
      a.names.length > 1 ? ['Also read as ', a.names.slice(1, 12).join(', '), '. '] : null,
      h('a', { href: '/events?actor=' + encodeURIComponent(a.code) }, 'All its events'), ' · ',
      h('a', { href: '/search?actor=' + encodeURIComponent(a.code) }, 'its articles')));

  root.append(h('section', { 'aria-labelledby': 'roles-h' }, h('h2', { id: 'roles-h' }, 'Roles over time'),
    a.roles.length ? rolesTable(a.roles) : h('p', { class: 'muted' }, 'No roles read for this actor.')));

  root.append(h('section', { 'aria-labelledby': 'partners-h' }, h('h2', { id: 'partners-h' }, 'Partners'),
    a.partners.length ? h('ul', { class: 'partners' }, a.partners.map((p) => h('li', {},
      actorLink(p.code), ' ', h('small', { class: 'muted' }, plural(p.events, 'event')), ' · ',
      h('a', { href: '/?dyad=' + encodeURIComponent(a.code + '-' + p.code) }, 'timeline')))) :
      h('p', { class: 'muted' }, 'No events with other actors.')));

  root.append(h('section', { 'aria-labelledby': 'events-h' }, h('h2', { id: 'events-h' }, 'Latest events'),
    ev.events.length ? eventsTable(ev.events, `Latest events with ${a.code} as source or target`) : h('p', { class: 'muted' }, 'None.')));

  root.append(h('section', { 'aria-labelledby': 'quotes-h' }, h('h2', { id: 'quotes-h' }, 'Quotes'),
    qs.quotes.length ? h('ul', { class: 'quotes' }, qs.quotes.map((q) => h('li', {},
      h('blockquote', {}, q.text),
      h('p', { class: 'meta' }, '— ', q.speaker.name || 'unattributed', ', ',
        h('a', { href: '/article/' + encodeURIComponent(q.article) }, q.title || q.article), q.published ? ', ' + day(q.published) : '')))) :
      h('p', { class: 'muted' }, 'None.')));
}

// rolesTable shows each role with a bar from its first to its last sighting
// on a shared time axis.
function rolesTable(roles) {
  const t = (s) => Date.parse(s.slice(0, 10)) || 0;
  const dated = roles.filter((r) => r.first);
  const min = Math.min(...dated.map((r) => t(r.first)));
  const max = Math.max(...dated.map((r) => t(r.last || r.first)));
  const spanMs = Math.max(max - min, 86400000);
  return h('table', { class: 'data roles' },
    h('caption', {}, 'Roles read for this actor, by first date seen'),
    h('thead', {}, h('tr', {}, ['Name', 'Role', 'First seen', 'Last seen', 'Times', 'Span'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, roles.map((r) => {
      const bar = h('span', { class: 'bar' });
      if (r.first) {
        bar.style.marginLeft = (100 * (t(r.first) - min) / spanMs).toFixed(1) + '%';
        bar.style.width = Math.max(1.5, 100 * (t(r.last || r.first) - t(r.first)) / spanMs).toFixed(1) + '%';
      }
      return h('tr', {},
        h('td', {}, r.name), h('td', {}, r.role), h('td', { class: 'nowrap' }, day(r.first)), h('td', { class: 'nowrap' }, day(r.last)),
        h('td', { class: 'n' }, r.count), h('td', { class: 'span-cell', 'aria-hidden': 'true' }, h('span', { class: 'track' }, bar)));
    })));
}
