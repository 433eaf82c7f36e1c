// app.js: the router of the web UI. Every page is a function that fills
// <main> from the path and the query string; links inside the UI change the
// page without a reload, and the back button works.
import { api } from './api.js';
import { h, errorBox } from './dom.js';
import { timelinePage } from './timeline.js';
import { eventsPage } from './events.js';
import { searchPage } from './search.js';
import { articlePage } from './article.js';
import { actorPage } from './actor.js';

const routes = [
  [/^\/$/, 'timeline', timelinePage],
  [/^\/events$/, 'events', eventsPage],
  [/^\/search$/, 'search', searchPage],
  [/^\/article\/([^/]+)$/, 'article', articlePage],
  [/^\/actor\/([^/]+)$/, 'actor', actorPage],
];

const main = document.getElementById('main');
let generation = 0;

// render draws the page of the current address.
async function render() {
  const gen = ++generation;
  const params = new URLSearchParams(location.search);
  let name = 'notfound';
  let page = notFound;
  let args = [];
  for (const [re, n, fn] of routes) {
    const m = location.pathname.match(re);
    if (m) {
      name = n;
      page = fn;
      args = m.slice(1).map(decodeURIComponent);
      break;
    }
  }
  for (const a of document.querySelectorAll('nav a[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const topQ = document.getElementById('top-q');
  if (name !== 'search') topQ.value = '';
  main.removeAttribute('data-ready');
  main.dataset.page = name;
  const root = h('div', { class: 'page page-' + name });
  main.replaceChildren(root);
  try {
    await page(root, params, { go, isCurrent: () => gen === generation }, ...args);
  } catch (err) {
    if (gen !== generation) return;
    root.appendChild(errorBox(err));
  }
  if (gen !== generation) return;
  main.dataset.ready = '1';
  if (location.hash) {
    const el = document.getElementById(location.hash.slice(1));
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.classList.add('flash');
    }
  }
}

function notFound(root) {
  document.title = 'Not found · attache';
  root.append(h('h1', {}, 'Not found'), h('p', {}, 'No page here. ', h('a', { href: '/' }, 'Back to the timeline'), '.'));
}

// go moves to a UI address (path and query) and draws it.
export function go(url, replace = false) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render().then(() => {
    if (!location.hash) {
      window.scrollTo(0, 0);
      const h1 = main.querySelector('h1');
      if (h1) {
        h1.tabIndex = -1;
        h1.focus({ preventScroll: true });
      }
    }
  });
}

// links inside the UI navigate in place
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest('a[href]');
  if (!a || a.target || a.hasAttribute('download')) return;
  const u = new URL(a.href, location.href);
  if (u.origin !== location.origin || u.pathname.startsWith('/api/') || u.pathname.startsWith('/static/')) return;
  if (u.pathname === location.pathname && u.search === location.search && u.hash) return; // in-page anchor
  e.preventDefault();
  go(u.pathname + u.search + u.hash);
});

window.addEventListener('popstate', () => render());

document.getElementById('searchbox').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('top-q').value.trim();
  go('/search' + (q ? '?q=' + encodeURIComponent(q) : ''));
});

async function showStats() {
  try {
    const s = await api('/api/v1/stats');
    document.getElementById('stats').textContent =
      `${s.articles} articles · ${s.events} events · ${s.quotes} quotes · ${s.entities} entities`;
  } catch {
    // the counts are a courtesy; the pages say what went wrong
  }
}

render();
showStats();
