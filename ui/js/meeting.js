// The meeting screen: meetings, a new meeting, the tally, the chair's decisions and
// corrections, the written procedure and the records.

import { invoke } from './api.js';
import { $, cell, el, fail, option, show } from './dom.js';
import { clear, data, say, t } from './l10n.js';

// A choice whose label is the library's (an outcome, a source, an attendance).
function dataOption(select, value, label) {
  option(select, value, label);
  select.lastChild.setAttribute('translate', 'no');
}

// ---------- meeting (tally and decisions) ----------

export let meetingId = null;
export let organiser = false;

export async function loadMeetings() {
  try {
    const me = await invoke('identity');
    organiser = !!me.identity?.may_organise;
    show('mt-new', organiser);
    const list = await invoke('meetings');
    const sel = $('mt-select');
    sel.replaceChildren();
    // The status is a code ("in session"): each has its words in the catalogue.
    for (const m of list) option(sel, m.id, t('meeting-list-entry', { title: m.title, status: m.status.replaceAll(' ', '-') }));
    // Open on the meeting in session, else the next one, else the latest.
    const pick = list.find((m) => m.status === 'in session') ?? list.find((m) => m.status === 'upcoming' || m.status === 'open');
    if (!meetingId && list.length) meetingId = (pick ?? list[list.length - 1]).id;
    if (meetingId) sel.value = meetingId;
    if (meetingId) renderMeeting(await invoke('meeting_view', { meeting: meetingId }));
  } catch (e) {
    fail($('mt-error'), e);
  }
}

// ---------- a new meeting (chair or FMU) ----------

$('mt-new').addEventListener('click', async () => {
  clear($('nm-error'));
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
      // The dossier's title, reference and status: data.
      const text = document.createElement('span');
      text.setAttribute('translate', 'no');
      text.textContent = d.title;
      const ref = document.createElement('span');
      ref.className = 'ref-line';
      ref.textContent = `${d.reference} · ${d.status_label}`;
      text.append(ref);
      label.append(tick, text);
      box.append(label);
    }
  } catch (e) {
    fail($('nm-error'), e);
  }
  show('nm-card', true);
  $('nm-id').focus();
});

$('nm-cancel').addEventListener('click', () => show('nm-card', false));

$('nm-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  clear($('nm-error'));
  const at = new Date($('nm-at').value);
  if (Number.isNaN(at.getTime())) {
    say($('nm-error'), 'meeting-new-no-start');
    return;
  }
  const agenda = [
    ...[...$('nm-dossiers').querySelectorAll('input:checked')].map((tick) => ({ dossier: tick.value, text: '' })),
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
    say($('mt-file-note'), 'meeting-file-saved-send', { path });
  } catch (e) {
    fail($('nm-error'), e);
  }
});

$('mt-save-file').addEventListener('click', async () => {
  if (!meetingId) return;
  const path = await window.__TAURI__.dialog.save({ defaultPath: `meeting-${meetingId}.dsse` });
  if (!path) return;
  try {
    await invoke('save_meeting_file', { meeting: meetingId, path });
    clear($('mt-error'));
    say($('mt-file-note'), 'meeting-file-saved', { path });
  } catch (e) {
    fail($('mt-error'), e);
  }
});

$('mt-select').addEventListener('change', async () => {
  meetingId = $('mt-select').value;
  clear($('mt-file-note'));
  renderMeeting(await invoke('meeting_view', { meeting: meetingId }));
});

export function countsText(c) {
  return t('meeting-counts', { join: c.join, object: c.object, abstain: c.abstain, recuse: c.recuse, noAnswer: c.no_answer });
}

export function renderMeeting(v) {
  clear($('mt-error'));
  show('mt-save-file', organiser && v.has_signed_file);
  data($('mt-title'), v.title);
  // The place only where it adds to the kind ("Virtual" twice says nothing).
  const same = (a, b) => a.toLowerCase().startsWith(b.toLowerCase());
  const place = v.place && !same(v.kind_label, v.place) && !same(v.place, v.kind_label) ? ` · ${v.place}` : '';
  // The kind (the library's words), the date and the place: data.
  data($('mt-meta'), `${v.kind_label} · ${v.starts_at_display}${place}`);
  const note = el('span', v.quorum_note, 'muted');
  note.setAttribute('translate', 'no');
  $('mt-rule').replaceChildren(`${t('meeting-rule', { rule: v.rule, quorum: v.quorum_required })} `, note);
  show('mt-written', v.is_chair && !v.written_procedure && !v.decisions_final);
  show('mt-final', v.decisions_final);
  // A correction's note is the library's words.
  if (!v.decisions_final) clear($('mt-final'));
  else if (v.correction) data($('mt-final'), v.correction);
  else say($('mt-final'), 'meeting-final', { revision: String(v.revision) });
  if (v.written_procedure_display) {
    say($('mt-written-state'), 'meeting-written-state', {
      opened: v.written_procedure_display.opened_at,
      deadline: v.written_procedure_display.deadline,
    });
  } else {
    clear($('mt-written-state'));
  }
  const attendance = Object.fromEntries(v.attendance);
  const seats = $('mt-seats').querySelector('tbody');
  seats.replaceChildren();
  const first = v.items[0];
  for (const a of first ? first.answers : []) {
    const tr = document.createElement('tr');
    // People by name and constituency; the seat's id is a detail, on hover.
    const name = cell(tr, a.name);
    name.title = t('meeting-seat', { seat: a.seat });
    name.setAttribute('translate', 'no');
    cell(tr, a.group).setAttribute('translate', 'no');
    const received = v.answered.includes(a.seat);
    cell(tr, t(received ? 'meeting-position-received' : 'meeting-position-none'), received ? '' : 'muted');
    const td = cell(tr, '');
    const sel = document.createElement('select');
    sel.setAttribute('aria-label', t('meeting-attendance-of', { name: a.name }));
    option(sel, '', '—');
    for (const c of v.attendance_choices) dataOption(sel, c.value, c.label);
    sel.value = attendance[a.seat] ?? '';
    sel.disabled = !v.is_chair;
    sel.addEventListener('change', async () => {
      if (!sel.value) return;
      try {
        renderMeeting(await invoke('set_attendance', { meeting: v.id, seat: a.seat, status: sel.value }));
      } catch (e) {
        fail($('mt-error'), e);
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
    cell(tr, t('meeting-area', { area: String(a.area) })).title = a.name;
    cell(tr, a.earmarked_display, 'num').setAttribute('translate', 'no');
    cell(tr, a.allocated_display, 'num').setAttribute('translate', 'no');
    funds.appendChild(tr);
  }
  $('mt-pool').textContent = t('meeting-pool', { amount: v.funds.pool_available_display });

  const items = $('mt-items');
  items.replaceChildren();
  for (const it of v.items) items.appendChild(itemCard(v, it));
  show('mt-export-card', v.is_chair && !v.decisions_final && v.items.some((i) => i.decision));
  clear($('mt-export-note'));
  show('mt-record-card', v.decisions_final);
  if (!$('year-input').value) $('year-input').value = new Date(v.starts_at).getUTCFullYear();
}

export function itemCard(v, it) {
  const card = el('section', null, 'card item-card');
  card.dataset.item = it.item;
  card.appendChild(el('h3', t('meeting-item', { item: String(it.item), text: it.text })));
  if (it.dossier_title) {
    card.appendChild(el('p', t('meeting-item-dossier', { title: it.dossier_title, area: String(it.area ?? ''), budget: it.budget_display ?? '' }), 'muted'));
  }
  const tally = it.tally;
  card.appendChild(el('p', t('meeting-tally', { counts: countsText(tally.counts), participating: tally.participating })));
  // The tally's explanation is the library's words.
  const explanation = el('p', tally.explanation, `tally-line ${tally.rule_holds ? 'holds' : 'fails'}`);
  explanation.setAttribute('translate', 'no');
  card.appendChild(explanation);
  // The written procedure's state is a code (open, adopted, blocked): each has its words.
  if (it.written) card.appendChild(el('p', t('meeting-item-written', { state: it.written.state }), 'muted'));
  // People by name: the seat's id is only a detail, on hover.
  const names = Object.fromEntries((it.answers ?? []).map((a) => [a.seat, a.name]));
  for (const o of tally.objections) {
    const line = el('div', t('meeting-objection', { name: names[o.seat] ?? o.seat, reason: o.reason }), 'objection');
    line.title = t('meeting-seat', { seat: o.seat });
    card.appendChild(line);
  }
  if (it.decision) {
    const d = it.decision;
    const box = el('div', null, 'recorded');
    box.appendChild(el('strong', t('meeting-decision', { decision: it.decision_label ?? '' })));
    if (d.conditions) box.appendChild(el('div', t('meeting-decision-conditions', { conditions: d.conditions })));
    if (it.funding_display) box.appendChild(el('div', it.funding_display)).setAttribute('translate', 'no');
    if (d.override_reason) box.appendChild(el('div', t('meeting-decision-override', { reason: d.override_reason }), 'override'));
    card.appendChild(box);
  }
  if (!v.is_chair) return card;
  if (it.not_yet && !v.decisions_final) {
    card.appendChild(el('p', it.not_yet, 'muted not-yet')).setAttribute('translate', 'no');
    return card;
  }
  if (v.decisions_final) {
    // A signed decision is final: the form is read-only; a change is a correction.
    const open = el('button', t('meeting-correct'), 'secondary');
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
export function decisionForm(v, it, correcting) {
  const form = el('form', null, 'decision-form');
  const field = (label, input) => {
    const l = el('label', label);
    l.appendChild(input);
    form.appendChild(l);
    return l;
  };
  const outcome = el('select');
  option(outcome, '', t('meeting-choose-outcome'));
  for (const o of it.outcomes) dataOption(outcome, o.value, o.label);
  outcome.name = 'outcome';
  field(t('meeting-outcome'), outcome);
  const amount = el('input');
  amount.name = 'amount';
  amount.value = it.amount_input ?? '';
  amount.placeholder = t('meeting-amount-example');
  const source = el('select');
  source.name = 'source';
  v.sources.forEach((s, i) => dataOption(source, String(i), s.label));
  if (it.kind === 'funding') {
    field(t('meeting-amount'), amount);
    field(t('meeting-source'), source);
  }
  const conditions = el('input');
  conditions.name = 'conditions';
  field(t('meeting-conditions'), conditions).classList.add('wide');
  const override = el('input');
  override.name = 'override';
  override.placeholder = t('meeting-override-hint');
  field(t('meeting-override'), override).classList.add('wide');
  const reason = el('input');
  reason.name = 'correction';
  reason.placeholder = t('meeting-correction-hint');
  if (correcting) field(t('meeting-correction'), reason).classList.add('wide');
  const button = el('button', t(correcting ? 'meeting-sign-correction' : 'meeting-record-decision'));
  button.type = 'submit';
  form.appendChild(button);
  const error = el('p', '', 'error');
  form.appendChild(error);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear(error);
    if (!outcome.value) {
      say(error, 'meeting-outcome-missing');
      return;
    }
    const src = v.sources[Number(source.value)].value;
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
        say($('mt-file-note'), 'meeting-correction-saved', { path });
      } else {
        renderMeeting(await invoke('record_decision', { meeting: v.id, input }));
      }
    } catch (e) {
      fail(error, e);
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
    fail($('mt-error'), e);
  }
});

$('mt-print').addEventListener('click', async () => {
  const note = $('mt-record-note');
  clear(note);
  try {
    await invoke('print_record', { meeting: meetingId });
    say(note, 'meeting-record-open');
  } catch (e) {
    fail(note, e);
    // Without a PDF reader here, the record is saved where the chair chooses instead.
    if (e.code !== 'no_viewer') return;
    const path = await window.__TAURI__.dialog.save({ defaultPath: `decision-record-${meetingId}.pdf` });
    if (!path) return;
    try {
      await invoke('save_record', { meeting: meetingId, path, paper: $('mt-paper').value });
      say(note, 'meeting-record-saved-print', { path });
    } catch (e2) {
      fail(note, e2);
    }
  }
});

$('mt-save-pdf').addEventListener('click', async () => {
  const path = await window.__TAURI__.dialog.save({ defaultPath: `decision-record-${meetingId}.pdf` });
  if (!path) return;
  try {
    await invoke('save_record', { meeting: meetingId, path, paper: $('mt-paper').value });
    say($('mt-record-note'), 'meeting-saved', { path });
  } catch (e) {
    fail($('mt-record-note'), e);
  }
});

$('mt-written').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  clear($('mt-error'));
  // The input is in local time; the library stores UTC.
  const deadline = new Date($('mt-deadline').value).toISOString();
  try {
    renderMeeting(await invoke('open_written_procedure', { meeting: meetingId, deadline }));
  } catch (e) {
    fail($('mt-error'), e);
  }
});

window.__TAURI__.event.listen('record-progress', (ev) => {
  const bar = $('year-progress');
  bar.hidden = false;
  bar.max = ev.payload.total;
  bar.value = ev.payload.done;
  say($('year-note'), 'meeting-year-progress', { done: ev.payload.done, total: ev.payload.total });
});

$('year-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const year = Number($('year-input').value);
  const path = await window.__TAURI__.dialog.save({ defaultPath: `decision-records-${year}.pdf` });
  if (!path) return;
  clear($('year-note'));
  try {
    await invoke('save_year_records', { year, path, paper: $('mt-paper').value });
    say($('year-note'), 'meeting-saved', { path });
  } catch (e) {
    fail($('year-note'), e);
  }
});

$('register-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const note = $('register-note');
  clear(note);
  const path = await window.__TAURI__.dialog.save({ defaultPath: 'decisions-register' });
  if (!path) return;
  try {
    const r = await invoke('publish_register', {
      path,
      from: $('register-from').value || null,
      to: $('register-to').value || null,
      iatiOrganisation: $('register-iati').value.trim() || null,
    });
    // What was left out is said by the library, one line each.
    note.replaceChildren(say(el('span'), 'meeting-register-published', { decisions: r.decisions, meetings: r.meetings, path }));
    for (const line of r.left_out) note.append(' ', say(el('span'), 'meeting-register-left-out', { line }));
  } catch (e) {
    fail(note, e);
  }
});
