// Dossiers: the list, search and filters, the comparison, the dossier page and the
// private note that saves itself.

import { invoke } from './api.js';
import { $, cell, el, localDate, option, show, showError } from './dom.js';

// ---------- dossiers ----------

export const selected = new Set();
export let filtersFilled = false;


export function fillFilters(dossiers, areas) {
  if (filtersFilled) return;
  filtersFilled = true;
  for (const a of areas ?? []) option($('f-area'), a.number, `Area ${a.number}: ${a.short || a.name}`);
  for (const r of [...new Set(dossiers.map((x) => x.region))].sort()) option($('f-region'), r, r);
}

export function query() {
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

export function tag(text, cls) {
  const t = document.createElement('span');
  t.className = `tag ${cls}`;
  t.textContent = text;
  return t;
}

export function showDossierList() {
  show('dossier-list-view', true);
  show('dossier-view', false);
  show('compare-view', false);
  loadDossiers();
}

export let listSeq = 0;
export async function loadDossiers() {
  const seq = ++listSeq;
  let list;
  try {
    list = await invoke('dossiers', { query: query(), paged: true });
  } catch (e) {
    showError($('list-count'), e);
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
    // The title is a button, so the row opens from the keyboard too (the click bubbles
    // to the row's handler).
    const strong = document.createElement('button');
    strong.type = 'button';
    strong.className = 'title row-link';
    strong.textContent = x.title;
    const ref = document.createElement('div');
    ref.className = 'muted ref';
    ref.textContent = `${x.reference} · version ${x.version} · ${x.region}`;
    title.append(strong, ref);
    cell(tr, x.countries.join(', '));
    // The area's few words under its number; the official name on hover.
    const area = cell(tr, `Area ${x.area}`);
    area.title = x.area_name;
    area.append(el('div', x.area_short, 'muted ref'));
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
  const shown = list.rows.length;
  $('list-count').textContent = list.matching > shown
    ? `The first ${shown.toLocaleString('en')} of ${list.matching.toLocaleString('en')} dossiers: add words or filters to find the others`
    : `${shown} dossier${shown === 1 ? '' : 's'}`;
  $('compare-button').disabled = selected.size < 2;
}

export let searchTimer = null;
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
    showError($('list-count'), e);
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

export let currentDossier = null;

export async function openDossier(id) {
  await flushNote();
  try {
    renderDossier(await invoke('dossier', { id }));
  } catch (e) {
    showError($('list-count'), e);
    return;
  }
  show('dossier-list-view', false);
  show('compare-view', false);
  show('dossier-view', true);
  window.scrollTo(0, 0);
}

export function fill(id, items, render) {
  const el = $(id);
  el.replaceChildren();
  for (const it of items) el.appendChild(render(it));
}

export function li(text, cls) {
  const l = document.createElement('li');
  l.textContent = text;
  if (cls) l.className = cls;
  return l;
}

export function renderDossier(p) {
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
      $('dv-error').textContent = '';
      try {
        await invoke('open_document', { id: d.id, name: doc.name });
      } catch (e) {
        showError($('dv-error'), e);
        // Without a program for it here, the document is saved where the member chooses.
        if (e.code !== 'no_viewer') return;
        const path = await window.__TAURI__.dialog.save({ defaultPath: doc.name });
        if (!path) return;
        try {
          await invoke('save_document', { id: d.id, name: doc.name, path });
          $('dv-error').textContent = `Saved ${path}.`;
        } catch (e2) {
          showError($('dv-error'), e2);
        }
      }
    });
    const t = document.createElement('span');
    t.textContent = ` ${doc.name} · ${doc.described}`;
    // The fingerprint is for whoever checks the file, one step away.
    t.title = `SHA-256 ${doc.sha256}`;
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

export async function act(cmd, args) {
  $('dv-error').textContent = '';
  // The page is drawn again from the library: first keep what was typed in the note.
  await flushNote();
  try {
    renderDossier(await invoke(cmd, { id: currentDossier, ...args }));
    return true;
  } catch (e) {
    showError($('dv-error'), e);
    return false;
  }
}

$('dossier-back').addEventListener('click', () => {
  flushNote();
  showDossierList();
});
$('dv-mark').addEventListener('click', () => act('mark_reviewed', { reviewed: $('dv-mark').dataset.reviewed !== 'true' }));
// The private note saves itself as the member types (and when they leave the page).
export let noteTimer = null;
export let noteDirty = false;
export async function flushNote() {
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
    showError($('dv-note-state'), e);
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
