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

// Horizontal bars of contributions, largest first, drawn as inline SVG.
function drawContributionChart(rows) {
  const svgNS = 'http://www.w3.org/2000/svg';
  const barH = 14, gap = 5, labelW = 250, valueW = 110, width = 600;
  const chartW = width - labelW - valueW;
  const height = rows.length * (barH + gap);
  const max = Math.max(...rows.map((r) => Number(r.amount)), 1);
  const svg = document.createElementNS(svgNS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Bar chart of contributions by contributor');
  rows.forEach((r, i) => {
    const y = i * (barH + gap);
    const label = document.createElementNS(svgNS, 'text');
    label.setAttribute('x', labelW - 8);
    label.setAttribute('y', y + barH - 4);
    label.setAttribute('text-anchor', 'end');
    label.setAttribute('class', 'bar-label');
    label.textContent = r.contributor;
    const bar = document.createElementNS(svgNS, 'rect');
    bar.setAttribute('x', labelW);
    bar.setAttribute('y', y);
    bar.setAttribute('height', barH);
    bar.setAttribute('width', Math.max(1, (Number(r.amount) / max) * chartW));
    bar.setAttribute('class', r.earmark_area == null ? 'bar' : 'bar earmarked');
    const title = document.createElementNS(svgNS, 'title');
    title.textContent = `${r.contributor}: ${r.amount_display}`;
    bar.appendChild(title);
    const value = document.createElementNS(svgNS, 'text');
    value.setAttribute('x', labelW + (Number(r.amount) / max) * chartW + 6);
    value.setAttribute('y', y + barH - 4);
    value.setAttribute('class', 'bar-value');
    value.textContent = r.amount_display;
    svg.append(label, bar, value);
  });
  $('contrib-chart').replaceChildren(svg);
}

function render(d) {
  const { workspace, fund, dossiers, next_meeting, settings } = d;
  $('fund-name').textContent = `${fund.fund} · Steering Committee`;
  const demo = workspace.demo;
  show('demo-badge', demo);
  show('demo-banner', demo);
  document.querySelectorAll('[data-demo-label]').forEach((el) => { el.hidden = !demo; });

  $('kpi-total').textContent = fund.total_display;
  $('kpi-total-note').textContent = fund.as_of ? `as of ${localDate(fund.as_of)}` : 'no contributions recorded';
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
    dbody.appendChild(tr);
  }

  const sbody = $('settings-table').querySelector('tbody');
  sbody.replaceChildren();
  for (const s of settings) {
    const tr = document.createElement('tr');
    cell(tr, s.name);
    cell(tr, s.value, 'nowrap');
    cell(tr, s.note, 'muted');
    sbody.appendChild(tr);
  }

  setStatus('');
  show('passphrase', false);
  show('dashboard', true);
  document.body.dataset.ready = 'true';
}

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
