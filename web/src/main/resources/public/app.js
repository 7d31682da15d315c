// IGF Atlas browser UI: hash-routed pages (search, document reader) over the JSON API.
// Every value from the API is inserted as text; snippets are rebuilt keeping only <mark> elements.
'use strict';

/**
 * The facet vocabulary, from /api/taxonomy (the server's facets.json, loaded once at start): labels by field, and
 * which facets each screen shows, in order (search, recommendations, splits). Filled in place, never reassigned.
 */
const FACET_LABELS = {};
const FACET_VIEWS = { search: [], recommendations: [], splits: [] };
/** Readable labels of canonical ids, from /api/taxonomy (loaded once at start). */
let ID_LABELS = {};
const SHOWN_VALUES = 8;
const PAGE_SIZE = 20;
const ACRONYMS = { nri: 'NRI', bpf: 'BPF', dc: 'DC', pn: 'PN', mag: 'MAG', wsis: 'WSIS', igf: 'IGF', ai: 'AI' };

const $ = (sel, root = document) => root.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** Readable label for a canonical id: main_session -> Main session, pdf -> PDF. */
function label(field, value) {
  if (value === null || value === undefined) return '';
  if (ID_LABELS[field] && ID_LABELS[field][value]) return ID_LABELS[field][value];
  if (field === 'format') return String(value).toUpperCase();
  if (field === 'country') {
    try { return new Intl.DisplayNames(['en'], { type: 'region' }).of(value) || value; } catch (e) { return value; }
  }
  if (field === 'language') {
    try { return new Intl.DisplayNames(['en'], { type: 'language' }).of(value) || value; } catch (e) { return value; }
  }
  if (['year', 'speaker', 'nri', 'track', 'person', 'organization', 'nriRegion'].includes(field)) return String(value);
  const words = String(value).split('_').map(w => ACRONYMS[w] || w);
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The escaped snippet from the API as DOM nodes, keeping only text and <mark>. */
function marked(html) {
  const frag = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(`<body>${html || ''}</body>`, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) frag.append(node.textContent);
    else if (node.nodeName === 'MARK') frag.append(el('mark', { text: node.textContent }));
    else frag.append(node.textContent);
  }
  return frag;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(body.detail || `${res.status} ${res.statusText}`);
    err.status = res.status;
    throw err;
  }
  return body;
}

function route() {
  const hash = location.hash.replace(/^#/, '') || '/search';
  const [path, query = ''] = hash.split('?');
  return { path, params: new URLSearchParams(query) };
}

function go(path, params) {
  const q = params.toString();
  location.hash = q ? `${path}?${q}` : path;
}

function showError(target, message) {
  target.replaceChildren(el('div', { class: 'error', role: 'alert' },
    el('strong', { text: 'Something went wrong. ' }), message));
}

// ---------------------------------------------------------------- search page

async function renderSearch(params, mode = 'search') {
  const recs = mode === 'recommendations';
  const facetFields = recs ? FACET_VIEWS.recommendations : FACET_VIEWS.search;
  const main = $('#main');
  const page = $('#search-page').content.cloneNode(true);
  main.replaceChildren(page);
  const q = params.get('q') || '';
  $('#q').value = q;
  document.title = q ? `${q} – IGF Atlas` : 'IGF Atlas';
  const unit = recs ? 'recommendation' : params.get('unit') === 'document' ? 'document' : 'passage';
  $('.unit', main).hidden = recs;
  main.querySelector('.search-page').dataset.mode = mode;
  for (const b of main.querySelectorAll('.unit button')) {
    b.setAttribute('aria-pressed', String(b.dataset.unit === unit));
    b.addEventListener('click', () => {
      const p = new URLSearchParams(params);
      p.set('unit', b.dataset.unit);
      p.delete('page');
      go('/search', p);
    });
  }
  const apiParams = new URLSearchParams();
  if (params.get('sort')) apiParams.set('sort', params.get('sort'));
  if (recs && params.get('minStrength')) apiParams.set('minStrength', params.get('minStrength'));
  if (q) apiParams.set('q', q);
  for (const f of params.getAll('filter')) apiParams.append('filter', f);
  apiParams.set('facets', facetFields.join(','));
  if (!recs) apiParams.set('unit', unit);
  apiParams.set('size', String(PAGE_SIZE));
  const pageNo = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  apiParams.set('page', String(pageNo));
  const results = $('.results', main);
  if (recs) results.prepend(strengthFilter(params));
  $('.summary', main).textContent = 'Searching…';
  let data;
  try {
    data = await api(`${recs ? '/api/recommendations' : '/api/search'}?${apiParams}`);
  } catch (e) {
    $('.summary', main).textContent = '';
    const hint = e.status === 400 ? ' Check the query syntax (see "Query syntax" below) or remove a filter.' : '';
    showError($('.hits', main), e.message + hint);
    return;
  }
  renderChips($('.chips', main), params, recs ? '/recommendations' : '/search');
  renderFacets($('.facet-list', main), data.facets, params, facetFields, recs ? '/recommendations' : '/search');
  const first = (pageNo - 1) * PAGE_SIZE + 1;
  const last = first + data.hits.length - 1;
  const noun = recs ? 'recommendations' : unit === 'document' ? 'documents' : 'passages';
  $('.summary', main).textContent = data.total === 0 ? `No ${noun} found`
    : `${first}–${last} of ${data.total.toLocaleString('en')} ${noun}`;
  const list = $('.hits', main);
  if (data.total === 0) {
    list.replaceChildren(el('li', { class: 'empty' },
      'No results. Try fewer words, an OR between alternatives, a wildcard such as ',
      el('code', { text: 'cyber*' }), ', or remove a filter on the left.'));
  } else {
    list.replaceChildren(...data.hits.map(h => renderHit(h, q)));
  }
  renderPager($('.pager', main), data.total, pageNo, params, recs ? '/recommendations' : '/search');
  results.setAttribute('aria-busy', 'false');
}

function docLink(docId, q, ordinal) {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (ordinal !== null && ordinal !== undefined) p.set('p', String(ordinal));
  const qs = p.toString();
  return `#/doc/${encodeURIComponent(docId)}${qs ? `?${qs}` : ''}`;
}

/** The recommendations explorer's strength filter: any, moderate and stronger, strong only (strongest are listed first). */
function strengthFilter(params) {
  const select = el('select', { id: 'min-strength', 'aria-label': 'Minimum strength' });
  for (const [v, text] of [['', 'any strength'], ['0.5', 'moderate or stronger'], ['0.8', 'strong only']]) {
    const o = el('option', { value: v, text });
    if ((params.get('minStrength') || '') === v) o.selected = true;
    select.append(o);
  }
  select.addEventListener('change', () => {
    const p = new URLSearchParams(params);
    if (select.value) p.set('minStrength', select.value); else p.delete('minStrength');
    p.delete('page');
    go('/recommendations', p);
  });
  return el('label', { class: 'strength-filter' }, 'Show ', select);
}

function strengthLabel(s) {
  return s >= 0.8 ? 'strong' : s >= 0.5 ? 'moderate' : 'weak';
}

function renderHit(h, q) {
  const meta = el('div', { class: 'meta' });
  if (h.year) meta.append(el('span', { class: 'year', text: String(h.year) }));
  if (h.sessionType) meta.append(el('span', { text: label('sessionType', h.sessionType) }));
  if (h.docKind) meta.append(el('span', { text: label('docKind', h.docKind) }));
  if (h.speaker) meta.append(el('span', { class: 'speaker', text: `Speaker: ${h.speaker}` }));
  if (h.section) meta.append(el('span', { class: 'section', text: `§ ${h.section}` }));
  if (h.strength !== null && h.strength !== undefined) {
    meta.append(el('span', { class: 'strength', title: `strength ${h.strength.toFixed(2)}`, text: `Strength: ${strengthLabel(h.strength)}` }));
  }
  if (h.actors && h.actors.length) meta.append(el('span', { class: 'actors', text: `Addressed to: ${h.actors.map(a => label('actor', a)).join(', ')}` }));
  if (h.actors && h.themes && h.themes.length) meta.append(el('span', { class: 'themes', text: `Themes: ${h.themes.map(a => label('theme', a)).join(', ')}` }));
  const li = el('li', { class: 'hit' },
    el('h3', {}, el('a', { href: docLink(h.docId, q, h.ordinal), text: h.title || h.docId })),
    meta,
    el('p', { class: 'snippet' }, marked(h.snippet)));
  if (h.passages && h.passages.length > 1) {
    const more = el('ul', { class: 'more-passages' });
    for (const p of h.passages.slice(1)) {
      more.append(el('li', {}, el('a', { href: docLink(h.docId, q, p.ordinal) }, marked(p.snippet)),
        p.speaker ? el('span', { class: 'speaker', text: ` — ${p.speaker}` }) : null));
    }
    li.append(more);
  }
  return li;
}

function renderChips(target, params, path = '/search') {
  const filters = params.getAll('filter');
  target.replaceChildren(...filters.map(f => {
    const [field, ...rest] = f.split(':');
    const value = rest.join(':');
    const b = el('button', { type: 'button', class: 'chip', 'aria-label': `Remove filter ${FACET_LABELS[field] || field}: ${value}`,
      text: `${FACET_LABELS[field] || field}: ${label(field, value)} ✕` });
    b.addEventListener('click', () => toggleFilter(params, field, value, false, path));
    return b;
  }));
}

function toggleFilter(params, field, value, on, path = '/search') {
  const p = new URLSearchParams(params);
  const key = `${field}:${value}`;
  const kept = p.getAll('filter').filter(f => f !== key);
  p.delete('filter');
  for (const f of kept) p.append('filter', f);
  if (on) p.append('filter', key);
  p.delete('page');
  go(path, p);
}

function renderFacets(target, facets, params, fields = FACET_VIEWS.search, path = '/search') {
  const active = new Set(params.getAll('filter'));
  const blocks = [];
  for (const field of fields) {
    let values = facets[field] || [];
    if (values.length === 0) continue;
    if (field === 'year') values = [...values].sort((a, b) => b.value.localeCompare(a.value));
    const id = `facet-${field}`;
    const list = el('ul', { id, 'aria-labelledby': `${id}-h` });
    values.forEach((v, i) => {
      const key = `${field}:${v.value}`;
      const box = el('input', { type: 'checkbox', 'data-field': field, 'data-value': v.value, checked: active.has(key) });
      box.addEventListener('change', () => toggleFilter(params, field, v.value, box.checked, path));
      const item = el('li', { hidden: i >= SHOWN_VALUES && !active.has(key) },
        el('label', {}, box, el('span', { class: 'value', text: label(field, v.value) }),
          el('span', { class: 'count', text: v.count.toLocaleString('en') })));
      list.append(item);
    });
    const section = el('section', { class: 'facet', 'data-facet': field }, el('h2', { id: `${id}-h`, text: FACET_LABELS[field] }), list);
    if (values.length > SHOWN_VALUES) {
      const more = el('button', { type: 'button', class: 'more', 'aria-controls': id, 'aria-expanded': 'false',
        text: `Show all ${values.length}` });
      const find = el('input', { type: 'search', class: 'facet-find', placeholder: `Find a ${(FACET_LABELS[field] || field).toLowerCase()}…`,
        'aria-label': `Find a value of ${FACET_LABELS[field] || field}`, 'aria-controls': id });
      const az = el('button', { type: 'button', class: 'more az', 'aria-pressed': 'false', text: 'A–Z' });
      const items = [...list.querySelectorAll('li')];
      const byCount = [...items];
      const show = () => {
        const q = find.value.trim().toLowerCase();
        const open = more.getAttribute('aria-expanded') === 'true';
        let shown = 0;
        for (const li of list.querySelectorAll('li')) {
          const match = !q || li.textContent.toLowerCase().includes(q);
          li.hidden = !(match && (open || q || shown < SHOWN_VALUES || li.querySelector('input').checked));
          if (!li.hidden) shown++;
        }
      };
      more.addEventListener('click', () => {
        const open = more.getAttribute('aria-expanded') === 'true';
        more.setAttribute('aria-expanded', String(!open));
        more.textContent = open ? `Show all ${values.length}` : 'Show fewer';
        show();
      });
      az.addEventListener('click', () => {
        const on = az.getAttribute('aria-pressed') !== 'true';
        az.setAttribute('aria-pressed', String(on));
        const order = on ? [...items].sort((a, b) => a.querySelector('.value').textContent.localeCompare(b.querySelector('.value').textContent)) : byCount;
        list.replaceChildren(...order);
        show();
      });
      find.addEventListener('input', show);
      section.insertBefore(el('div', { class: 'facet-tools' }, find, az), list);
      section.append(more);
    }
    blocks.push(section);
  }
  target.replaceChildren(...blocks);
}

function renderPager(target, total, pageNo, params, path = '/search') {
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(10000 / PAGE_SIZE));
  if (pages <= 1) { target.replaceChildren(); return; }
  const to = n => { const p = new URLSearchParams(params); p.set('page', String(n)); go(path, p); window.scrollTo(0, 0); };
  const prev = el('button', { type: 'button', class: 'prev', disabled: pageNo <= 1, text: '← Previous' });
  const next = el('button', { type: 'button', class: 'next', disabled: pageNo >= pages, text: 'Next →' });
  prev.addEventListener('click', () => to(pageNo - 1));
  next.addEventListener('click', () => to(pageNo + 1));
  target.replaceChildren(prev, el('span', { text: `Page ${pageNo} of ${pages}` }), next);
}

// ---------------------------------------------------------------- document reader

const EVIDENCE_SOURCES = [
  ['sidecar', () => 'set by the curator in the sidecar file'],
  ['title.', m => `the title says “${m}”`],
  ['disclaimer.', m => `the captioning disclaimer says “${m}”`],
  ['header.', m => `the header says “${m}”`],
  ['opening.', m => `the opening says “${m}”`],
  ['text.first-line', () => 'it is the first line of the text'],
  ['text.', m => `the text says “${m}”`],
  ['path.', m => `the file path is ${m}`],
  ['source.', m => `the source address is ${m}`],
  ['structure.', () => 'the text is made of speaker turns (>> NAME:)'],
  ['file.metadata', () => 'the file declares it'],
  ['crosswalk.track', m => `the official track “${m}” maps to it`],
  ['classifier.', (m, e) => `its content resembles the description (${m}, BM25)`],
  ['nri.', () => 'an NRI is named and the document is not from the annual meeting'],
  ['sessionType.', () => 'of its session type'],
  ['docKind.', () => 'of its document kind'],
];

/** "Tagged Workshop because the title says “WS250”". */
function explain(e) {
  const field = FACET_LABELS[e.field] || e.field;
  const entry = EVIDENCE_SOURCES.find(([prefix]) => e.source === prefix || e.source.startsWith(prefix));
  const why = entry ? entry[1](e.matched, e) : `rule ${e.source}`;
  const value = e.field === 'title' ? '' : ` ${label(e.field, e.value)}`;
  return `${field}${value}: tagged because ${why}` + (e.score < 1 ? ` (confidence ${e.score})` : '');
}

async function renderDoc(docId, params) {
  const main = $('#main');
  main.replaceChildren($('#doc-page').content.cloneNode(true));
  const q = params.get('q') || '';
  $('.back', main).href = sessionStorage.getItem('lastList') || `#/search${q ? `?q=${encodeURIComponent(q)}` : ''}`;
  // a long document comes in pages of PAGE passages; ?p=N (a permalink) opens the page that holds passage N
  const PAGE = 1000;
  const from = params.get('from') ? Math.max(0, Number(params.get('from')) || 0)
    : params.get('p') ? Math.floor((Number(params.get('p')) || 0) / PAGE) * PAGE : 0;
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (from) query.set('from', String(from));
  let doc;
  try {
    doc = await api(`/api/documents/${encodeURIComponent(docId)}${query.toString() ? `?${query}` : ''}`);
  } catch (e) {
    showError($('.passages', main), e.status === 404 ? 'This document is not in the index (it may have been re-indexed under another path).' : e.message);
    return;
  }
  document.title = `${doc.title} – IGF Atlas`;
  $('.doc-title', main).textContent = doc.title;
  const meta = $('.doc-meta', main);
  const row = (k, v) => { if (v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) meta.append(el('dt', { text: k }), el('dd', {}, v)); };
  row('Year', doc.year ? String(doc.year) : null);
  row('Meeting', label('meeting', doc.meeting));
  row('Session type', label('sessionType', doc.sessionType));
  row('Document kind', label('docKind', doc.docKind));
  row('Tracks', doc.tracks.join('; '));
  row('Themes', doc.themes.map(t => label('theme', t)).join('; '));
  row('NRI', doc.nri ? `${doc.nri}${doc.nriKind ? ` (${doc.nriKind}` : ''}${doc.nriRegion ? `, ${doc.nriRegion})` : doc.nriKind ? ')' : ''}` : null);
  row('Speakers', doc.speakers.join(', '));
  row('Format', `${label('format', doc.format)}${doc.language ? `, ${label('language', doc.language)}` : ''}, ${doc.tokens.toLocaleString('en')} words`);
  const src = /^https?:\/\//.test(doc.source) ? el('a', { href: doc.source, rel: 'noopener noreferrer', text: doc.source }) : doc.source;
  row('Source', src);
  const more = (doc.sources || []).slice(1);
  row('Also at', more.length ? more.join('; ') : null); // mirrors: the same content under other paths or URLs
  const ev = $('.evidence ul', main);
  for (const e of doc.evidence) ev.append(el('li', { text: explain(e) }));
  const list = $('.passages', main);
  if (doc.passageCount > doc.passages.length) {
    const at = (f) => { const u = new URLSearchParams(); if (q) u.set('q', q); u.set('from', String(f)); return `#/doc/${encodeURIComponent(doc.docId)}?${u}`; };
    const pager = el('p', { class: 'doc-pager' }, `Passages ${(doc.from + 1).toLocaleString('en')}–${(doc.from + doc.passages.length).toLocaleString('en')} of ${doc.passageCount.toLocaleString('en')} `);
    if (doc.from > 0) pager.append(el('a', { href: at(Math.max(0, doc.from - PAGE)), text: '← previous' }), ' ');
    if (doc.from + doc.passages.length < doc.passageCount) pager.append(el('a', { href: at(doc.from + PAGE), text: 'next →' }));
    list.before(pager);
  }
  const hits = [];
  for (const p of doc.passages) {
    const li = el('li', { class: `passage${p.hit ? ' hit-passage' : ''}`, id: `p-${p.ordinal}`, tabindex: '-1', 'data-ordinal': String(p.ordinal) });
    if (p.section) li.append(el('div', { class: 'section', text: p.section }));
    if (p.kind === 'turn') li.append(el('div', { class: 'who', text: p.speaker || p.speakerLabel || 'Unidentified speaker' }));
    li.append(el('p', { class: 'text' }, marked(p.html)));
    if (p.notes.length) li.append(el('div', { class: 'notes', text: p.notes.join(' ') }));
    const permalink = `${location.origin}${location.pathname}#/doc/${encodeURIComponent(doc.docId)}?p=${p.ordinal}`;
    li.append(el('div', { class: 'cite' }, el('a', { href: `#/doc/${encodeURIComponent(doc.docId)}?p=${p.ordinal}`, text: `¶ ${p.ordinal + 1}` }),
      ` · ${doc.title}${doc.year ? ` (${doc.year})` : ''}, passage ${p.ordinal + 1}, characters ${p.start}–${p.end} · ${permalink}`));
    list.append(li);
    if (p.hit) hits.push(li);
  }
  setupHitNav(main, hits, params);
}

function setupHitNav(main, hits, params) {
  const pos = $('.hit-pos', main);
  let current = -1;
  const requested = params.get('p');
  const show = (i, focus = true) => {
    if (hits.length === 0) return;
    current = (i + hits.length) % hits.length;
    hits.forEach(h => h.classList.remove('current'));
    hits[current].classList.add('current');
    hits[current].scrollIntoView({ block: 'center' });
    if (focus) hits[current].focus({ preventScroll: true });
    pos.textContent = `Hit ${current + 1} of ${hits.length}`;
  };
  $('.prev-hit', main).addEventListener('click', () => show(current - 1));
  $('.next-hit', main).addEventListener('click', () => show(current + 1));
  $('.hit-nav', main).hidden = hits.length === 0;
  if (requested !== null) {
    const target = document.getElementById(`p-${requested}`);
    const i = hits.indexOf(target);
    if (i >= 0) show(i, false);
    else if (target) { target.classList.add('current'); target.scrollIntoView({ block: 'center' }); }
  } else if (hits.length) {
    show(0, false);
  }
}

// ---------------------------------------------------------------- wiring

/** Shared with analytics.js, which registers the analytics pages in IGF.pages. */
window.IGF = { $, el, api, label, go, route, showError, marked, docLink, FACET_LABELS, FACET_VIEWS, labels: () => ID_LABELS, pages: {} };

async function render() {
  const { path, params } = route();
  const hash = location.hash;
  $('#main').dataset.rendered = '';
  for (const a of document.querySelectorAll('.nav a')) a.setAttribute('aria-current', String(a.getAttribute('href') === `#${path}`));
  if (path.startsWith('/doc/')) {
    await renderDoc(decodeURIComponent(path.slice('/doc/'.length)), params);
  } else if (path === '/recommendations') {
    sessionStorage.setItem('lastList', location.hash);
    await renderSearch(params, 'recommendations');
  } else if (window.IGF.pages[path]) {
    $('#q').value = '';
    await window.IGF.pages[path](params);
  } else {
    sessionStorage.setItem('lastList', location.hash || '#/search');
    await renderSearch(params);
  }
  // tells tests (and assistive tools) that the page for this address is complete
  if (location.hash === hash) $('#main').dataset.rendered = hash || '#';
}

async function showStatus() {
  try {
    const h = await api('/api/health');
    $('#index-status').textContent = `${h.documents.toLocaleString('en')} documents · ${h.passages.toLocaleString('en')} passages`;
  } catch (e) {
    $('#index-status').textContent = 'index unavailable';
  }
}

/** The sticky header's height, for the sticky hit navigation and scroll margins below it. */
function trackHeaderHeight() {
  const set = () => document.documentElement.style.setProperty('--header-h', `${$('.top').offsetHeight}px`);
  set();
  new ResizeObserver(set).observe($('.top'));
}

document.addEventListener('DOMContentLoaded', () => {
  trackHeaderHeight();
  $('#search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const { path, params } = route();
    const target = path === '/recommendations' ? '/recommendations' : '/search';
    const p = path === target ? new URLSearchParams(params) : new URLSearchParams();
    const q = $('#q').value.trim();
    if (q) p.set('q', q); else p.delete('q');
    p.delete('page');
    go(target, p);
  });
  document.addEventListener('keydown', ev => {
    if (ev.target.matches('input, textarea')) return;
    if (ev.key === '/') { ev.preventDefault(); $('#q').focus(); }
    if (route().path.startsWith('/doc/')) {
      if (ev.key === 'n') $('.next-hit')?.click();
      if (ev.key === 'p') $('.prev-hit')?.click();
    }
  });
  window.addEventListener('hashchange', render);
  showStatus();
  api('/api/taxonomy').then(t => {
    ID_LABELS = t.labels;
    Object.assign(FACET_LABELS, t.facets);
    Object.assign(FACET_VIEWS, t.facetViews);
  }).catch(() => {}).finally(render);
});
