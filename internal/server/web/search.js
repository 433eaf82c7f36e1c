// search.js: full-text search over the articles, with date, site and actor
// filters; no query lists the newest articles.
import { api } from './api.js';
import { h, field, formParams, day, plural, markedSnippet } from './dom.js';

const FILTERS = ['q', 'from', 'to', 'site', 'actor'];

export async function searchPage(root, params, nav) {
  const p = {};
  for (const k of FILTERS) if (params.get(k)) p[k] = params.get(k);
  document.title = (p.q ? `“${p.q}”` : 'Articles') + ' · attache';
  document.getElementById('top-q').value = p.q || '';

  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Article search' },
    field('Words', h('input', { name: 'q', type: 'search', value: p.q || '', size: 30, placeholder: 'military hotline', title: 'words, "a phrase", or OR between words' })),
    field('From', h('input', { name: 'from', type: 'date', value: p.from || '' })),
    field('To', h('input', { name: 'to', type: 'date', value: p.to || '' })),
    field('Site', h('input', { name: 'site', value: p.site || '', size: 12 })),
    field('Actor', h('input', { name: 'actor', value: p.actor || '', size: 8, placeholder: 'CHN' })),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams(formParams(form));
    nav.go('/search' + (q.toString() ? '?' + q : ''));
  });
  root.append(h('h1', {}, p.q ? `Articles matching “${p.q}”` : 'Articles'), form);
  const status = h('p', { class: 'summary', id: 'search-status', 'aria-live': 'polite' }, 'Searching…');
  const list = h('ol', { class: 'results', id: 'results' });
  root.append(status, list);

  let res = await api('/api/v1/articles', { ...p, limit: 25 });
  if (!nav.isCurrent()) return;
  let shown = 0;
  const add = (rows) => {
    for (const a of rows) list.appendChild(result(a));
    shown += rows.length;
  };
  add(res.articles);
  const say = () => {
    status.textContent = shown === 0 ? 'No articles match.' : plural(shown, 'article') + (res.next ? ' shown; more below.' : '.');
  };
  say();
  if (res.next) {
    const more = h('button', { type: 'button', class: 'more', onclick: async () => {
      more.disabled = true;
      res = await api('/api/v1/articles', { ...p, limit: 25, after: res.next });
      add(res.articles);
      say();
      more.disabled = false;
      if (!res.next) more.remove();
    } }, 'More articles');
    root.append(more);
  }
}

function result(a) {
  return h('li', { class: 'result' },
    h('h2', {}, h('a', { href: '/article/' + encodeURIComponent(a.id) }, a.title || '(untitled)')),
    h('p', { class: 'meta' }, [a.site, day(a.published), plural(a.events, 'event')].filter(Boolean).join(' · '),
      a.duplicate_of ? [' · ', h('a', { href: '/article/' + encodeURIComponent(a.duplicate_of) }, 'copy of another article')] : null),
    markedSnippet(a.snippet));
}
