// The what-if page: controls → POST /api/scenarios/{id}/solve → table, totals and charts.
// The state lives in the URL, so a link reproduces the what-if exactly.
'use strict';

const WORDS = {
  en: { title: 'spleis — who pays what, what if?', scenario: 'Scenario', option: 'Option', language: 'Language',
    whatif: 'What if …', solve: 'Solve for', rounding: 'Rounding', ore: 'øre', krone: 'whole kroner', r100: '100 kr', r1000: '1 000 kr',
    reset: 'Back to the decided baseline', copy: 'Copy link to this what-if', download: 'Download:', results: 'Results',
    chart_amounts: "Each paying member's amount (kr) and its difference from the baseline",
    chart_per: 'Cost per inhabitant (kr) against population', find: 'Find a member', member: 'Member', code: 'Code',
    population: 'Population', amount: 'Amount', per: 'Per inhabitant', limit: 'Limit', difference: 'Difference from baseline',
    percent: '%', close: 'Close', table_caption: 'Who pays what; sort by a column, choose a member to see why',
    budget: 'Budget', self_funded: 'pays itself', funding: 'External funding', solved: 'solved',
    more: 'more', less: 'less', same: 'unchanged', none: '—', cap: 'at the cap', floor: 'at the floor', 'self-funded': 'self-funded',
    total: 'Total', balanced: 'Balanced to the øre: the members pay {0} and other funding {1}, the budget is {2}.',
    unbalanced: 'Total {0}.', solved_line: 'Solved: {0} = {1}', gini: 'Gini of the cost per inhabitant: {0}',
    highest: 'Highest per inhabitant: {0} ({1})', lowest: 'lowest: {0} ({1})', ratio: '{0} times',
    stale: 'This what-if cannot be solved; the figures below are the last good result (stale).',
    shown: '{0} of {1} members', not_shown: '{0} pays {1} itself and is not drawn, so the other bars can be read.',
    link_copied: 'Link copied: {0}', link_here: 'Link to this what-if: {0}', parameters: 'Parameters', capped: 'at the cap: {0}',
    amount_axis: 'Amount (kr)', difference_axis: 'Difference (kr)', members_pay: 'Members pay',
    is_member: '{0} is a member; untick to take it out', out: 'not a member', taken_out: 'Taken out: {0}. Tick a member to put it back.' },
  nb: { title: 'spleis — hvem betaler hva, hva om?', scenario: 'Scenario', option: 'Alternativ', language: 'Språk',
    whatif: 'Hva om …', solve: 'Løs for', rounding: 'Avrunding', ore: 'øre', krone: 'hele kroner', r100: '100 kr', r1000: '1 000 kr',
    reset: 'Tilbake til vedtatt grunnlag', copy: 'Kopier lenke til dette hva-om', download: 'Last ned:', results: 'Resultat',
    chart_amounts: 'Hvert betalende medlems beløp (kr) og forskjellen fra grunnlaget',
    chart_per: 'Kostnad per innbygger (kr) mot folketall', find: 'Finn et medlem', member: 'Medlem', code: 'Nummer',
    population: 'Innbyggere', amount: 'Beløp', per: 'Per innbygger', limit: 'Grense', difference: 'Forskjell fra grunnlaget',
    percent: '%', close: 'Lukk', table_caption: 'Hvem betaler hva; sorter etter en kolonne, velg et medlem for å se hvorfor',
    budget: 'Budsjett', self_funded: 'betaler selv', funding: 'Ekstern finansiering', solved: 'løst',
    more: 'mer', less: 'mindre', same: 'uendret', none: '—', cap: 'på taket', floor: 'på gulvet', 'self-funded': 'selvfinansiert',
    total: 'Sum', balanced: 'I balanse til øret: medlemmene betaler {0} og annen finansiering {1}, budsjettet er {2}.',
    unbalanced: 'Sum {0}.', solved_line: 'Løst: {0} = {1}', gini: 'Gini for kostnad per innbygger: {0}',
    highest: 'Høyest per innbygger: {0} ({1})', lowest: 'lavest: {0} ({1})', ratio: '{0} ganger',
    stale: 'Dette hva-om kan ikke løses; tallene under er siste gode resultat (foreldet).',
    shown: '{0} av {1} medlemmer', not_shown: '{0} betaler {1} selv og er ikke tegnet, så de andre søylene kan leses.',
    link_copied: 'Lenke kopiert: {0}', link_here: 'Lenke til dette hva-om: {0}', parameters: 'Parametere', capped: 'på taket: {0}',
    amount_axis: 'Beløp (kr)', difference_axis: 'Forskjell (kr)', members_pay: 'Medlemmene betaler',
    is_member: '{0} er medlem; fjern haken for å ta kommunen ut', out: 'ikke medlem', taken_out: 'Tatt ut: {0}. Sett hake for å ta en kommune inn igjen.' },
  nn: { title: 'spleis — kven betaler kva, kva om?', scenario: 'Scenario', option: 'Alternativ', language: 'Språk',
    whatif: 'Kva om …', solve: 'Løys for', rounding: 'Avrunding', ore: 'øre', krone: 'heile kroner', r100: '100 kr', r1000: '1 000 kr',
    reset: 'Tilbake til vedteke grunnlag', copy: 'Kopier lenkje til dette kva-om', download: 'Last ned:', results: 'Resultat',
    chart_amounts: 'Beløpet til kvart betalande medlem (kr) og skilnaden frå grunnlaget',
    chart_per: 'Kostnad per innbyggjar (kr) mot folketal', find: 'Finn eit medlem', member: 'Medlem', code: 'Nummer',
    population: 'Innbyggjarar', amount: 'Beløp', per: 'Per innbyggjar', limit: 'Grense', difference: 'Skilnad frå grunnlaget',
    percent: '%', close: 'Lukk', table_caption: 'Kven betaler kva; sorter etter ein kolonne, vel eit medlem for å sjå kvifor',
    budget: 'Budsjett', self_funded: 'betaler sjølv', funding: 'Ekstern finansiering', solved: 'løyst',
    more: 'meir', less: 'mindre', same: 'uendra', none: '—', cap: 'på taket', floor: 'på golvet', 'self-funded': 'sjølvfinansiert',
    total: 'Sum', balanced: 'I balanse til øyret: medlemene betaler {0} og anna finansiering {1}, budsjettet er {2}.',
    unbalanced: 'Sum {0}.', solved_line: 'Løyst: {0} = {1}', gini: 'Gini for kostnad per innbyggjar: {0}',
    highest: 'Høgast per innbyggjar: {0} ({1})', lowest: 'lågast: {0} ({1})', ratio: '{0} gonger',
    stale: 'Dette kva-om kan ikkje løysast; tala under er siste gode resultat (forelda).',
    shown: '{0} av {1} medlemmer', not_shown: '{0} betaler {1} sjølv og er ikkje teikna, så dei andre søylene kan lesast.',
    link_copied: 'Lenkje kopiert: {0}', link_here: 'Lenkje til dette kva-om: {0}', parameters: 'Parametrar', capped: 'på taket: {0}',
    amount_axis: 'Beløp (kr)', difference_axis: 'Skilnad (kr)', members_pay: 'Medlemmene betaler',
    is_member: '{0} er medlem; fjern haken for å ta kommunen ut', out: 'ikkje medlem', taken_out: 'Teke ut: {0}. Set hake for å ta ein kommune inn att.' },
};

const $ = (id) => document.getElementById(id);
let listing = null;       // GET /api/scenarios
let state = {};           // what the URL says
let result = null;        // the last good solve
let sequence = 0;         // answers to older requests are dropped
let charts = {};
let startedAt = null;     // performance.now() of the change being answered
window.spleisTimings = [];  // change to repainted page, ms (the browser test reads them)
window.spleisPhases = [];   // of each: the request, the table and summary, the charts
const painting = { table: 0, charts: 0 };
// One collator for every sort: localeCompare would build one per comparison (several ms for 357 names).
const collator = new Intl.Collator('nb');

function words() { return WORDS[state.lang] || WORDS.en; }
function t(key, ...args) { return (words()[key] ?? key).replace(/\{(\d)\}/g, (_, i) => args[i]); }

// Numbers as the CLI writes them: groups of three with a (no-break) space, ',' as the decimal
// mark in nb and nn, '.' in en.
function formatNumber(x, decimals) {
  const negative = x < 0;
  const [whole, fraction] = Math.abs(x).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return (negative ? '-' : '') + grouped + (fraction ? (state.lang === 'en' ? '.' : ',') + fraction : '');
}
function formatKroner(ore) { return formatNumber(ore / 100, ore % 100 === 0 ? 0 : 2) + '\u00a0kr'; }
function formatValue(value, unit) {
  if (unit === 'share') return formatNumber(value, 4);
  if (unit === 'NOK per inhabitant') return formatNumber(value, 4) + '\u00a0kr';
  return formatNumber(value, Number.isInteger(value) ? 0 : 2) + '\u00a0kr';
}
// Norwegian number input: "500 000", "19,5", "19.5", "1 000 000 kr".
function parseNumber(text) {
  const s = String(text).replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

function scenario() { return listing.scenarios.find((s) => s.id === state.s) || listing.scenarios[0]; }
function option() { const options = scenario().options; return options[Math.min(state.o || 0, options.length - 1)]; }

// --- the URL
function readUrl() {
  const q = new URLSearchParams(location.search);
  state = { s: q.get('s'), o: Number(q.get('o') || 0), lang: q.get('lang') || 'en', p: {}, sf: {}, f: {},
    b: q.has('b') ? Number(q.get('b')) : null, r: q.has('r') ? Number(q.get('r')) : null, solve: q.get('solve'),
    sort: q.get('sort') || 'code', dir: q.get('dir') || 'asc', q: q.get('q') || '',
    out: q.get('out') ? q.get('out').split(',').filter(Boolean) : [] };
  for (const [k, v] of q) {
    if (k.startsWith('p.')) state.p[k.slice(2)] = Number(v);
    if (k.startsWith('sf.')) state.sf[k.slice(3)] = Number(v);
    if (k.startsWith('f.')) state.f[k.slice(2)] = Number(v);
  }
}
function writeUrl() {
  const q = new URLSearchParams();
  q.set('s', scenario().id);
  if (state.o) q.set('o', state.o);
  if (state.lang !== 'en') q.set('lang', state.lang);
  if (state.solve) q.set('solve', state.solve);
  for (const [k, v] of Object.entries(state.p)) q.set('p.' + k, v);
  if (state.b !== null) q.set('b', state.b);
  for (const [k, v] of Object.entries(state.sf)) q.set('sf.' + k, v);
  for (const [k, v] of Object.entries(state.f)) q.set('f.' + k, v);
  if (state.r !== null) q.set('r', state.r);
  if (state.out.length) q.set('out', state.out.join(','));
  if (state.sort !== 'code') q.set('sort', state.sort);
  if (state.dir !== 'asc') q.set('dir', state.dir);
  if (state.q) q.set('q', state.q);
  history.replaceState(null, '', '?' + q.toString());
}

// --- what to ask the server
function changes() {
  const c = {};
  const o = option();
  if (!o.baseline) c.option = o.name;
  const solvedNow = state.solve || (o.parameters.find((p) => p.solved) || {}).name;
  const params = {};
  for (const p of o.parameters) {
    if (p.name === solvedNow) continue;
    if (p.name in state.p) params[p.name] = state.p[p.name];
    // Was solved, now given its last value: an amount in whole øre, as every amount given is.
    else if (state.solve && p.solved) params[p.name] = p.unit === 'NOK' ? Math.round(p.value * 100) / 100 : p.value;
  }
  if (Object.keys(params).length) c.parameters = params;
  if (state.solve && !(o.parameters.find((p) => p.name === state.solve) || {}).solved) c.solve = state.solve;
  if (state.b !== null) c.budget = state.b;
  if (state.out.length) c.leave = state.out;
  const sf = Object.fromEntries(Object.entries(state.sf).filter(([code]) => !state.out.includes(code)));  // one taken out covers nothing
  if (Object.keys(sf).length) c.self_funded = sf;
  if (Object.keys(state.f).length) c.external_funding = state.f;
  if (state.r !== null) c.rounding_unit_ore = state.r;
  return c;
}

async function post(path, body) {
  const response = await fetch('/api/scenarios/' + encodeURIComponent(scenario().id) + path,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return response;
}

async function solve() {
  writeUrl();
  const mine = ++sequence;
  const asked = performance.now();
  const response = await post('/solve', Object.assign(changes(), { detail: 'amounts', lang: state.lang }));  // its refusals in the page's language
  const answer = await response.json();
  const answered = performance.now();
  if (mine !== sequence) return;  // a newer change is on its way
  if (response.ok) {
    result = answer;
    $('problem').hidden = true;
    $('results').classList.remove('stale');
  } else {
    $('problem').hidden = false;
    $('problem').textContent = (answer.error && answer.error.message ? answer.error.message : 'error') + ' ' + t('stale');
    $('results').classList.add('stale');
  }
  render();
  window.spleisPhases.push({ request: answered - asked, table: painting.table, charts: painting.charts });
  if (startedAt !== null) {
    const started = startedAt;
    startedAt = null;
    // A frame's style, layout and paint follow its animation-frame callbacks; a task queued from
    // one runs after them, so this is the time until the change is on the screen.
    requestAnimationFrame(() => setTimeout(() => {
      window.spleisTimings.push(performance.now() - started);
      document.body.dataset.repainted = String(window.spleisTimings.length);
    }, 0));
  }
  document.body.dataset.solved = String(mine);
}

// --- controls
function stepFor(unit, value) {
  if (unit === 'share') return 0.01;
  if (unit === 'NOK per inhabitant') return 0.01;
  return value >= 1e6 ? 10000 : 1000;
}
function control(id, label, hint, value, unit, onChange, disabled) {
  const max = unit === 'share' ? 1 : Math.max(value * 2, unit === 'NOK per inhabitant' ? 100 : 100000);
  const div = document.createElement('div');
  div.className = 'control';
  div.innerHTML = `<label for="${id}-n">${label}</label>
    <div class="pair"><input type="range" id="${id}-r" aria-label="${label}" min="0" max="${max}" step="${stepFor(unit, value)}">
    <input type="text" inputmode="decimal" id="${id}-n" class="number" autocomplete="off"></div>
    <small>${hint}</small>`;
  const range = div.querySelector('input[type=range]');
  const number = div.querySelector('input.number');
  range.value = value;
  number.value = formatValue(value, unit).replace(/\u00a0kr$/, '');
  range.disabled = number.disabled = !!disabled;
  range.addEventListener('input', () => {
    startedAt = performance.now();
    number.value = formatValue(Number(range.value), unit).replace(/\u00a0kr$/, '');
    number.classList.remove('invalid');
    onChange(Number(range.value));
  });
  number.addEventListener('change', () => {
    const x = parseNumber(number.value);
    if (Number.isNaN(x) || x < 0) { number.classList.add('invalid'); number.setAttribute('aria-invalid', 'true'); return; }
    number.classList.remove('invalid');
    number.removeAttribute('aria-invalid');
    if (x > Number(range.max)) range.max = x * 2;
    range.value = x;
    startedAt = performance.now();
    onChange(x);
  });
  return div;
}

function buildControls() {
  const s = scenario();
  const o = option();
  document.documentElement.lang = state.lang === 'en' ? 'en' : state.lang === 'nb' ? 'nb' : 'nn';
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  $('scenario-title').textContent = '';
  $('scenario').innerHTML = listing.scenarios.map((x) => `<option value="${x.id}">${escape(x.title)}</option>`).join('');
  $('scenario').value = s.id;
  $('option').innerHTML = s.options.map((x, i) => `<option value="${i}">${escape(x.name)}</option>`).join('');
  $('option').value = String(state.o || 0);
  $('option').disabled = s.options.length < 2;
  $('lang').value = state.lang;
  const solvedNow = state.solve || (o.parameters.find((p) => p.solved) || {}).name;
  const params = $('parameters');
  params.innerHTML = `<h3>${t('parameters')}</h3>`;
  for (const p of o.parameters) {
    const value = p.name === solvedNow ? (result && result.solved ? result.solved.value : p.value || 0) : (state.p[p.name] ?? p.value);
    const hint = `${escape(p.unit)}${p.name === solvedNow ? ' — ' + t('solved') : ''} · ${escape(p.source)}`;
    params.appendChild(control('param-' + p.name, escape(p.description), hint, value, p.unit,
      (x) => { state.p[p.name] = x; solve(); }, p.name === solvedNow));
  }
  const money = $('money');
  money.innerHTML = '';
  if (s.budget !== null)
    money.appendChild(control('budget', t('budget'), 'NOK', state.b ?? s.budget, 'NOK', (x) => { state.b = x; solve(); }));
  for (const f of s.self_funded)
    money.appendChild(control('sf-' + f.code, `${escape(f.name)} ${t('self_funded')}`, escape(f.source),
      state.sf[f.code] ?? f.amount, 'NOK', (x) => { state.sf[f.code] = x; solve(); }));
  for (const f of s.external_funding)
    money.appendChild(control('f-' + f.name.replace(/\W/g, '_'), `${t('funding')}: ${escape(f.name)}`, escape(f.source),
      state.f[f.name] ?? f.amount, 'NOK', (x) => { state.f[f.name] = x; solve(); }));
  const described = (n) => (o.parameters.find((p) => p.name === n) || { description: n.replace(/_/g, ' ') }).description;
  $('solve').innerHTML = o.solvable.map((n) => `<option value="${n}">${escape(described(n))}</option>`).join('');
  $('solve').value = solvedNow || '';
  $('solve').disabled = o.solvable.length < 2 || s.budget === null;
  $('rounding').value = String(state.r ?? s.rounding_unit_ore);
  $('search').value = state.q;
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// --- results
function rows() {
  const s = scenario();
  // The reply lists the members when they are not the listing's (some taken out, or an option's own).
  const members = result.members || s.members;
  const list = members.map((m, i) => {
    const amount = result.amounts_ore[i];
    const difference = result.differences_ore[i];
    const baseline = difference === null ? null : amount - difference;
    return { i, code: m.code, name: m.name, population: m.population, amount, per: m.population > 0 ? amount / 100 / m.population : 0,
      limit: result.limits[i], difference, percent: baseline ? 100 * difference / baseline : 0, out: false };
  });
  // Members taken out on the page stay in the table, unticked, so they can be put back.
  for (const m of s.members)
    if (state.out.includes(m.code) && !list.some((r) => r.code === m.code))
      list.push({ i: list.length, code: m.code, name: m.name, population: m.population, amount: 0, per: 0, limit: 'out',
        difference: null, percent: 0, out: true });
  return list;
}

function differenceText(ore) {
  if (ore === null) return '';
  if (ore === 0) return `<span class="same">= ${t('same')}</span>`;
  return ore > 0 ? `<span class="more">▲ ${formatKroner(ore)} ${t('more')}</span>`
                 : `<span class="less">▼ ${formatKroner(-ore)} ${t('less')}</span>`;
}

// The cells of a row: text, but for the difference, which is marked up (▲/▼ and a class, so
// gainers and losers are not told apart by colour alone). A slider moves amounts, not members:
// when the rows shown and their order are the ones on screen, only the cells whose text changed
// are written, so the browser lays out and paints the changed cells instead of a new table of
// 357 rows (its layout took 30-45 ms a repaint for Norway).
const markedUp = [true, false, false, false, false, false, true, false];
const numeric = [false, false, true, true, true, false, true, true];
function cellsOf(r) {
  const box = `<input type="checkbox" data-member="${r.code}"${r.out ? '' : ' checked'} aria-label="${escape(t('is_member', r.name))}"> `;
  if (r.out) return [box + escape(r.name), r.code, formatNumber(r.population, 0), t('none'), '', t('out'), '', ''];
  return [box + escape(r.name), r.code, formatNumber(r.population, 0), formatKroner(r.amount), formatNumber(r.per, 2) + '\u00a0kr',
    t(r.limit), differenceText(r.difference),
    r.difference ? (r.percent > 0 ? '+' : '') + formatNumber(r.percent, 1) + '\u00a0%' : ''];
}
// A difference ("<span class="more">▲ 1 234 kr more</span>") that changes keeps its span and
// takes the new class and text: parsing it as HTML again, for every row, was most of the
// table's part of a repaint.
const spanned = /^<span class="(\w+)">([^<&]*)<\/span>$/;
function setMarkedUp(td, html) {
  const parts = spanned.exec(html);
  const span = td.firstElementChild;
  if (parts && span && span.tagName === 'SPAN' && td.childNodes.length === 1) {
    span.className = parts[1];
    span.textContent = parts[2];
  } else {
    td.innerHTML = html;
  }
}
let painted = { key: '', cells: [] };  // what the table body shows: its rows' codes and language, each row's cells
function paintRows(shown) {
  const tbody = $('rows');
  const key = state.lang + '|' + shown.map((r) => r.code + (r.out ? '-' : '')).join(',');
  const cells = shown.map(cellsOf);
  if (key !== painted.key) {
    tbody.innerHTML = shown.map((r, k) => `<tr tabindex="0" data-code="${r.code}"${r.out ? ' class="out"' : ''}>` +
      cells[k].map((c, j) => `<td${numeric[j] ? ' class="num"' : ''}>${markedUp[j] ? c : escape(c)}</td>`).join('') + '</tr>').join('');
  } else {
    const trs = tbody.rows;
    for (let k = 0; k < cells.length; ++k)
      for (let j = 0; j < cells[k].length; ++j) {
        if (cells[k][j] === painted.cells[k][j]) continue;
        if (markedUp[j]) setMarkedUp(trs[k].cells[j], cells[k][j]);
        else trs[k].cells[j].textContent = cells[k][j];
      }
  }
  painted = { key, cells };
  windowRows();
}

// Rows far from the visible part of the table are not laid out (display: none), and two spacer
// rows keep the scroll height: a slider's repaint then lays out about a hundred rows, not
// Norway's 357, whose layout took 25 ms of every repaint. Their text is kept up to date all the
// same. Rows are one line high (white-space: nowrap), so a row's height places them all. The
// scroll position is read in the scroll event, when the layout is clean, never while painting.
const ROWS_AROUND = 40;
const view = { top: 0, height: 0, row: 0 };
function windowRows() {
  const trs = $('rows').rows;
  if (!view.row) {
    const wrap = $('table').parentElement;
    const shown = [...trs].find((tr) => !tr.classList.contains('far'));
    if (!shown) return;
    const height = shown.getBoundingClientRect().height;
    if (!height) return;  // not on screen yet
    view.row = height;
    view.top = wrap.scrollTop;
    view.height = wrap.clientHeight;
  }
  const first = Math.max(0, Math.floor(view.top / view.row) - ROWS_AROUND);
  const last = Math.min(trs.length, Math.ceil((view.top + view.height) / view.row) + ROWS_AROUND);
  for (let k = 0; k < trs.length; ++k) {
    const far = k < first || k >= last;
    if (trs[k].classList.contains('far') !== far) trs[k].classList.toggle('far', far);
  }
  $('spacer-above').style.height = first * view.row + 'px';
  $('spacer-below').style.height = (trs.length - last) * view.row + 'px';
}

function render() {
  if (!result) return;
  const began = performance.now();
  const s = scenario();
  const all = rows();
  const q = state.q.trim().toLowerCase();
  let shown = q ? all.filter((r) => r.name.toLowerCase().includes(q) || r.code.includes(q)) : all.slice();
  const key = state.sort;
  const sign = state.dir === 'asc' ? 1 : -1;
  shown.sort((a, b) => (typeof a[key] === 'string' ? collator.compare(a[key], b[key]) : a[key] - b[key]) * sign || a.i - b.i);
  paintRows(shown);
  for (const th of document.querySelectorAll('th[data-sort]'))
    th.setAttribute('aria-sort', th.dataset.sort === key ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none');
  const totals = result.totals;
  const other = totals.total_ore - totals.members_ore;
  const membersDiff = all.reduce((sum, r) => sum + (r.difference || 0), 0);
  $('table').querySelector('tfoot').innerHTML = `<tr><th scope="row">${t('total')}</th><td></td>
    <td class="num">${formatNumber(all.reduce((x, r) => x + (r.out ? 0 : r.population), 0), 0)}</td>
    <td class="num">${formatKroner(totals.members_ore)}</td><td></td><td></td><td class="num">${differenceText(membersDiff)}</td><td></td></tr>`;
  $('count').textContent = t('shown', shown.filter((r) => !r.out).length, all.filter((r) => !r.out).length);
  const sm = result.summary;
  const o = option();
  const solvedParam = result.solved ? o.parameters.find((p) => p.name === result.solved.parameter) : null;
  const lines = [];
  lines.push(`<p class="balance">${totals.budget_ore !== null && result.balanced
    ? t('balanced', formatKroner(totals.members_ore), formatKroner(other), formatKroner(totals.budget_ore))
    : t('unbalanced', formatKroner(totals.total_ore))}</p>`);
  if (result.solved)
    lines.push(`<p class="solved">${t('solved_line', escape(solvedParam ? solvedParam.description : result.solved.parameter),
      formatValue(result.solved.value, solvedParam ? solvedParam.unit : 'NOK'))}</p>`);
  lines.push(`<p class="fairness">${t('gini', formatNumber(sm.gini, 3))} · ${t('capped', sm.capped)}` +
    (sm.highest_per_inhabitant ? ` · ${t('highest', escape(sm.highest_per_inhabitant.name), formatNumber(sm.highest_per_inhabitant.amount_per_inhabitant, 2) + '\u00a0kr')}, ` +
      `${t('lowest', escape(sm.lowest_per_inhabitant.name), formatNumber(sm.lowest_per_inhabitant.amount_per_inhabitant, 2) + '\u00a0kr')}` : '') + '</p>');
  const out = all.filter((r) => r.out);
  if (out.length) lines.push(`<p class="out-line">${t('taken_out', out.map((r) => escape(r.name)).join(', '))}</p>`);
  $('summary').innerHTML = lines.join('');
  if (state.solve === null && result.solved) {
    const el = $('param-' + result.solved.parameter + '-n');
    if (el) { el.value = formatValue(result.solved.value, solvedParam ? solvedParam.unit : 'NOK').replace(/\u00a0kr$/, ''); $('param-' + result.solved.parameter + '-r').value = result.solved.value; }
  }
  const charted = performance.now();
  painting.table = charted - began;
  drawCharts(all);
  painting.charts = performance.now() - charted;
}

// Axis numbers as the table writes them ("500 000", "0,5"), in every language.
function axisNumber(value) { return formatNumber(value, Number.isInteger(value) ? 0 : 1); }
// On the population axis only 1, 2 and 5 times a power of ten are labelled, so labels do not crowd.
function logAxisNumber(value) {
  const leading = value / Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
  return [1, 2, 5].some((d) => Math.abs(leading - d) < 1e-6) ? formatNumber(value, 0) : '';
}

function drawCharts(all) {
  // Self-funded members pay a fixed amount that can dwarf the rest (Bergen's 9.1 MNOK): they
  // are named under the chart, not drawn, so every paying member's bar can be read.
  const paying = all.filter((r) => r.limit !== 'self-funded' && !r.out);
  const apart = all.filter((r) => r.limit === 'self-funded' && !r.out);
  $('amounts-caption').textContent = t('chart_amounts') + '.' +
    (apart.length ? ' ' + apart.map((r) => t('not_shown', r.name, formatKroner(r.amount))).join(' ') : '');
  const locale = state.lang === 'en' ? 'en-GB' : 'nb-NO';
  const labels = paying.map((r) => r.name);
  const amounts = paying.map((r) => r.amount / 100);
  const differences = paying.map((r) => (r.difference || 0) / 100);
  if (!charts.amounts) {
    charts.amounts = new Chart($('chart-amounts'), {
      type: 'bar',
      data: { labels, datasets: [
        { type: 'bar', label: t('amount_axis'), data: amounts, backgroundColor: '#1f5f8b', yAxisID: 'y', order: 2 },
        { type: 'line', label: t('difference_axis'), data: differences, borderColor: '#b35900', backgroundColor: '#b35900',
          pointStyle: 'triangle', pointRadius: 4, showLine: false, yAxisID: 'y2', order: 1 }] },
      options: { animation: false, normalized: true, maintainAspectRatio: false, locale, interaction: { mode: 'index', intersect: false },
        scales: { x: { ticks: { autoSkip: true, sampleSize: 40, maxRotation: 60, minRotation: 60, font: { size: 10 } } },
          y: { beginAtZero: true, ticks: { callback: axisNumber }, title: { display: true, text: t('amount_axis') } },
          y2: { position: 'right', grid: { drawOnChartArea: false }, ticks: { callback: axisNumber },
                title: { display: true, text: t('difference_axis') } } } },
    });
    charts.per = new Chart($('chart-per'), {
      type: 'scatter',
      data: { datasets: [{ label: t('per'), data: [], backgroundColor: '#1f5f8b' }] },
      options: { animation: false, normalized: true, maintainAspectRatio: false, locale,
        plugins: { tooltip: { callbacks: { label: (c) => `${c.raw.name}: ${formatNumber(c.raw.y, 2)} kr` } } },
        scales: { x: { type: 'logarithmic', ticks: { callback: logAxisNumber }, title: { display: true, text: t('population') } },
          y: { beginAtZero: true, ticks: { callback: axisNumber }, title: { display: true, text: t('per') } } } },
    });
  }
  const a = charts.amounts;
  a.data.labels = labels;
  a.data.datasets[0].data = amounts;
  a.data.datasets[0].label = t('amount_axis');
  a.data.datasets[1].data = differences;
  a.data.datasets[1].label = t('difference_axis');
  a.options.locale = locale;
  a.options.scales.y.title.text = t('amount_axis');
  a.options.scales.y2.title.text = t('difference_axis');
  a.update('none');
  const p = charts.per;
  p.data.datasets[0].data = paying.filter((r) => r.population > 0).map((r) => ({ x: r.population, y: r.per, name: r.name }));
  p.data.datasets[0].label = t('per');
  p.options.locale = locale;
  p.options.scales.x.title.text = t('population');
  p.options.scales.y.title.text = t('per');
  p.update('none');
}

async function explain(code) {
  const response = await post('/explain', Object.assign(changes(), { member: code, lang: state.lang }));
  const answer = await response.json();
  $('explain').hidden = false;
  $('explain-h').textContent = response.ok ? `${answer.name} (${answer.code})` : '';
  $('explain-text').textContent = response.ok ? answer.text : answer.error.message;
  $('explain-close').focus();
}

async function download(format) {
  const response = await post('/report', Object.assign(changes(), { format, lang: state.lang }));  // the workbook and the HTML in the page's language
  if (!response.ok) { $('link-status').textContent = (await response.json()).error.message; return; }
  const blob = await response.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${scenario().id}-what-if.${format}`;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function reset() {
  state = { s: scenario().id, o: state.o, lang: state.lang, p: {}, sf: {}, f: {}, b: null, r: null, solve: null, sort: state.sort, dir: state.dir, q: state.q, out: [] };
  buildControls();
  solve();
}

async function start() {
  readUrl();
  listing = await (await fetch('/api/scenarios')).json();
  if (!listing.scenarios.some((s) => s.id === state.s)) state.s = listing.scenarios[0].id;
  buildControls();
  $('scenario').addEventListener('change', () => { state.s = $('scenario').value; state.o = 0; reset(); });
  $('option').addEventListener('change', () => { state.o = Number($('option').value); reset(); });
  $('lang').addEventListener('change', () => {
    state.lang = $('lang').value;
    buildControls(); render(); writeUrl();
    if (!$('problem').hidden) solve();  // the refusal again, in the new language
  });
  $('solve').addEventListener('change', () => {
    if (result && result.solved) state.p[result.solved.parameter] = result.solved.value;
    state.solve = $('solve').value;
    delete state.p[state.solve];
    buildControls();
    solve();
  });
  $('rounding').addEventListener('change', () => { state.r = Number($('rounding').value); solve(); });
  $('reset').addEventListener('click', reset);
  $('copy-link').addEventListener('click', async () => {
    const link = location.href;
    try { await navigator.clipboard.writeText(link); $('link-status').textContent = t('link_copied', link); }
    catch { $('link-status').textContent = t('link_here', link); }
  });
  for (const b of document.querySelectorAll('[data-download]')) b.addEventListener('click', () => download(b.dataset.download));
  $('search').addEventListener('input', () => { state.q = $('search').value; writeUrl(); render(); });
  for (const th of document.querySelectorAll('th[data-sort]'))
    th.querySelector('button').addEventListener('click', () => {
      state.dir = state.sort === th.dataset.sort && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = th.dataset.sort;
      writeUrl();
      render();
    });
  const tbody = $('rows');
  const wrap = $('table').parentElement;
  const onView = () => { view.top = wrap.scrollTop; view.height = wrap.clientHeight; windowRows(); };
  wrap.addEventListener('scroll', onView, { passive: true });
  window.addEventListener('resize', onView);
  // A row opens its member's explanation; its tick box takes the member out or puts it back.
  const isBox = (el) => el.matches('input[type=checkbox]');
  tbody.addEventListener('click', (e) => { const tr = e.target.closest('tr'); if (tr && !isBox(e.target)) explain(tr.dataset.code); });
  tbody.addEventListener('change', (e) => {
    if (!isBox(e.target)) return;
    const code = e.target.dataset.member;
    state.out = e.target.checked ? state.out.filter((c) => c !== code) : [...state.out, code];
    solve();
  });
  tbody.addEventListener('keydown', (e) => {
    if (isBox(e.target)) return;
    const tr = e.target.closest('tr');
    if (tr && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); explain(tr.dataset.code); }
  });
  $('explain-close').addEventListener('click', () => { $('explain').hidden = true; });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') $('explain').hidden = true; });
  await solve();
  document.body.dataset.ready = 'true';
}

start();
