// The dashboard: the fund, contributions, dossiers, settings and the funds table.

import { invoke } from './api.js';
import { $, barChart, cell, localDate, localDateTime, setStatus, show, showError } from './dom.js';
import { fillFilters, openDossier } from './dossiers.js';
import { showTab } from './tabs.js';
import { state } from './state.js';

// Contributions, largest first; earmarked ones in a lighter blue.
export function drawContributionChart(rows) {
  const bars = rows.map((r) => ({
    label: r.contributor, percent: r.bar_percent, display: r.amount_display,
    className: r.earmark_area == null ? 'bar' : 'bar earmarked',
  }));
  $('contrib-chart').replaceChildren(barChart(bars, { labelW: 250, width: 600, ariaLabel: 'Bar chart of contributions by contributor' }));
}

export function render(d) {
  const { workspace, fund, dossiers, next_meeting, settings } = d;
  $('fund-name').textContent = `${fund.fund} · Steering Committee`;
  const demo = workspace.demo;
  show('demo-badge', demo);
  show('demo-banner', demo);
  document.querySelectorAll('[data-demo-label]').forEach((el) => { el.hidden = !demo; });
  if (demo) fillDemoRoles();
  renderSetup(d.setup);
  renderSwitch();

  $('kpi-total').textContent = fund.total_display;
  $('kpi-total-note').textContent = fund.statement
    ? `as of ${localDate(fund.statement.as_of)} · statement ${fund.statement.version}, signed by ${fund.statement.signer}`
    : fund.as_of ? `as of ${localDate(fund.as_of)} · entered in this workspace` : 'no contributions recorded';
  $('kpi-contributors').textContent = String(fund.contributor_count);
  const unearmarked = fund.earmarks.find((e) => e.area == null);
  $('kpi-earmark-note').textContent = unearmarked ? `${unearmarked.amount_display} un-earmarked` : '';
  $('kpi-dossiers').textContent = String(dossiers.length);
  $('kpi-dossiers-note').textContent = d.dossiers_note;
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
    // The title is a button, so the row opens from the keyboard too (the click bubbles
    // to the row's handler).
    const strong = document.createElement('button');
    strong.type = 'button';
    strong.className = 'title row-link';
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

  state.nextMeeting = next_meeting ? next_meeting.id : null;
  fillFilters(dossiers, d.areas);
  setStatus('');
  show('passphrase', false);
  show('tabs', true);
  showTab(state.currentTab);
  document.body.dataset.ready = 'true';
}


export async function loadDashboard() {
  try {
    render(await invoke('dashboard'));
  } catch (e) {
    setStatus(e.message ?? String(e), true);
  }
}

// ---------- funds ----------

export function renderFunds(b) {
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
    label: `Area ${a.area}`, percent: a.bar_percent, display: `${a.allocated_display} allocated`, className: 'bar area',
  }));
  $('funds-chart').replaceChildren(barChart(bars, { labelW: 70, width: 600, ariaLabel: 'Allocations by thematic area' }));
}

// "Try the demo as": every seat of the demo's roster, each held by a demo key.
async function fillDemoRoles() {
  let roles;
  try {
    roles = await invoke('demo_roles');
  } catch (e) {
    showError($('demo-role-note'), e);
    return;
  }
  const select = $('demo-role');
  select.replaceChildren();
  for (const r of roles) {
    const o = document.createElement('option');
    o.value = r.seat;
    o.textContent = `${r.name} — ${r.group}`;
    o.selected = r.current;
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
    note.textContent = `You are now trying SC Desk as ${chosen}. Draft positions not yet sent were cleared.`;
  } catch (e) {
    showError(note, e);
  }
});

// In one's own workspace: the steps that make it a member's desk, each with its button.
const SETUP_TABS = { enrol: ['trust', 'Open Identity & roster'], roster: ['trust', 'Open Identity & roster'], files: ['import', 'Open Import files'] };

function renderSetup(steps) {
  const list = $('setup-steps');
  list.replaceChildren();
  show('setup-card', steps.some((s) => !s.done));
  for (const s of steps) {
    const li = document.createElement('li');
    li.dataset.step = s.step;
    li.className = s.done ? 'done' : '';
    const title = document.createElement('strong');
    title.textContent = s.done ? `${s.title} — done` : s.title;
    const detail = document.createElement('p');
    detail.className = 'muted';
    detail.textContent = s.detail;
    li.append(title, detail);
    if (!s.done) {
      const [tab, label] = SETUP_TABS[s.step];
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary';
      b.textContent = label;
      b.addEventListener('click', () => showTab(tab));
      li.appendChild(b);
    }
    list.appendChild(li);
  }
}

// The dashboard's switch between the demo and one's own workspace.
async function renderSwitch() {
  const w = await invoke('workspaces');
  const b = $('switch-workspace');
  if (w.current === 'demo') {
    b.dataset.which = 'mine';
    b.textContent = w.mine_exists ? 'Open my workspace' : 'Start my real workspace';
    $('switch-note').textContent = 'You are in the demo. Your own workspace is kept apart from it.';
  } else {
    b.dataset.which = 'demo';
    b.textContent = 'Open the demo';
    $('switch-note').textContent = 'The demo, with fictional data, is kept apart from this workspace.';
  }
  b.hidden = false;
}
