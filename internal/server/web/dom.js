// dom.js: building elements without HTML strings (so no text from the
// archive is ever parsed as markup), and formatting shared by the pages.

// h makes an element: h('a', {href: '/x', class: 'c'}, 'text', child, [more]).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'for') el.htmlFor = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

export const QUADS = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

// day is the date part of an ISO 8601 string.
export function day(s) {
  return s ? s.slice(0, 10) : '';
}

export function num(x, digits = 1) {
  return typeof x === 'number' ? x.toFixed(digits) : '';
}

export function plural(n, one, many) {
  return n + ' ' + (n === 1 ? one : many || one + 's');
}

// actorLink links an actor code to its page; "" shows as a dash.
export function actorLink(code) {
  if (!code) return h('span', { class: 'muted', title: 'unknown actor' }, '—');
  return h('a', { href: '/actor/' + encodeURIComponent(code), class: 'code' }, code);
}

// field is a labelled form control.
export function field(label, input, hint) {
  const id = input.id || 'f-' + (input.name || Math.random().toString(36).slice(2));
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('small', {}, hint) : null);
}

// formParams reads a form into an object, leaving out empty values.
export function formParams(form) {
  const out = {};
  for (const [k, v] of new FormData(form)) {
    const s = String(v).trim();
    if (s !== '') out[k] = s;
  }
  return out;
}

// errorBox is a visible message for a failed request.
export function errorBox(err) {
  return h('div', { class: 'error', role: 'alert' }, err.message || String(err));
}

// markedSnippet renders a snippet whose hits are in <mark></mark> (the
// rest escaped by the server) with only text and mark elements kept.
export function markedSnippet(html) {
  const doc = new DOMParser().parseFromString('<p>' + (html || '') + '</p>', 'text/html');
  const out = h('p', { class: 'snippet' });
  const walk = (node) => {
    for (const c of node.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) out.appendChild(document.createTextNode(c.textContent));
      else if (c.nodeName === 'MARK') out.appendChild(h('mark', {}, c.textContent));
      else walk(c);
    }
  };
  walk(doc.body);
  return out;
}
