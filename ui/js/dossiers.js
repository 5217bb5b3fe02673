// Dossiers: the list, search and filters, the comparison, the dossier page and the
// private note that saves itself.

import { invoke } from './api.js';
import { $, cell, el, fail, option, show } from './dom.js';
import { clear, data, l10n, say, t, tAttr } from './l10n.js';

const dataCell = (row, text, className) => data(cell(row, text, className));
// ---------- dossiers ----------

export const selected = new Set();
export let filtersFilled = false;

export function fillFilters(dossiers, areas) {
  if (filtersFilled) return;
  filtersFilled = true;
  // Filled once: the areas' options follow a change of language by themselves.
  for (const a of areas ?? []) {
    option($('f-area'), a.number, '');
    l10n($('f-area').lastElementChild, 'dossiers-area-option', { area: String(a.number), name: a.short || a.name });
  }
  for (const r of [...new Set(dossiers.map((x) => x.region))].sort()) {
    option($('f-region'), r, r);
    data($('f-region').lastElementChild);
  }
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
  const span = document.createElement('span');
  span.className = `tag ${cls}`;
  span.textContent = text;
  return span;
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
    fail($('list-count'), e);
    return;
  }
  if (seq !== listSeq) return; // a newer search is on its way
  data($('review-progress'), list.progress.text);
  const body = $('dossier-list').querySelector('tbody');
  body.replaceChildren();
  for (const x of list.rows) {
    const tr = document.createElement('tr');
    tr.dataset.dossier = x.id;
    const pick = document.createElement('input');
    pick.type = 'checkbox';
    pick.checked = selected.has(x.id);
    pick.setAttribute('aria-label', tAttr('dossiers-compare-pick', 'aria-label', { title: x.title }));
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
    data(strong);
    const ref = document.createElement('div');
    ref.className = 'muted ref';
    ref.textContent = t('dossiers-row-reference', { reference: x.reference, version: String(x.version), region: x.region });
    title.append(strong, ref);
    dataCell(tr, x.countries.join(', '));
    // The area's few words under its number; the official name on hover.
    const area = cell(tr, t('dossiers-area', { area: String(x.area) }));
    area.title = x.area_name;
    area.append(data(el('div', x.area_short, 'muted ref')));
    const st = cell(tr, '');
    const pill = document.createElement('span');
    pill.className = `pill status-${x.status}`;
    pill.textContent = x.status_label;
    st.appendChild(data(pill));
    dataCell(tr, x.budget_display, 'num');
    const rv = cell(tr, '');
    if (x.reviewed) rv.appendChild(tag(t('dossiers-tag-reviewed'), 'reviewed'));
    else if (x.changed_since_review) rv.appendChild(tag(t('dossiers-tag-changed'), 'changed'));
    else rv.appendChild(tag(t('dossiers-tag-to-review'), 'todo'));
    if (x.on_agenda) rv.appendChild(tag(t('dossiers-tag-agenda'), 'agenda'));
    if (x.questions) rv.appendChild(tag(t('dossiers-tag-questions', { count: x.questions }), 'question'));
    if (x.conflict) rv.appendChild(tag(t('dossiers-tag-conflict'), 'conflict'));
    tr.addEventListener('click', () => openDossier(x.id));
    body.appendChild(tr);
  }
  const shown = list.rows.length;
  if (list.matching > shown) say($('list-count'), 'dossiers-count-first', { shown, matching: list.matching });
  else say($('list-count'), 'dossiers-count', { count: shown });
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
    fail($('list-count'), e);
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
    hr.appendChild(data(th));
  }
  head.appendChild(hr);
  // A line: its label (a message, or the library's name of a marker), then each dossier's
  // value (data, unless `isData` is false: a message that holds a number).
  const line = (label, f, cls, { labelIsData = false, isData = true } = {}) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = label;
    if (labelIsData) data(th);
    tr.appendChild(th);
    for (const r of c.rows) {
      const td = cell(tr, f(r), cls);
      if (isData) data(td);
    }
    body.appendChild(tr);
  };
  line(t('dossiers-compare-programme'), (r) => r.title);
  line(t('dossiers-compare-budget'), (r) => r.budget_display, 'budget');
  line(t('dossiers-compare-area'), (r) => r.area);
  line(t('dossiers-compare-countries'), (r) => r.countries);
  line(t('dossiers-compare-duration'), (r) => t('dossiers-months', { count: r.duration_months }), undefined, { isData: false });
  line(t('dossiers-compare-organisations'), (r) => String(r.organisations), undefined, { isData: false });
  for (const [id, name] of c.marker_names) line(name, (r) => r.markers[id], undefined, { labelIsData: true });
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
    fail($('list-count'), e);
    return;
  }
  show('dossier-list-view', false);
  show('compare-view', false);
  show('dossier-view', true);
  window.scrollTo(0, 0);
  // The link that opened it is hidden now: the keyboard goes on from the dossier's title.
  $('dv-title').focus({ preventScroll: true });
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
  clear($('dv-error'));
  say($('dv-ref'), 'dossiers-page-reference', { reference: d.reference });
  data($('dv-title'), d.title);
  say($('dv-meta'), 'dossiers-page-meta', {
    countries: d.countries.join(', '), region: d.region, area: String(d.area), areaName: p.row.area_name,
  });
  if (p.versions.length > 1) say($('dv-version'), 'dossiers-page-version-of', { version: String(d.version), count: p.versions.length });
  else say($('dv-version'), 'dossiers-page-version', { version: String(d.version) });
  const badges = $('dv-badges');
  badges.replaceChildren();
  const pill = document.createElement('span');
  pill.className = `pill status-${d.status}`;
  pill.textContent = p.row.status_label;
  badges.appendChild(data(pill));
  badges.append(' ');
  if (p.row.reviewed) badges.appendChild(tag(t('dossiers-tag-reviewed'), 'reviewed'));
  else if (p.row.changed_since_review) badges.appendChild(tag(t('dossiers-tag-changed-since-review'), 'changed'));
  if (p.row.on_agenda) badges.appendChild(tag(t('dossiers-tag-on-agenda'), 'agenda'));
  if (p.conflict) badges.appendChild(tag(t('dossiers-tag-conflict-declared'), 'conflict'));

  show('dv-conflict', !!p.conflict);
  if (p.conflict) {
    say($('dv-conflict'), 'dossiers-conflict-declared', { reason: p.conflict.reason.replace(/[.\s]+$/, '') });
  }

  show('dv-changes', p.changes.length > 0);
  const changes = $('dv-changes');
  changes.replaceChildren();
  if (p.changes.length) {
    const strong = document.createElement('strong');
    strong.textContent = t('dossiers-changes-since', { version: String(p.reviewed_version) });
    const table = document.createElement('table');
    table.className = 'data';
    const tb = document.createElement('tbody');
    for (const c of p.changes) {
      const tr = document.createElement('tr');
      dataCell(tr, c.field);
      dataCell(tr, c.before, 'muted');
      dataCell(tr, c.after);
      tb.appendChild(tr);
    }
    table.appendChild(tb);
    changes.append(strong, table);
  }

  show('dv-flags', p.flags.length > 0);
  $('dv-flags').replaceChildren();
  if (p.flags.length) {
    const strong = document.createElement('strong');
    strong.textContent = t('dossiers-consistency-checks');
    const ul = document.createElement('ul');
    // The checks' findings are the library's sentences.
    for (const f of p.flags) ul.appendChild(data(li(f.message)));
    $('dv-flags').append(strong, ul);
  }

  data($('dv-summary'), d.summary);
  const facts = $('dv-facts');
  facts.replaceChildren();
  const fact = (k, v, isData = true) => {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    if (isData) data(dd);
    facts.append(dt, dd);
  };
  fact(t('dossiers-fact-submitted-by'), d.resident_coordinator);
  fact(t('dossiers-fact-duration'), t('dossiers-fact-duration-value', { count: d.duration_months, date: p.start_date_display }), false);
  fact(t('dossiers-fact-total-budget'), p.budget_total);

  say($('dv-indirect-head'), 'dossiers-budget-indirect-head', { percent: p.indirect_percent_display });
  const bb = $('dv-budget').querySelector('tbody');
  bb.replaceChildren();
  for (const b of p.budget) {
    const tr = document.createElement('tr');
    dataCell(tr, b.organisation);
    dataCell(tr, b.direct, 'num');
    dataCell(tr, b.indirect, 'num');
    dataCell(tr, b.total, 'num');
    bb.appendChild(tr);
  }
  data($('dv-direct'), p.budget_direct);
  data($('dv-indirect'), p.budget_indirect);
  data($('dv-total'), p.budget_total);

  const mb = $('dv-markers').querySelector('tbody');
  mb.replaceChildren();
  for (const m of p.markers) {
    const tr = document.createElement('tr');
    // The markers' names, scores, meanings and minimums are the library's.
    dataCell(tr, m.name);
    if (m.code) dataCell(tr, `${m.code} — ${m.label}`, m.below_minimum ? 'error' : '');
    else cell(tr, t('dossiers-marker-missing'), 'error');
    dataCell(tr, m.definition ?? '', 'muted');
    dataCell(tr, m.minimum, 'num');
    mb.appendChild(tr);
  }
  fill('dv-objectives', p.objectives, (o) => li(t('dossiers-objective', { number: String(o.number), title: o.title })));
  say($('dv-sdgs'), 'dossiers-sdg-targets', { targets: d.sdg_targets.join(', ') });
  // The message chooses the kind of partner's words from its `kind`.
  fill('dv-partners', d.national_partners, (n) => li(t('dossiers-partner', { name: n.name, kind: n.kind })));
  data($('dv-review'), d.review.summary);
  const pb = $('dv-principles').querySelector('tbody');
  pb.replaceChildren();
  for (const pr of p.principles) {
    const tr = document.createElement('tr');
    dataCell(tr, pr.principle, 'nowrap');
    if (pr.assessment) dataCell(tr, pr.assessment, '');
    else cell(tr, t('dossiers-principle-not-assessed'), 'muted');
    pb.appendChild(tr);
  }
  fill('dv-documents', p.documents, (doc) => {
    const l = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary';
    b.textContent = t('dossiers-document-open');
    b.addEventListener('click', async () => {
      clear($('dv-error'));
      try {
        await invoke('open_document', { id: d.id, name: doc.name });
      } catch (e) {
        fail($('dv-error'), e);
        // Without a program for it here, the document is saved where the member chooses.
        if (e.code !== 'no_viewer') return;
        const path = await window.__TAURI__.dialog.save({ defaultPath: doc.name });
        if (!path) return;
        try {
          await invoke('save_document', { id: d.id, name: doc.name, path });
          say($('dv-error'), 'dossiers-document-saved', { path });
        } catch (e2) {
          fail($('dv-error'), e2);
        }
      }
    });
    // The file's name and the library's description of it.
    const name = data(document.createElement('span'));
    name.textContent = ` ${doc.name} · ${doc.described}`;
    // The fingerprint is for whoever checks the file, one step away.
    name.title = `SHA-256 ${doc.sha256}`;
    l.append(b, name);
    return l;
  });
  if (!p.documents.length) $('dv-documents').appendChild(li(t('dossiers-documents-none'), 'muted'));

  const version = String(d.version);
  if (p.row.reviewed) say($('dv-review-state'), 'dossiers-review-state-reviewed', { version });
  else if (p.reviewed_version) {
    say($('dv-review-state'), 'dossiers-review-state-changed', { reviewed: String(p.reviewed_version), version });
  } else say($('dv-review-state'), 'dossiers-review-state-none');
  if (p.row.reviewed) say($('dv-mark'), 'dossiers-mark-remove');
  else say($('dv-mark'), 'dossiers-mark-reviewed', { version });
  $('dv-mark').dataset.reviewed = String(p.row.reviewed);
  $('dv-note').value = p.note;
  data($('dv-note')); // the member's own words
  clear($('dv-note-state'));
  fill('dv-questions', p.questions, (q) => {
    // The member's own question, then the button.
    const l = document.createElement('li');
    l.append(el('span', q.text));
    data(l.firstChild);
    const x = document.createElement('button');
    x.type = 'button';
    x.className = 'secondary small';
    x.textContent = t('dossiers-question-remove');
    x.addEventListener('click', () => act('remove_question', { question: q.id }));
    l.append(' ', x);
    return l;
  });
  show('dv-conflict-none', !p.conflict);
  show('dv-conflict-some', !!p.conflict);
  if (p.conflict) data($('dv-conflict-text'), p.conflict.reason);
}

export async function act(cmd, args) {
  clear($('dv-error'));
  // The page is drawn again from the library: first keep what was typed in the note.
  await flushNote();
  try {
    renderDossier(await invoke(cmd, { id: currentDossier, ...args }));
    return true;
  } catch (e) {
    fail($('dv-error'), e);
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
    if (id === currentDossier) say($('dv-note-state'), 'dossiers-note-saved');
  } catch (e) {
    noteDirty = true;
    fail($('dv-note-state'), e);
  }
}
$('dv-note').addEventListener('input', () => {
  noteDirty = true;
  say($('dv-note-state'), 'dossiers-note-saving');
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
