// SC Desk's window: a view over the JSON that the app's commands return. No rules live
// here; amounts arrive formatted, decisions arrive made.

const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);
const $ = (id) => document.getElementById(id);

function show(id, visible) {
  $(id).hidden = !visible;
}

function setStatus(text, isError = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', isError);
  s.hidden = !text;
}

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

const localDate = (iso) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(iso));
const localDateTime = (iso) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

// Horizontal bars as inline SVG: one per row, each with a label, a value and a tooltip.
// `rows` are {label, amount, display, className}; amounts arrive as decimal strings.
function barChart(rows, { labelW, width, ariaLabel }) {
  const svgNS = 'http://www.w3.org/2000/svg';
  const barH = 14, gap = 5, valueW = 130;
  const chartW = width - labelW - valueW;
  const svg = document.createElementNS(svgNS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${rows.length * (barH + gap)}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', ariaLabel);
  const max = Math.max(...rows.map((r) => Number(r.amount)), 1);
  rows.forEach((r, i) => {
    const y = i * (barH + gap);
    const w = (Number(r.amount) / max) * chartW;
    const label = document.createElementNS(svgNS, 'text');
    label.setAttribute('x', labelW - 8);
    label.setAttribute('y', y + barH - 4);
    label.setAttribute('text-anchor', 'end');
    label.setAttribute('class', 'bar-label');
    label.textContent = r.label;
    const bar = document.createElementNS(svgNS, 'rect');
    bar.setAttribute('x', labelW);
    bar.setAttribute('y', y);
    bar.setAttribute('height', barH);
    bar.setAttribute('width', Math.max(1, w));
    bar.setAttribute('class', r.className);
    const title = document.createElementNS(svgNS, 'title');
    title.textContent = `${r.label}: ${r.display}`;
    bar.appendChild(title);
    const value = document.createElementNS(svgNS, 'text');
    value.setAttribute('x', labelW + w + 6);
    value.setAttribute('y', y + barH - 4);
    value.setAttribute('class', 'bar-value');
    value.textContent = r.display;
    svg.append(label, bar, value);
  });
  return svg;
}

// Contributions, largest first; earmarked ones in a lighter blue.
function drawContributionChart(rows) {
  const bars = rows.map((r) => ({
    label: r.contributor, amount: r.amount, display: r.amount_display,
    className: r.earmark_area == null ? 'bar' : 'bar earmarked',
  }));
  $('contrib-chart').replaceChildren(barChart(bars, { labelW: 250, width: 600, ariaLabel: 'Bar chart of contributions by contributor' }));
}

function render(d) {
  const { workspace, fund, dossiers, next_meeting, settings } = d;
  $('fund-name').textContent = `${fund.fund} · Steering Committee`;
  const demo = workspace.demo;
  show('demo-badge', demo);
  show('demo-banner', demo);
  document.querySelectorAll('[data-demo-label]').forEach((el) => { el.hidden = !demo; });

  $('kpi-total').textContent = fund.total_display;
  $('kpi-total-note').textContent = fund.statement
    ? `as of ${localDate(fund.statement.as_of)} · statement ${fund.statement.version}, signed by ${fund.statement.signer}`
    : fund.as_of ? `as of ${localDate(fund.as_of)} · entered in this workspace` : 'no contributions recorded';
  $('kpi-contributors').textContent = String(fund.contributor_count);
  const unearmarked = fund.earmarks.find((e) => e.area == null);
  $('kpi-earmark-note').textContent = unearmarked ? `${unearmarked.amount_display} un-earmarked` : '';
  $('kpi-dossiers').textContent = String(dossiers.length);
  const funded = dossiers.filter((x) => x.status === 'funded').length;
  const pipeline = dossiers.filter((x) => x.status === 'pipeline').length;
  $('kpi-dossiers-note').textContent = `${funded} funded · ${pipeline} in the pipeline`;
  if (next_meeting) {
    $('kpi-meeting').textContent = localDateTime(next_meeting.starts_at);
    $('kpi-meeting-note').textContent = `${next_meeting.kind_label} · ${next_meeting.items} agenda items`;
  } else {
    $('kpi-meeting').textContent = 'None scheduled';
  }

  $('contrib-asof').textContent = fund.as_of ? `As of ${localDate(fund.as_of)}` : '';
  drawContributionChart(fund.contributions);
  const tbody = $('contrib-table').querySelector('tbody');
  tbody.replaceChildren();
  for (const r of fund.contributions) {
    const tr = document.createElement('tr');
    cell(tr, r.contributor);
    cell(tr, r.amount_display, 'num');
    cell(tr, `${r.share_percent}%`, 'num');
    cell(tr, r.earmark_area == null ? 'Un-earmarked' : `Area ${r.earmark_area}`, 'muted nowrap');
    tbody.appendChild(tr);
  }
  $('contrib-total').textContent = fund.total_display;

  const dbody = $('dossier-table').querySelector('tbody');
  dbody.replaceChildren();
  for (const x of dossiers) {
    const tr = document.createElement('tr');
    tr.dataset.dossier = x.id;
    const title = cell(tr, '');
    const strong = document.createElement('div');
    strong.className = 'title';
    strong.textContent = x.title;
    const ref = document.createElement('div');
    ref.className = 'muted ref';
    ref.textContent = `${x.reference} · ${x.region}`;
    title.append(strong, ref);
    cell(tr, x.countries.join(', '));
    const area = cell(tr, `Area ${x.area}`, 'nowrap');
    area.title = x.area_name;
    const status = cell(tr, '');
    const pill = document.createElement('span');
    pill.className = `pill status-${x.status}`;
    pill.textContent = x.status_label;
    status.appendChild(pill);
    cell(tr, x.budget_display, 'num');
    tr.classList.add('link');
    tr.addEventListener('click', () => { showTab('dossiers'); openDossier(x.id); });
    dbody.appendChild(tr);
  }

  renderFunds(d.balances);

  const sbody = $('settings-table').querySelector('tbody');
  sbody.replaceChildren();
  for (const s of settings) {
    const tr = document.createElement('tr');
    cell(tr, s.name);
    cell(tr, s.value, 'nowrap');
    cell(tr, s.note, 'muted');
    sbody.appendChild(tr);
  }

  nextMeeting = next_meeting ? next_meeting.id : null;
  fillFilters(dossiers, d.areas);
  setStatus('');
  show('passphrase', false);
  show('tabs', true);
  showTab(currentTab);
  document.body.dataset.ready = 'true';
}

// ---------- tabs ----------

let currentTab = 'dashboard';
let nextMeeting = null;

function showTab(name) {
  currentTab = name;
  document.querySelectorAll('.tab').forEach((t) => { t.hidden = t.id !== `tab-${name}`; });
  document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
  if (name === 'trust') loadTrust();
  if (name === 'dossiers') showDossierList();
  if (name === 'meeting') loadMeetings();
  if (name === 'positions') loadPositions();
}

// The dashboard is read again each time it is shown: an import may have changed it.
let pendingTab = null;
document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => {
  if (currentTab === 'positions' && positionsDirty && b.dataset.tab !== 'positions') {
    pendingTab = b.dataset.tab;
    show('pos-unsaved', true);
    return;
  }
  flushNote();
  if (b.dataset.tab === 'dashboard') {
    currentTab = 'dashboard';
    loadDashboard();
  } else {
    showTab(b.dataset.tab);
  }
}));

const errorText = (e) => e?.message ?? String(e);

// ---------- identity and roster ----------

async function loadTrust() {
  try {
    renderTrust(await invoke('identity'));
  } catch (e) {
    $('pin-error').textContent = errorText(e);
  }
}

function renderTrust(t) {
  $('my-fingerprint').textContent = t.identity.fingerprint;
  $('my-seat').textContent = t.identity.seat ? `${t.identity.seat} (${t.identity.role})` : 'None on the pinned roster';
  $('files-held').textContent = String(t.files_held);
  show('roster-none', !t.roster);
  show('roster-pinned', !!t.roster);
  if (!t.roster) return;
  $('roster-version').textContent = String(t.roster.version);
  $('roster-issued').textContent = localDate(t.roster.issued_at);
  const body = $('roster-table').querySelector('tbody');
  body.replaceChildren();
  for (const s of t.roster.seats) {
    const tr = document.createElement('tr');
    if (s.is_me) tr.className = 'me';
    cell(tr, s.id);
    cell(tr, `${s.name}${s.is_me ? ' (you)' : ''}`);
    cell(tr, s.role);
    cell(tr, s.term, 'nowrap');
    cell(tr, s.fingerprint, 'mono');
    body.appendChild(tr);
  }
}

let rosterBytes = null;

$('roster-file').addEventListener('change', async (ev) => {
  $('pin-error').textContent = '';
  const file = ev.target.files[0];
  if (!file) return;
  rosterBytes = Array.from(new Uint8Array(await file.arrayBuffer()));
  try {
    const p = await invoke('preview_roster', { bytes: rosterBytes });
    $('rp-version').textContent = String(p.version);
    $('rp-seats').textContent = String(p.seats);
    $('rp-fmu').textContent = p.fmu_seats.join('; ');
    $('rp-fingerprint').textContent = p.signer_fingerprints.join('\n');
    show('roster-preview', true);
  } catch (e) {
    show('roster-preview', false);
    $('pin-error').textContent = errorText(e);
  }
});

$('pin-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('pin-error').textContent = '';
  try {
    renderTrust(await invoke('pin_roster', { bytes: rosterBytes, fingerprint: $('pin-fingerprint').value }));
  } catch (e) {
    $('pin-error').textContent = errorText(e);
  }
});

$('enrol-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('enrol-note').textContent = '';
  const path = await window.__TAURI__.dialog.save({ defaultPath: 'enrolment.dsse' });
  if (!path) return;
  try {
    await invoke('save_enrolment', { name: $('enrol-name').value, organisation: $('enrol-org').value, path });
    $('enrol-note').textContent = `Saved ${path}. Send it to the FMU and read them your fingerprint.`;
  } catch (e) {
    $('enrol-note').textContent = errorText(e);
  }
});

// ---------- import ----------

function addResultRows(name, results) {
  const body = $('import-results').querySelector('tbody');
  for (const r of results) {
    const tr = document.createElement('tr');
    tr.dataset.outcome = r.outcome;
    cell(tr, name);
    const label = { imported: 'Imported', replaced: 'Imported (replaces)', duplicate: 'Already imported', stale: 'Ignored (stale)', disputed: 'Kept, disputed', rejected: 'Rejected' }[r.outcome];
    cell(tr, label, `result-${r.outcome} nowrap`);
    cell(tr, r.message);
    body.appendChild(tr);
  }
}

// Imports one file at a time so the progress bar moves with the batch.
async function importBatch(items, read) {
  const bar = $('import-progress');
  bar.max = items.length;
  bar.value = 0;
  bar.hidden = false;
  let done = 0, rejected = 0;
  for (const item of items) {
    let results;
    try {
      results = await read(item);
    } catch (e) {
      results = [{ outcome: 'rejected', message: errorText(e) }];
    }
    rejected += results.filter((r) => r.outcome === 'rejected').length;
    addResultRows(item.name ?? item, results);
    done += 1;
    bar.value = done;
    $('import-count').textContent = `${done} of ${items.length} files read · ${rejected} rejected`;
  }
  document.body.dataset.importDone = String(Number(document.body.dataset.importDone ?? 0) + items.length);
}

$('import-files').addEventListener('change', async (ev) => {
  const files = Array.from(ev.target.files);
  ev.target.value = '';
  await importBatch(files, async (f) => invoke('import_file', { bytes: Array.from(new Uint8Array(await f.arrayBuffer())) }));
});

window.__TAURI__.event.listen('tauri://drag-drop', async (ev) => {
  $('dropzone').classList.remove('over');
  const paths = ev.payload.paths ?? [];
  if (!paths.length) return;
  showTab('import');
  await importBatch(paths, (path) => invoke('import_paths', { path }));
});
window.__TAURI__.event.listen('tauri://drag-enter', () => $('dropzone').classList.add('over'));
window.__TAURI__.event.listen('tauri://drag-leave', () => $('dropzone').classList.remove('over'));

// ---------- positions ----------

const STANCES = [
  ['', '— not decided —'],
  ['join_consensus', 'Join consensus'],
  ['object', 'Object'],
  ['abstain', 'Abstain'],
  ['recuse', 'Recuse'],
];

async function loadPositions() {
  if (!nextMeeting) {
    $('pos-title').textContent = 'No upcoming meeting';
    return;
  }
  try {
    renderPositions(await invoke('meeting_positions', { meeting: nextMeeting }));
  } catch (e) {
    $('pos-error').textContent = errorText(e);
  }
}

// The positions form: every row is saved together with "Save positions"; leaving the
// tab with changes not saved asks first (nothing typed is lost silently).
let positionsDirty = false;
let positionsMeeting = null;

function markPositions(dirty) {
  positionsDirty = dirty;
  $('pos-save-state').textContent = dirty ? 'Changes not saved yet.' : '';
}

function renderPositions(p) {
  positionsMeeting = p.meeting;
  markPositions(false);
  $('pos-title').textContent = `My positions — ${p.title}`;
  $('pos-when').textContent = localDateTime(p.starts_at);
  const body = $('pos-table').querySelector('tbody');
  body.replaceChildren();
  for (const it of p.items) {
    const tr = document.createElement('tr');
    tr.dataset.item = it.item;
    cell(tr, String(it.item));
    cell(tr, it.text);
    const select = document.createElement('select');
    select.name = 'stance';
    for (const [value, label] of STANCES) {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = label;
      o.selected = (it.stance ?? '') === value;
      select.appendChild(o);
    }
    const reason = document.createElement('input');
    reason.name = 'reason';
    reason.value = it.reason ?? '';
    reason.placeholder = 'Reason';
    select.addEventListener('change', () => markPositions(true));
    reason.addEventListener('input', () => markPositions(true));
    tr.append(document.createElement('td'), document.createElement('td'));
    tr.children[2].appendChild(select);
    tr.children[3].appendChild(reason);
    body.appendChild(tr);
  }
  $('pos-export').disabled = !!p.cannot_export;
  $('pos-export-note').textContent = p.cannot_export ?? '';
  const list = $('pos-exported');
  list.replaceChildren();
  for (const f of p.exported) {
    const li = document.createElement('li');
    li.textContent = `File ${f.sequence} · SHA-256 ${f.hash}${f.counted ? ' · counted by the chair' : ''}`;
    list.appendChild(li);
  }
  if (!p.exported.length) {
    const li = document.createElement('li');
    li.className = 'muted';
    li.textContent = 'None yet.';
    list.appendChild(li);
  }
}

// Saves every row with a position; the first refusal stops and is shown on its row.
async function savePositions() {
  $('pos-error').textContent = '';
  let last = null;
  for (const tr of $('pos-table').querySelectorAll('tbody tr')) {
    const stance = tr.querySelector('select').value;
    if (!stance) continue;
    const reason = tr.querySelector('input').value;
    try {
      last = await invoke('set_position', { meeting: positionsMeeting, item: Number(tr.dataset.item), stance, reason: reason || null });
    } catch (e) {
      $('pos-error').textContent = `Item ${tr.dataset.item}: ${errorText(e)}`;
      return false;
    }
  }
  if (last) renderPositions(last);
  markPositions(false);
  $('pos-save-state').textContent = 'Saved.';
  return true;
}

$('pos-save').addEventListener('click', savePositions);

function leavePositions() {
  show('pos-unsaved', false);
  const tab = pendingTab;
  pendingTab = null;
  if (tab) document.querySelector(`#tabs button[data-tab='${tab}']`).click();
}
$('pos-unsaved-save').addEventListener('click', async () => {
  if (await savePositions()) leavePositions();
  else show('pos-unsaved', false);
});
$('pos-unsaved-discard').addEventListener('click', () => {
  markPositions(false);
  leavePositions();
});
$('pos-unsaved-stay').addEventListener('click', () => {
  pendingTab = null;
  show('pos-unsaved', false);
});

$('pos-export').addEventListener('click', async () => {
  $('pos-error').textContent = '';
  const path = await window.__TAURI__.dialog.save({ defaultPath: `positions-${nextMeeting}.dsse` });
  if (!path) return;
  try {
    renderPositions(await invoke('save_positions', { meeting: nextMeeting, path }));
  } catch (e) {
    $('pos-error').textContent = errorText(e);
  }
});

async function loadDashboard() {
  try {
    render(await invoke('dashboard'));
  } catch (e) {
    setStatus(e.message ?? String(e), true);
  }
}

function askPassphrase(creating, reason) {
  setStatus('');
  $('passphrase-title').textContent = creating ? 'Protect your workspace with a passphrase' : 'Unlock the workspace';
  $('passphrase-help').textContent = creating
    ? `No OS keyring is available (${reason}). Choose a passphrase of at least 10 characters; SC Desk derives the database key from it and never stores it.`
    : 'This workspace is protected by a passphrase.';
  show('passphrase', true);
  $('passphrase-input').focus();
}

async function handleStart(view) {
  if (view.state === 'open') return loadDashboard();
  if (view.state === 'needs_passphrase') return askPassphrase(false);
  if (view.state === 'needs_new_passphrase') return askPassphrase(true, view.reason);
}

$('passphrase-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('passphrase-error').textContent = '';
  const input = $('passphrase-input');
  try {
    const view = await invoke('unlock', { passphrase: input.value });
    input.value = '';
    await handleStart(view);
  } catch (e) {
    $('passphrase-error').textContent = e.message ?? String(e);
  }
});

(async () => {
  try {
    await handleStart(await invoke('start'));
  } catch (e) {
    setStatus(e.message ?? String(e), true);
  }
})();


// ---------- dossiers ----------

const selected = new Set();
let filtersFilled = false;

function option(select, value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  select.appendChild(o);
}

function fillFilters(dossiers, areas) {
  if (filtersFilled) return;
  filtersFilled = true;
  for (const a of areas ?? []) option($('f-area'), a.number, `Area ${a.number}`);
  for (const r of [...new Set(dossiers.map((x) => x.region))].sort()) option($('f-region'), r, r);
}

function query() {
  const v = (id) => $(id).value || null;
  return {
    text: v('f-text'),
    area: v('f-area') ? Number(v('f-area')) : null,
    status: v('f-status'),
    region: v('f-region'),
    reviewed: v('f-reviewed') == null ? null : v('f-reviewed') === 'true',
    on_agenda: $('f-agenda').checked ? true : null,
    flagged: $('f-flagged').checked ? true : null,
    sort: v('f-sort'),
  };
}

function tag(text, cls) {
  const t = document.createElement('span');
  t.className = `tag ${cls}`;
  t.textContent = text;
  return t;
}

function showDossierList() {
  show('dossier-list-view', true);
  show('dossier-view', false);
  show('compare-view', false);
  loadDossiers();
}

let listSeq = 0;
async function loadDossiers() {
  const seq = ++listSeq;
  let list;
  try {
    list = await invoke('dossiers', { query: query() });
  } catch (e) {
    $('list-count').textContent = errorText(e);
    return;
  }
  if (seq !== listSeq) return; // a newer search is on its way
  $('review-progress').textContent = list.progress.text;
  const body = $('dossier-list').querySelector('tbody');
  body.replaceChildren();
  for (const x of list.rows) {
    const tr = document.createElement('tr');
    tr.dataset.dossier = x.id;
    const pick = document.createElement('input');
    pick.type = 'checkbox';
    pick.checked = selected.has(x.id);
    pick.setAttribute('aria-label', `Compare ${x.title}`);
    pick.addEventListener('click', (ev) => {
      ev.stopPropagation();
      if (pick.checked) selected.add(x.id); else selected.delete(x.id);
      $('compare-button').disabled = selected.size < 2;
    });
    cell(tr, '').appendChild(pick);
    const title = cell(tr, '');
    const strong = document.createElement('div');
    strong.className = 'title';
    strong.textContent = x.title;
    const ref = document.createElement('div');
    ref.className = 'muted ref';
    ref.textContent = `${x.reference} · version ${x.version} · ${x.region}`;
    title.append(strong, ref);
    cell(tr, x.countries.join(', '));
    cell(tr, `Area ${x.area}`, 'nowrap').title = x.area_name;
    const st = cell(tr, '');
    const pill = document.createElement('span');
    pill.className = `pill status-${x.status}`;
    pill.textContent = x.status_label;
    st.appendChild(pill);
    cell(tr, x.budget_display, 'num');
    const rv = cell(tr, '');
    if (x.reviewed) rv.appendChild(tag('Reviewed', 'reviewed'));
    else if (x.changed_since_review) rv.appendChild(tag('Changed', 'changed'));
    else rv.appendChild(tag('To review', 'todo'));
    if (x.on_agenda) rv.appendChild(tag('Agenda', 'agenda'));
    if (x.questions) rv.appendChild(tag(`${x.questions} question${x.questions > 1 ? 's' : ''}`, 'question'));
    if (x.conflict) rv.appendChild(tag('Conflict', 'conflict'));
    tr.addEventListener('click', () => openDossier(x.id));
    body.appendChild(tr);
  }
  $('list-count').textContent = `${list.rows.length} dossier${list.rows.length === 1 ? '' : 's'}`;
  $('compare-button').disabled = selected.size < 2;
}

let searchTimer = null;
$('f-text').addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(loadDossiers, 150);
});
$('dossier-filters').addEventListener('change', loadDossiers);
$('dossier-filters').addEventListener('submit', (ev) => { ev.preventDefault(); loadDossiers(); });

// ----- comparison -----

$('compare-button').addEventListener('click', async () => {
  let c;
  try {
    c = await invoke('compare', { ids: [...selected] });
  } catch (e) {
    $('list-count').textContent = errorText(e);
    return;
  }
  const head = $('compare-table').querySelector('thead');
  const body = $('compare-table').querySelector('tbody');
  head.replaceChildren();
  body.replaceChildren();
  const hr = document.createElement('tr');
  hr.appendChild(document.createElement('th'));
  for (const r of c.rows) {
    const th = document.createElement('th');
    th.textContent = r.reference;
    hr.appendChild(th);
  }
  head.appendChild(hr);
  const line = (label, f, cls) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = label;
    tr.appendChild(th);
    for (const r of c.rows) cell(tr, f(r), cls);
    body.appendChild(tr);
  };
  line('Programme', (r) => r.title);
  line('Budget', (r) => r.budget_display, 'budget');
  line('Thematic area', (r) => r.area);
  line('Countries', (r) => r.countries);
  line('Duration', (r) => `${r.duration_months} months`);
  line('UN organisations', (r) => String(r.organisations));
  for (const [id, name] of c.marker_names) line(name, (r) => r.markers[id]);
  show('dossier-list-view', false);
  show('compare-view', true);
});
$('compare-back').addEventListener('click', showDossierList);

// ----- the dossier page -----

let currentDossier = null;

async function openDossier(id) {
  await flushNote();
  try {
    renderDossier(await invoke('dossier', { id }));
  } catch (e) {
    $('list-count').textContent = errorText(e);
    return;
  }
  show('dossier-list-view', false);
  show('compare-view', false);
  show('dossier-view', true);
  window.scrollTo(0, 0);
}

function fill(id, items, render) {
  const el = $(id);
  el.replaceChildren();
  for (const it of items) el.appendChild(render(it));
}

function li(text, cls) {
  const l = document.createElement('li');
  l.textContent = text;
  if (cls) l.className = cls;
  return l;
}

function renderDossier(p) {
  currentDossier = p.dossier.id;
  const d = p.dossier;
  $('dv-error').textContent = '';
  $('dv-ref').textContent = `${d.reference} · Joint Programme`;
  $('dv-title').textContent = d.title;
  $('dv-meta').textContent = `${d.countries.join(', ')} · ${d.region} · Thematic area ${d.area}: ${p.row.area_name}`;
  $('dv-version').textContent = `Version ${d.version}${p.versions.length > 1 ? ` of ${p.versions.length}` : ''}`;
  const badges = $('dv-badges');
  badges.replaceChildren();
  const pill = document.createElement('span');
  pill.className = `pill status-${d.status}`;
  pill.textContent = p.row.status_label;
  badges.appendChild(pill);
  badges.append(' ');
  if (p.row.reviewed) badges.appendChild(tag('Reviewed', 'reviewed'));
  else if (p.row.changed_since_review) badges.appendChild(tag('Changed since your review', 'changed'));
  if (p.row.on_agenda) badges.appendChild(tag('On the agenda', 'agenda'));
  if (p.conflict) badges.appendChild(tag('Conflict of interest declared', 'conflict'));

  show('dv-conflict', !!p.conflict);
  if (p.conflict) $('dv-conflict').textContent = `You declared a conflict of interest: “${p.conflict.reason.replace(/[.\s]+$/, '')}”. Your position on this dossier will be a recusal.`;

  show('dv-changes', p.changes.length > 0);
  const changes = $('dv-changes');
  changes.replaceChildren();
  if (p.changes.length) {
    const strong = document.createElement('strong');
    strong.textContent = `Changed since version ${p.reviewed_version}, which you reviewed`;
    const table = document.createElement('table');
    table.className = 'data';
    const tb = document.createElement('tbody');
    for (const c of p.changes) {
      const tr = document.createElement('tr');
      cell(tr, c.field);
      cell(tr, c.before, 'muted');
      cell(tr, c.after);
      tb.appendChild(tr);
    }
    table.appendChild(tb);
    changes.append(strong, table);
  }

  show('dv-flags', p.flags.length > 0);
  $('dv-flags').replaceChildren();
  if (p.flags.length) {
    const strong = document.createElement('strong');
    strong.textContent = 'Consistency checks';
    const ul = document.createElement('ul');
    for (const f of p.flags) ul.appendChild(li(f.message));
    $('dv-flags').append(strong, ul);
  }

  $('dv-summary').textContent = d.summary;
  const facts = $('dv-facts');
  facts.replaceChildren();
  const fact = (k, v) => {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    facts.append(dt, dd);
  };
  fact('Submitted by', d.resident_coordinator);
  fact('Duration', `${d.duration_months} months from ${localDate(d.start_date)}`);
  fact('Total budget', p.budget_total);

  $('dv-indirect-head').textContent = `Indirect (${p.indirect_percent}%)`;
  const bb = $('dv-budget').querySelector('tbody');
  bb.replaceChildren();
  for (const b of p.budget) {
    const tr = document.createElement('tr');
    cell(tr, b.organisation);
    cell(tr, b.direct, 'num');
    cell(tr, b.indirect, 'num');
    cell(tr, b.total, 'num');
    bb.appendChild(tr);
  }
  $('dv-direct').textContent = p.budget_direct;
  $('dv-indirect').textContent = p.budget_indirect;
  $('dv-total').textContent = p.budget_total;

  const mb = $('dv-markers').querySelector('tbody');
  mb.replaceChildren();
  for (const m of p.markers) {
    const tr = document.createElement('tr');
    cell(tr, m.name);
    cell(tr, m.code ? `${m.code} — ${m.label}` : 'Missing', m.code ? (m.below_minimum ? 'error' : '') : 'error');
    cell(tr, m.definition ?? '', 'muted');
    cell(tr, m.minimum, 'num');
    mb.appendChild(tr);
  }
  fill('dv-objectives', p.objectives, (o) => li(`Objective ${o.number}: ${o.title}`));
  $('dv-sdgs').textContent = `SDG targets: ${d.sdg_targets.join(', ')}`;
  const kinds = { government: 'Government', local_government: 'Local government', civil_society: 'Civil society', migrant_organisation: 'Migrant organisation' };
  fill('dv-partners', d.national_partners, (n) => li(`${n.name} — ${kinds[n.kind]}`));
  $('dv-review').textContent = d.review.summary;
  const pb = $('dv-principles').querySelector('tbody');
  pb.replaceChildren();
  for (const pr of p.principles) {
    const tr = document.createElement('tr');
    cell(tr, pr.principle, 'nowrap');
    cell(tr, pr.assessment ?? 'Not assessed', pr.assessment ? '' : 'muted');
    pb.appendChild(tr);
  }
  fill('dv-documents', p.documents, (doc) => {
    const l = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary';
    b.textContent = 'Open';
    b.addEventListener('click', async () => {
      try {
        await invoke('open_document', { id: d.id, name: doc.name });
      } catch (e) {
        $('dv-error').textContent = errorText(e);
      }
    });
    const t = document.createElement('span');
    t.textContent = ` ${doc.name} · ${doc.media_type} · ${doc.size.toLocaleString()} bytes · SHA-256 ${doc.sha256.slice(0, 16)}…`;
    l.append(b, t);
    return l;
  });
  if (!p.documents.length) $('dv-documents').appendChild(li('No documents.', 'muted'));

  $('dv-review-state').textContent = p.row.reviewed
    ? `You reviewed version ${d.version}.`
    : p.reviewed_version ? `You reviewed version ${p.reviewed_version}; version ${d.version} has changed.` : 'Not reviewed yet.';
  $('dv-mark').textContent = p.row.reviewed ? 'Remove the review mark' : `Mark version ${d.version} reviewed`;
  $('dv-mark').dataset.reviewed = String(p.row.reviewed);
  $('dv-note').value = p.note;
  $('dv-note-state').textContent = '';
  fill('dv-questions', p.questions, (q) => {
    const l = li(q.text);
    const x = document.createElement('button');
    x.type = 'button';
    x.className = 'secondary small';
    x.textContent = 'Remove';
    x.addEventListener('click', () => act('remove_question', { question: q.id }));
    l.append(' ', x);
    return l;
  });
  show('dv-conflict-none', !p.conflict);
  show('dv-conflict-some', !!p.conflict);
  if (p.conflict) $('dv-conflict-text').textContent = p.conflict.reason;
}

async function act(cmd, args) {
  $('dv-error').textContent = '';
  // The page is drawn again from the library: first keep what was typed in the note.
  await flushNote();
  try {
    renderDossier(await invoke(cmd, { id: currentDossier, ...args }));
    return true;
  } catch (e) {
    $('dv-error').textContent = errorText(e);
    return false;
  }
}

$('dossier-back').addEventListener('click', () => {
  flushNote();
  showDossierList();
});
$('dv-mark').addEventListener('click', () => act('mark_reviewed', { reviewed: $('dv-mark').dataset.reviewed !== 'true' }));
// The private note saves itself as the member types (and when they leave the page).
let noteTimer = null;
let noteDirty = false;
async function flushNote() {
  clearTimeout(noteTimer);
  noteTimer = null;
  if (!noteDirty || !currentDossier) return;
  noteDirty = false;
  const id = currentDossier;
  const text = $('dv-note').value;
  try {
    await invoke('save_note', { id, text });
    if (id === currentDossier) $('dv-note-state').textContent = 'Saved.';
  } catch (e) {
    noteDirty = true;
    $('dv-note-state').textContent = errorText(e);
  }
}
$('dv-note').addEventListener('input', () => {
  noteDirty = true;
  $('dv-note-state').textContent = 'Saving…';
  clearTimeout(noteTimer);
  noteTimer = setTimeout(flushNote, 700);
});
$('dv-note-save').addEventListener('click', () => {
  noteDirty = true;
  flushNote();
});
$('dv-question-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  if (await act('add_question', { text: $('dv-question').value })) $('dv-question').value = '';
});
$('dv-conflict-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  if (await act('declare_conflict', { reason: $('dv-conflict-reason').value })) $('dv-conflict-reason').value = '';
});
$('dv-conflict-withdraw').addEventListener('click', () => act('withdraw_conflict', {}));


// ---------- funds ----------

function renderFunds(b) {
  $('funds-note').textContent = `Un-earmarked pool: ${b.pool_available_display}, which a programme of any area may draw on besides its area's earmarked balance. Allocated counts every funded programme.`;
  const body = $('funds-table').querySelector('tbody');
  body.replaceChildren();
  for (const a of b.areas) {
    const tr = document.createElement('tr');
    cell(tr, `Area ${a.area}`).title = a.name;
    cell(tr, a.earmarked_display, 'num');
    cell(tr, a.allocated_display, 'num');
    cell(tr, `${a.share_percent}%`, 'num');
    cell(tr, `${a.target_percent}%`, 'num');
    body.appendChild(tr);
  }
  // Allocations per area, as bars.
  const bars = b.areas.map((a) => ({
    label: `Area ${a.area}`, amount: a.allocated, display: `${a.allocated_display} allocated`, className: 'bar area',
  }));
  $('funds-chart').replaceChildren(barChart(bars, { labelW: 70, width: 600, ariaLabel: 'Allocations by thematic area' }));
}

// ---------- meeting (tally and decisions) ----------

let meetingId = null;
let organiser = false;

async function loadMeetings() {
  try {
    const me = await invoke('identity');
    organiser = ['chair', 'fmu'].includes(me.identity?.role);
    show('mt-new', organiser);
    const list = await invoke('meetings');
    const sel = $('mt-select');
    sel.replaceChildren();
    for (const m of list) option(sel, m.id, `${m.title} (${m.status})`);
    // Open on the meeting in session, else the next one, else the latest.
    const pick = list.find((m) => m.status === 'in session') ?? list.find((m) => m.status === 'upcoming' || m.status === 'open');
    if (!meetingId && list.length) meetingId = (pick ?? list[list.length - 1]).id;
    if (meetingId) sel.value = meetingId;
    if (meetingId) renderMeeting(await invoke('meeting_view', { meeting: meetingId }));
  } catch (e) {
    $('mt-error').textContent = errorText(e);
  }
}

// ---------- a new meeting (chair or FMU) ----------

$('mt-new').addEventListener('click', async () => {
  $('nm-error').textContent = '';
  const box = $('nm-dossiers');
  box.replaceChildren();
  try {
    const { rows } = await invoke('dossiers', { query: {} });
    for (const d of rows) {
      const label = document.createElement('label');
      label.className = 'check';
      const tick = document.createElement('input');
      tick.type = 'checkbox';
      tick.value = d.id;
      const text = document.createElement('span');
      text.textContent = d.title;
      const ref = document.createElement('span');
      ref.className = 'ref-line';
      ref.textContent = `${d.reference} · ${d.status_label}`;
      text.append(ref);
      label.append(tick, text);
      box.append(label);
    }
  } catch (e) {
    $('nm-error').textContent = errorText(e);
  }
  show('nm-card', true);
  $('nm-id').focus();
});

$('nm-cancel').addEventListener('click', () => show('nm-card', false));

$('nm-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('nm-error').textContent = '';
  const at = new Date($('nm-at').value);
  if (Number.isNaN(at.getTime())) {
    $('nm-error').textContent = 'Give the date and time the meeting starts.';
    return;
  }
  const agenda = [
    ...[...$('nm-dossiers').querySelectorAll('input:checked')].map((t) => ({ dossier: t.value, text: '' })),
    ...$('nm-other').value.split('\n').filter((l) => l.trim()).map((text) => ({ dossier: null, text })),
  ];
  const draft = {
    id: $('nm-id').value,
    title: $('nm-title').value,
    kind: $('nm-kind').value,
    starts_at: at.toISOString(),
    place: $('nm-place').value,
    agenda,
    history: $('nm-history').checked,
  };
  const path = await window.__TAURI__.dialog.save({ defaultPath: `meeting-${draft.id.trim() || 'new'}.dsse` });
  if (!path) return;
  try {
    const v = await invoke('publish_meeting', { draft, path });
    show('nm-card', false);
    $('nm-form').reset();
    meetingId = v.id;
    await loadMeetings();
    $('mt-file-note').textContent = `Saved the signed meeting file to ${path}. Send it to the members.`;
  } catch (e) {
    $('nm-error').textContent = errorText(e);
  }
});

$('mt-save-file').addEventListener('click', async () => {
  if (!meetingId) return;
  const path = await window.__TAURI__.dialog.save({ defaultPath: `meeting-${meetingId}.dsse` });
  if (!path) return;
  try {
    await invoke('save_meeting_file', { meeting: meetingId, path });
    $('mt-error').textContent = '';
    $('mt-file-note').textContent = `Saved the signed meeting file to ${path}.`;
  } catch (e) {
    $('mt-error').textContent = errorText(e);
  }
});

$('mt-select').addEventListener('change', async () => {
  meetingId = $('mt-select').value;
  $('mt-file-note').textContent = '';
  renderMeeting(await invoke('meeting_view', { meeting: meetingId }));
});

function countsText(c) {
  return `${c.join} join · ${c.object} object · ${c.abstain} abstain · ${c.recuse} recuse · ${c.no_answer} no answer`;
}

function renderMeeting(v) {
  $('mt-error').textContent = '';
  show('mt-save-file', organiser && v.has_signed_file);
  $('mt-title').textContent = v.title;
  $('mt-meta').textContent = `${v.kind_label} · ${localDateTime(v.starts_at)} · ${v.place}`;
  $('mt-rule').textContent = `Decision rule: ${v.rule}. Quorum: ${v.quorum_required} members (a setting: ${v.quorum_note})`;
  show('mt-written', v.is_chair && !v.written_procedure && !v.decisions_final);
  show('mt-final', v.decisions_final);
  $('mt-final').textContent = v.decisions_final
    ? (v.correction ?? `The decisions are signed (revision ${v.revision}) and final. A change is a correction: a new revision of the decision file that says what it changes and why.`)
    : '';
  $('mt-written-state').textContent = v.written_procedure
    ? `Written procedure opened ${localDateTime(v.written_procedure.opened_at)}; deadline ${localDateTime(v.written_procedure.deadline)}. Silence counts as no objection; one objection blocks.`
    : '';
  const attendance = Object.fromEntries(v.attendance);
  const seats = $('mt-seats').querySelector('tbody');
  seats.replaceChildren();
  const first = v.items[0];
  for (const a of first ? first.answers : []) {
    const tr = document.createElement('tr');
    cell(tr, a.seat);
    cell(tr, a.name);
    cell(tr, v.answered.includes(a.seat) ? 'Received' : 'None', v.answered.includes(a.seat) ? '' : 'muted');
    const td = cell(tr, '');
    const sel = document.createElement('select');
    for (const [value, label] of [['', '—'], ['present', 'Present'], ['represented', 'Represented'], ['absent', 'Absent']]) option(sel, value, label);
    sel.value = attendance[a.seat] ?? '';
    sel.disabled = !v.is_chair;
    sel.addEventListener('change', async () => {
      if (!sel.value) return;
      try {
        renderMeeting(await invoke('set_attendance', { meeting: v.id, seat: a.seat, status: sel.value }));
      } catch (e) {
        $('mt-error').textContent = errorText(e);
      }
    });
    td.appendChild(sel);
    seats.appendChild(tr);
  }
  const funds = $('mt-funds').querySelector('tbody');
  funds.replaceChildren();
  for (const a of v.funds.areas) {
    const tr = document.createElement('tr');
    tr.dataset.area = a.area;
    cell(tr, `Area ${a.area}`).title = a.name;
    cell(tr, a.earmarked_display, 'num');
    cell(tr, a.allocated_display, 'num');
    funds.appendChild(tr);
  }
  $('mt-pool').textContent = `As of the meeting's date. Un-earmarked pool, which a programme of any area may draw on: ${v.funds.pool_available_display}`;

  const items = $('mt-items');
  items.replaceChildren();
  for (const it of v.items) items.appendChild(itemCard(v, it));
  show('mt-export-card', v.is_chair && !v.decisions_final && v.items.some((i) => i.decision));
  $('mt-export-note').textContent = '';
  show('mt-record-card', v.decisions_final);
  if (!$('year-input').value) $('year-input').value = new Date(v.starts_at).getUTCFullYear();
}

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function itemCard(v, it) {
  const card = el('section', null, 'card item-card');
  card.dataset.item = it.item;
  card.appendChild(el('h3', `Item ${it.item}: ${it.text}`));
  if (it.dossier_title) card.appendChild(el('p', `${it.dossier_title} · Area ${it.area} · budget ${it.budget_display}`, 'muted'));
  const t = it.tally;
  card.appendChild(el('p', `${countsText(t.counts)} · ${t.participating} take part`));
  card.appendChild(el('p', t.explanation, `tally-line ${t.rule_holds ? 'holds' : 'fails'}`));
  if (it.written) card.appendChild(el('p', `Written procedure: ${it.written.state}`, 'muted'));
  for (const o of t.objections) card.appendChild(el('div', `Objection from ${o.seat}: ${o.reason}`, 'objection'));
  if (it.decision) {
    const d = it.decision;
    const box = el('div', null, 'recorded');
    box.appendChild(el('strong', `Decision: ${it.decision_label}`));
    if (d.conditions) box.appendChild(el('div', `Conditions: ${d.conditions}`));
    if (it.funding_display) box.appendChild(el('div', it.funding_display));
    if (d.override_reason) box.appendChild(el('div', `Override: ${d.override_reason}`, 'override'));
    card.appendChild(box);
  }
  if (!v.is_chair) return card;
  if (it.not_yet && !v.decisions_final) {
    card.appendChild(el('p', it.not_yet, 'muted not-yet'));
    return card;
  }
  if (v.decisions_final) {
    // A signed decision is final: the form is read-only; a change is a correction.
    const open = el('button', 'Correct this decision…', 'secondary');
    open.type = 'button';
    open.name = 'correct';
    card.appendChild(open);
    open.addEventListener('click', () => {
      open.hidden = true;
      card.appendChild(decisionForm(v, it, true));
    });
    return card;
  }
  card.appendChild(decisionForm(v, it, false));
  return card;
}

// The chair's form for one item: a new decision, or (correcting) the item's corrected
// decision, signed at once as the next revision of the decision file.
function decisionForm(v, it, correcting) {
  const form = el('form', null, 'decision-form');
  const field = (label, input) => {
    const l = el('label', label);
    l.appendChild(input);
    form.appendChild(l);
    return l;
  };
  const outcome = el('select');
  option(outcome, '', '— choose the outcome —');
  for (const o of it.outcomes) option(outcome, o.value, o.label);
  outcome.name = 'outcome';
  field('Outcome', outcome);
  const amount = el('input');
  amount.name = 'amount';
  amount.value = it.decision?.funding?.amount ?? it.requested ?? '';
  amount.placeholder = 'e.g. 1,754,800';
  const source = el('select');
  source.name = 'source';
  option(source, 'pool', 'Un-earmarked pool');
  for (const a of v.funds.areas) option(source, `area:${a.area}`, `Area ${a.area} earmarked`);
  if (it.kind === 'funding') {
    field('Amount (USD)', amount);
    field('Source of funds', source);
  }
  const conditions = el('input');
  conditions.name = 'conditions';
  field('Conditions', conditions).classList.add('wide');
  const override = el('input');
  override.name = 'override';
  override.placeholder = 'Required when the outcome departs from the tally or the ceiling';
  field('Override reason', override).classList.add('wide');
  const reason = el('input');
  reason.name = 'correction';
  reason.placeholder = 'What is corrected, and why (signed into the record)';
  if (correcting) field('Reason for the correction', reason).classList.add('wide');
  const button = el('button', correcting ? 'Sign the corrected record…' : 'Record decision');
  button.type = 'submit';
  form.appendChild(button);
  const error = el('p', '', 'error');
  form.appendChild(error);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    if (!outcome.value) {
      error.textContent = 'Choose the outcome.';
      return;
    }
    const src = source.value === 'pool' ? { kind: 'pool' } : { kind: 'area', area: Number(source.value.split(':')[1]) };
    const input = {
      item: it.item,
      outcome: outcome.value,
      conditions: conditions.value || null,
      override_reason: override.value || null,
      funding: it.kind === 'funding' && amount.value ? { amount: amount.value, source: src, split: [] } : null,
    };
    try {
      if (correcting) {
        const path = await window.__TAURI__.dialog.save({ defaultPath: `decisions-${v.id}-corrected.dsse` });
        if (!path) return;
        renderMeeting(await invoke('correct_decision', { meeting: v.id, input, reason: reason.value, path }));
        $('mt-file-note').textContent = `Saved the corrected decision file to ${path}. Send it to the members.`;
      } else {
        renderMeeting(await invoke('record_decision', { meeting: v.id, input }));
      }
    } catch (e) {
      error.textContent = errorText(e);
    }
  });
  return form;
}

$('mt-export').addEventListener('click', async () => {
  const path = await window.__TAURI__.dialog.save({ defaultPath: `decisions-${meetingId}.dsse` });
  if (!path) return;
  try {
    renderMeeting(await invoke('save_decisions', { meeting: meetingId, path }));
  } catch (e) {
    $('mt-error').textContent = errorText(e);
  }
});

$('mt-print').addEventListener('click', async () => {
  $('mt-record-note').textContent = '';
  try {
    await invoke('print_record', { meeting: meetingId });
  } catch (e) {
    $('mt-record-note').textContent = errorText(e);
  }
});

$('mt-save-pdf').addEventListener('click', async () => {
  const path = await window.__TAURI__.dialog.save({ defaultPath: `decision-record-${meetingId}.pdf` });
  if (!path) return;
  try {
    await invoke('save_record', { meeting: meetingId, path, paper: $('mt-paper').value });
    $('mt-record-note').textContent = `Saved ${path}.`;
  } catch (e) {
    $('mt-record-note').textContent = errorText(e);
  }
});

$('mt-written').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('mt-error').textContent = '';
  // The input is in local time; the library stores UTC.
  const deadline = new Date($('mt-deadline').value).toISOString();
  try {
    renderMeeting(await invoke('open_written_procedure', { meeting: meetingId, deadline }));
  } catch (e) {
    $('mt-error').textContent = errorText(e);
  }
});

window.__TAURI__.event.listen('record-progress', (ev) => {
  const bar = $('year-progress');
  bar.hidden = false;
  bar.max = ev.payload.total;
  bar.value = ev.payload.done;
  $('year-note').textContent = `${ev.payload.done} of ${ev.payload.total} records laid out`;
});

$('year-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const year = Number($('year-input').value);
  const path = await window.__TAURI__.dialog.save({ defaultPath: `decision-records-${year}.pdf` });
  if (!path) return;
  $('year-note').textContent = '';
  try {
    await invoke('save_year_records', { year, path, paper: $('mt-paper').value });
    $('year-note').textContent = `Saved ${path}.`;
  } catch (e) {
    $('year-note').textContent = errorText(e);
  }
});
