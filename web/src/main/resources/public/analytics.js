// IGF Atlas analytics pages: trends, NRI dashboard, concordance, distinctive words.
// Uses the helpers app.js shares in window.IGF; charts by Chart.js served from the local WebJar.
'use strict';

(() => {
  const { $, el, api, label, go, showError, FACET_LABELS, FACET_VIEWS } = window.IGF;
  const COLORS = ['#0b5cad', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#be185d', '#4d7c0f', '#1d4ed8', '#6b7280', '#9333ea'];
  let chart = null;

  const lines = text => (text || '').split('\n').map(s => s.trim()).filter(Boolean);
  const dropChart = () => { if (chart) { chart.destroy(); chart = null; } };

  function filterParams(p, name, values) {
    for (const v of values) p.append(name, v);
  }

  // ------------------------------------------------------------ trends

  async function renderTrends(params) {
    dropChart();
    const main = $('#main');
    main.replaceChildren($('#trends-page').content.cloneNode(true));
    document.title = 'Trends – IGF Atlas';
    const form = $('.trends-form', main);
    const topics = await api('/api/topics');
    const select = form.elements.topics;
    for (const t of topics.topics) select.append(el('option', { value: t.id, text: t.label, selected: params.getAll('topic').includes(t.id) }));
    for (const f of FACET_VIEWS.splits) form.elements.split.append(el('option', { value: f, text: FACET_LABELS[f] || f, selected: params.get('split') === f }));
    form.elements.terms.value = params.getAll('term').join('\n');
    form.elements.filters.value = params.getAll('filter').join('\n');
    const measure = params.get('measure') || 'mentions';
    for (const r of form.querySelectorAll('input[name=measure]')) r.checked = r.value === measure;
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      filterParams(p, 'term', lines(form.elements.terms.value));
      filterParams(p, 'topic', [...select.selectedOptions].map(o => o.value));
      p.set('measure', form.querySelector('input[name=measure]:checked').value);
      if (form.elements.split.value) p.set('split', form.elements.split.value);
      filterParams(p, 'filter', lines(form.elements.filters.value));
      if (params.get('view') === 'table') p.set('view', 'table');
      go('/trends', p);
    });
    const toggle = $('.toggle-table', main);
    const tableView = params.get('view') === 'table';
    toggle.setAttribute('aria-pressed', String(tableView));
    toggle.addEventListener('click', () => {
      const p = new URLSearchParams(params);
      if (tableView) p.delete('view'); else p.set('view', 'table');
      go('/trends', p);
    });
    if (!params.getAll('term').length && !params.getAll('topic').length) {
      $('.method', main).textContent = 'Choose terms or topics and press Draw. Example: the topic Environment & climate, measured per 10,000 tokens.';
      return;
    }
    const q = new URLSearchParams();
    for (const k of ['term', 'topic', 'filter']) filterParams(q, k, params.getAll(k));
    q.set('by', 'year');
    q.set('measure', measure);
    if (params.get('split')) q.set('split', params.get('split'));
    $('.csv', main).href = `/api/trends?${q}&format=csv`;
    let data;
    try {
      data = await api(`/api/trends?${q}`);
    } catch (e) {
      showError($('.chart-box', main), e.message);
      return;
    }
    $('.method', main).textContent = `${data.method}. Index ${data.indexVersion}.`;
    const years = data.series.length ? data.series[0].points.map(p => p.year) : [];
    const datasets = data.series.map((s, i) => ({
      label: s.label,
      data: s.points.map(p => p.value),
      borderColor: COLORS[i % COLORS.length],
      backgroundColor: COLORS[i % COLORS.length],
      pointBackgroundColor: s.points.map(p => (p.lowVolume ? '#ffffff' : COLORS[i % COLORS.length])),
      pointRadius: 4,
      tension: 0
    }));
    const canvas = $('.chart', main);
    canvas.setAttribute('aria-label', `Trend chart: ${data.series.map(s => s.label).join(', ')}, ${data.measure} per year`);
    chart = new window.Chart(canvas, {
      type: 'line',
      data: { labels: years, datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: true },
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true, title: { display: true, text: data.measure } } },
        onClick: (ev, elements) => {
          if (!elements.length) return;
          const s = data.series[elements[0].datasetIndex];
          const year = years[elements[0].index];
          const p = new URLSearchParams();
          if (s.term) p.set('q', s.term); else p.append('filter', `topic:${s.topic}`);
          p.append('filter', `year:${year}`);
          if (s.splitValue && data.split && s.splitValue !== '(none)') p.append('filter', `${data.split}:${s.splitValue}`);
          for (const f of params.getAll('filter')) p.append('filter', f);
          go('/search', p);
        }
      }
    });
    $('.png', main).addEventListener('click', ev => { ev.currentTarget.href = chart.toBase64Image(); });
    window.IGF.lastChart = { series: data.series.length, years: years.length };
    const table = el('table', { class: 'trend-table' }, el('caption', { text: `${data.measure} per year` }));
    const head = el('tr', {}, el('th', { scope: 'col', text: 'Series' }), ...years.map(y => el('th', { scope: 'col', text: String(y) })));
    table.append(el('thead', {}, head));
    const body = el('tbody');
    for (const s of data.series) {
      body.append(el('tr', {}, el('th', { scope: 'row', text: s.label }), ...s.points.map(p => el('td', {
        class: p.lowVolume ? 'low' : null,
        title: p.total === null ? `${p.count} mentions` : `${p.count} of ${p.total}`,
        text: Number.isInteger(p.value) ? String(p.value) : p.value.toFixed(3)
      }))));
    }
    table.append(body);
    $('.table-box', main).replaceChildren(table);
    $('.table-box', main).hidden = !tableView;
    $('.chart-box', main).hidden = tableView;
  }

  // ------------------------------------------------------------ NRI dashboard

  const REGIONS = ['African Group', 'Asia-Pacific Group', 'Eastern European Group', 'Latin American and Caribbean Group',
    'Western European and Others Group', 'Inter-regional'];

  async function renderNri(params) {
    dropChart();
    const main = $('#main');
    main.replaceChildren($('#nri-page').content.cloneNode(true));
    document.title = 'NRI dashboard – IGF Atlas';
    const form = $('.nri-form', main);
    const years = await api('/api/facets/year?unit=document&sort=az&size=100');
    form.elements.year.append(el('option', { value: '', text: 'All years' }));
    for (const y of years.values.map(v => v.value).reverse()) form.elements.year.append(el('option', { value: y, text: y, selected: params.get('year') === y }));
    for (const r of REGIONS) form.elements.region.append(el('option', { value: r, text: r, selected: params.get('region') === r }));
    form.elements.nriKind.value = params.get('nriKind') || '';
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      for (const k of ['year', 'region', 'nriKind']) if (form.elements[k].value) p.set(k, form.elements[k].value);
      go('/nri', p);
    });
    const q = new URLSearchParams({ top: '10', compare: 'global' });
    for (const k of ['year', 'region', 'nriKind']) if (params.get(k)) q.set(k, params.get(k));
    $('.csv', main).href = `/api/nri/priorities?${q}&format=csv`;
    let data;
    try {
      data = await api(`/api/nri/priorities?${q}`);
    } catch (e) {
      showError($('.compare', main), e.message);
      return;
    }
    $('.summary', main).textContent = data.nriDocuments === 0
      ? 'No NRI documents in this selection. Add NRI reports to the corpus (igf index) or widen the selection.'
      : `${data.nriDocuments} NRI documents from ${data.nris} NRIs. ${data.method}.`;
    chart = new window.Chart($('.chart', main), {
      type: 'bar',
      data: { labels: data.topics.map(t => t.label), datasets: [{ label: 'Share of NRI documents', data: data.topics.map(t => t.share), backgroundColor: '#0b5cad' }] },
      options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { min: 0, max: 1 } }, plugins: { legend: { display: false } } }
    });
    const rows = data.topics.map(t => {
      const drill = new URLSearchParams();
      drill.append('filter', `topic:${t.topic}`);
      drill.append('filter', 'docKind:nri_report');
      if (params.get('year')) drill.append('filter', `year:${params.get('year')}`);
      if (params.get('region')) drill.append('filter', `nriRegion:${params.get('region')}`);
      drill.set('unit', 'document');
      return el('tr', {}, el('td', { text: String(t.rank) }),
        el('th', { scope: 'row' }, el('a', { href: `#/search?${drill}`, text: t.label })),
        el('td', { text: `${Math.round(t.share * 100)}%` }), el('td', { text: String(t.mentions) }),
        el('td', { text: `${t.nris}` , title: t.nriNames.join(', ') }),
        el('td', { text: t.globalRank ? `#${t.globalRank} (${Math.round(t.globalShare * 100)}%)` : 'not mentioned' }));
    });
    $('.compare', main).replaceChildren(el('table', { class: 'nri-table' },
      el('thead', {}, el('tr', {}, ...['Rank', 'Topic', 'NRI documents', 'Mentions', 'NRIs', 'Global rank'].map(h => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...rows)));
    await renderHeatmap($('.heatmap', main), params, data.topics.map(t => t.topic));
  }

  async function renderHeatmap(target, params, topicIds) {
    const byRegion = await Promise.all(REGIONS.map(r => {
      const q = new URLSearchParams({ top: '100', region: r });
      if (params.get('year')) q.set('year', params.get('year'));
      if (params.get('nriKind')) q.set('nriKind', params.get('nriKind'));
      return api(`/api/nri/priorities?${q}`).catch(() => null);
    }));
    const labels = window.IGF.labels().topic || {};
    const head = el('tr', {}, el('th', { scope: 'col', text: 'Region' }), ...topicIds.map(t => el('th', { scope: 'col', text: labels[t] || t })));
    const body = el('tbody');
    REGIONS.forEach((r, i) => {
      const d = byRegion[i];
      const share = Object.fromEntries((d ? d.topics : []).map(t => [t.topic, t.share]));
      body.append(el('tr', {}, el('th', { scope: 'row', text: `${r} (${d ? d.nriDocuments : 0})` }), ...topicIds.map(t => {
        const v = share[t] || 0;
        const level = Math.min(5, Math.ceil(v * 5));
        return el('td', { class: `heat heat-${level}`, text: v ? `${Math.round(v * 100)}%` : '' });
      })));
    });
    target.replaceChildren(topicIds.length ? el('table', { class: 'heat-table' }, el('thead', {}, head), body) : el('p', { text: 'No topics to compare.' }));
  }

  // ------------------------------------------------------------ concordance

  async function renderConcordance(params) {
    dropChart();
    const main = $('#main');
    main.replaceChildren($('#concordance-page').content.cloneNode(true));
    document.title = 'Concordance – IGF Atlas';
    const form = $('.kwic-form', main);
    form.elements.q.value = params.get('q') || '';
    form.elements.sort.value = params.get('sort') || 'doc';
    form.elements.filters.value = params.getAll('filter').join('\n');
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      if (form.elements.q.value.trim()) p.set('q', form.elements.q.value.trim());
      p.set('sort', form.elements.sort.value);
      filterParams(p, 'filter', lines(form.elements.filters.value));
      go('/concordance', p);
    });
    if (!params.get('q')) { $('.summary', main).textContent = 'Type a word or phrase to see every occurrence in context.'; return; }
    const q = new URLSearchParams({ q: params.get('q'), sort: params.get('sort') || 'doc', width: '60' });
    filterParams(q, 'filter', params.getAll('filter'));
    $('.csv', main).href = `/api/concordance?${q}&format=csv`;
    let data;
    try {
      data = await api(`/api/concordance?${q}`);
    } catch (e) {
      showError($('.summary', main), e.message);
      return;
    }
    $('.summary', main).textContent = `${data.total} occurrences in ${data.passages} passages${data.truncated ? ' (first lines only: narrow the query or download the CSV)' : ''}.`;
    $('.kwic tbody', main).replaceChildren(...data.lines.map(l => el('tr', {},
      el('td', { class: 'left', text: l.left }), el('td', { class: 'match', text: l.match }), el('td', { class: 'right', text: l.right }),
      el('td', { class: 'src' }, el('a', { href: window.IGF.docLink(l.docId, params.get('q'), l.ordinal), text: `${l.title}${l.year ? ` (${l.year})` : ''}` }),
        l.speaker ? ` — ${l.speaker}` : ''))));
  }

  // ------------------------------------------------------------ distinctive words

  async function renderKeywords(params) {
    dropChart();
    const main = $('#main');
    main.replaceChildren($('#keywords-page').content.cloneNode(true));
    document.title = 'Distinctive words – IGF Atlas';
    const form = $('.keywords-form', main);
    form.elements.filters.value = params.getAll('filter').join('\n');
    form.elements.reference.value = params.getAll('reference').join('\n');
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      filterParams(p, 'filter', lines(form.elements.filters.value));
      filterParams(p, 'reference', lines(form.elements.reference.value));
      go('/keywords', p);
    });
    if (!params.getAll('filter').length) { $('.summary', main).textContent = 'Give a subset, e.g. year:2020 or docKind:nri_report, to see the words that set it apart.'; return; }
    const q = new URLSearchParams({ top: '50' });
    filterParams(q, 'filter', params.getAll('filter'));
    filterParams(q, 'reference', params.getAll('reference'));
    $('.csv', main).href = `/api/keywords?${q}&format=csv`;
    let data;
    try {
      data = await api(`/api/keywords?${q}`);
    } catch (e) {
      showError($('.summary', main), e.message);
      return;
    }
    $('.summary', main).textContent = `${data.targetTokens.toLocaleString('en')} words in the subset against ${data.referenceTokens.toLocaleString('en')}. ${data.method}.`;
    $('.keywords tbody', main).replaceChildren(...data.keywords.map(k => {
      const c = new URLSearchParams({ q: k.term });
      filterParams(c, 'filter', params.getAll('filter'));
      return el('tr', {}, el('th', { scope: 'row' }, el('a', { href: `#/concordance?${c}`, text: k.term })),
        el('td', { text: String(k.target) }), el('td', { text: String(k.reference) }),
        el('td', { text: k.logLikelihood.toFixed(1) }), el('td', { text: k.logRatio.toFixed(2) }));
    }));
  }

  Object.assign(window.IGF.pages, {
    '/trends': renderTrends, '/nri': renderNri, '/concordance': renderConcordance, '/keywords': renderKeywords
  });
})();
