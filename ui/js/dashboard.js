// The dashboard: the fund, contributions, dossiers, settings and the funds table.

import { invoke } from './api.js';
import { $, barChart, cell, fail, setStatus, show } from './dom.js';
import { fillFilters, openDossier } from './dossiers.js';
import { showTab } from './tabs.js';
import { state } from './state.js';
import { clear, data, say, t } from './l10n.js';

// Contributions, largest first; earmarked ones in a lighter blue.
export function drawContributionChart(rows) {
  const bars = rows.map((r) => ({
    label: r.contributor, percent: r.bar_percent, display: r.amount_display,
    className: r.earmark_area == null ? 'bar' : 'bar earmarked',
  }));
  const chart = barChart(bars, { labels: '40%', ariaLabel: t('dashboard-contributions-chart') });
  // Contributors' names and amounts.
  chart.querySelectorAll('.bar-row, .bar-label, .bar-value').forEach((n) => data(n));
  $('contrib-chart').replaceChildren(chart);
}

// `workspaces`: which is open and which exist, if the start brought them (else asked).
export function render(d, workspaces) {
  const { workspace, fund, dossiers, next_meeting, settings } = d;
  say($('fund-name'), 'dashboard-fund-name', { fund: fund.fund });
  const demo = workspace.demo;
  show('demo-badge', demo);
  show('demo-banner', demo);
  document.querySelectorAll('[data-demo-label]').forEach((el) => { el.hidden = !demo; });
  if (demo) fillDemoRoles(d.demo_roles);
  renderSetup(d.setup);
  renderSwitch(workspaces);

  data($('kpi-total'), fund.total_display);
  if (fund.statement) {
    say($('kpi-total-note'), 'dashboard-total-note-statement', {
      date: d.statement_as_of_display, version: String(fund.statement.version), signer: fund.statement.signer,
    });
  } else if (fund.as_of) {
    say($('kpi-total-note'), 'dashboard-total-note-entered', { date: d.as_of_display });
  } else {
    say($('kpi-total-note'), 'dashboard-total-note-none');
  }
  data($('kpi-contributors'), String(fund.contributor_count));
  const unearmarked = fund.earmarks.find((e) => e.area == null);
  if (unearmarked) say($('kpi-earmark-note'), 'dashboard-unearmarked-note', { amount: unearmarked.amount_display });
  else clear($('kpi-earmark-note'));
  data($('kpi-dossiers'), String(dossiers.length));
  data($('kpi-dossiers-note'), d.dossiers_note);
  if (next_meeting) {
    data($('kpi-meeting'), next_meeting.starts_at_display);
    data($('kpi-meeting-note'), next_meeting.note);
  } else {
    say($('kpi-meeting'), 'dashboard-meeting-none');
    clear($('kpi-meeting-note'));
  }

  if (d.as_of_display) say($('contrib-asof'), 'dashboard-contributions-as-of', { date: d.as_of_display });
  else clear($('contrib-asof'));
  drawContributionChart(fund.contributions);
  const tbody = $('contrib-table').querySelector('tbody');
  tbody.replaceChildren();
  for (const r of fund.contributions) {
    const tr = document.createElement('tr');
    data(cell(tr, r.contributor));
    data(cell(tr, r.amount_display, 'num'));
    data(cell(tr, r.share_display, 'num'));
    cell(tr, r.earmark_area == null ? t('dashboard-unearmarked') : t('dashboard-area', { area: String(r.earmark_area) }), 'muted');
    tbody.appendChild(tr);
  }
  data($('contrib-total'), fund.total_display);

  const dbody = $('dossier-table').querySelector('tbody');
  dbody.replaceChildren();
  for (const x of dossiers) {
    const tr = document.createElement('tr');
    tr.dataset.dossier = x.id;
    const title = cell(tr, '');
    // The title is a button, so the row opens from the keyboard too (the click bubbles
    // to the row's handler).
    const strong = document.createElement('button');
    strong.type = 'button';
    strong.className = 'title row-link';
    strong.textContent = x.title;
    data(strong);
    const ref = document.createElement('div');
    ref.className = 'muted ref';
    ref.textContent = `${x.reference} · ${x.region}`;
    data(ref);
    title.append(strong, ref);
    data(cell(tr, x.countries.join(', ')));
    const area = cell(tr, t('dashboard-area', { area: String(x.area) }), 'nowrap');
    area.title = x.area_name;
    const status = cell(tr, '');
    const pill = document.createElement('span');
    pill.className = `pill status-${x.status}`;
    pill.textContent = x.status_label;
    data(pill);
    status.appendChild(pill);
    data(cell(tr, x.budget_display, 'num'));
    tr.classList.add('link');
    tr.addEventListener('click', () => { showTab('dossiers'); openDossier(x.id); });
    dbody.appendChild(tr);
  }

  renderFunds(d.balances);

  const sbody = $('settings-table').querySelector('tbody');
  sbody.replaceChildren();
  for (const s of settings) {
    const tr = document.createElement('tr');
    // The settings, their values and the reasons for them are the library's.
    data(cell(tr, s.name));
    data(cell(tr, s.value, 'nowrap'));
    data(cell(tr, s.note, 'muted'));
    sbody.appendChild(tr);
  }

  state.nextMeeting = next_meeting ? next_meeting.id : null;
  fillFilters(dossiers, d.areas);
  setStatus('');
  show('passphrase', false);
  show('tabs', true);
  showTab(state.currentTab);
  document.body.dataset.ready = 'true';
}

// Draws the dashboard: `given` (the start's, with its `workspaces`), or asked for now.
export async function loadDashboard(given, workspaces) {
  try {
    render(await (given ?? invoke('dashboard')), workspaces);
  } catch (e) {
    setStatus(e.message ?? String(e), true);
  }
}

// ---------- funds ----------

export function renderFunds(b) {
  say($('funds-note'), 'dashboard-funds-note', { amount: b.pool_available_display });
  const body = $('funds-table').querySelector('tbody');
  body.replaceChildren();
  for (const a of b.areas) {
    const tr = document.createElement('tr');
    cell(tr, t('dashboard-area', { area: String(a.area) })).title = a.name;
    data(cell(tr, a.earmarked_display, 'num'));
    data(cell(tr, a.allocated_display, 'num'));
    data(cell(tr, a.share_display, 'num'));
    data(cell(tr, a.target_display, 'num'));
    body.appendChild(tr);
  }
  // Allocations per area, as bars.
  const bars = b.areas.map((a) => ({
    label: t('dashboard-area', { area: String(a.area) }), percent: a.bar_percent,
    display: t('dashboard-funds-allocated', { amount: a.allocated_display }), className: 'bar area',
  }));
  $('funds-chart').replaceChildren(barChart(bars, { labels: '12%', ariaLabel: t('dashboard-funds-chart') }));
}

// "Try the demo as": every seat of the demo's roster, each held by a demo key.
function fillDemoRoles(roles) {
  const select = $('demo-role');
  select.replaceChildren();
  // The seats of the demo's roster: names, as data.
  data(select);
  for (const r of roles) {
    const o = document.createElement('option');
    o.value = r.seat;
    o.textContent = `${r.name} — ${r.group}`;
    o.selected = r.current;
    data(o);
    select.appendChild(o);
  }
}

$('demo-role-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const note = $('demo-role-note');
  try {
    const me = await invoke('act_in_demo_as', { seat: $('demo-role').value });
    await loadDashboard();
    const chosen = $('demo-role').selectedOptions[0]?.textContent ?? me.seat;
    say(note, 'dashboard-demo-role-chosen', { seat: chosen });
  } catch (e) {
    fail(note, e);
  }
});

// In one's own workspace: the steps that make it a member's desk, each with its button.
// (The button's words are a message's id.)
const SETUP_TABS = {
  enrol: ['trust', 'dashboard-setup-open-trust'],
  roster: ['trust', 'dashboard-setup-open-trust'],
  files: ['import', 'dashboard-setup-open-import'],
};

function renderSetup(steps) {
  const list = $('setup-steps');
  list.replaceChildren();
  show('setup-card', steps.some((s) => !s.done));
  for (const s of steps) {
    const li = document.createElement('li');
    li.dataset.step = s.step;
    li.className = s.done ? 'done' : '';
    // The step's title and detail are the library's words.
    const title = document.createElement('strong');
    if (s.done) title.textContent = t('dashboard-setup-done', { title: s.title });
    else data(title).textContent = s.title;
    const detail = document.createElement('p');
    detail.className = 'muted';
    detail.textContent = s.detail;
    data(detail);
    li.append(title, detail);
    if (!s.done) {
      const [tab, labelId] = SETUP_TABS[s.step];
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary';
      b.textContent = t(labelId);
      b.addEventListener('click', () => showTab(tab));
      li.appendChild(b);
    }
    list.appendChild(li);
  }
}

// The dashboard's switch between the demo and one's own workspace.
async function renderSwitch(given) {
  const w = given ?? await invoke('workspaces');
  const b = $('switch-workspace');
  if (w.current === 'demo') {
    b.dataset.which = 'mine';
    say(b, w.mine_exists ? 'dashboard-switch-open-mine' : 'dashboard-switch-start-mine');
    say($('switch-note'), 'dashboard-switch-in-demo');
  } else {
    b.dataset.which = 'demo';
    say(b, 'dashboard-switch-open-demo');
    say($('switch-note'), 'dashboard-switch-in-mine');
  }
  b.hidden = false;
}
