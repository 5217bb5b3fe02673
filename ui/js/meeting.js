// The meeting screen: meetings, a new meeting, the tally, the chair's decisions and
// corrections, the written procedure and the records.

import { invoke } from './api.js';
import { $, cell, el, localDateTime, option, show, showError } from './dom.js';

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
    for (const m of list) option(sel, m.id, `${m.title} (${m.status})`);
    // Open on the meeting in session, else the next one, else the latest.
    const pick = list.find((m) => m.status === 'in session') ?? list.find((m) => m.status === 'upcoming' || m.status === 'open');
    if (!meetingId && list.length) meetingId = (pick ?? list[list.length - 1]).id;
    if (meetingId) sel.value = meetingId;
    if (meetingId) renderMeeting(await invoke('meeting_view', { meeting: meetingId }));
  } catch (e) {
    showError($('mt-error'), e);
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
    showError($('nm-error'), e);
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
    showError($('nm-error'), e);
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
    showError($('mt-error'), e);
  }
});

$('mt-select').addEventListener('change', async () => {
  meetingId = $('mt-select').value;
  $('mt-file-note').textContent = '';
  renderMeeting(await invoke('meeting_view', { meeting: meetingId }));
});

export function countsText(c) {
  return `${c.join} join · ${c.object} object · ${c.abstain} abstain · ${c.recuse} recuse · ${c.no_answer} no answer`;
}

export function renderMeeting(v) {
  $('mt-error').textContent = '';
  show('mt-save-file', organiser && v.has_signed_file);
  $('mt-title').textContent = v.title;
  // The place only where it adds to the kind ("Virtual" twice says nothing).
  const same = (a, b) => a.toLowerCase().startsWith(b.toLowerCase());
  const place = v.place && !same(v.kind_label, v.place) && !same(v.place, v.kind_label) ? ` · ${v.place}` : '';
  $('mt-meta').textContent = `${v.kind_label} · ${localDateTime(v.starts_at)}${place}`;
  $('mt-rule').textContent = `Decision rule: ${v.rule}. Quorum: ${v.quorum_required} members. `;
  $('mt-rule').append(el('span', v.quorum_note, 'muted'));
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
    // People by name and constituency; the seat's id is a detail, on hover.
    cell(tr, a.name).title = `Seat ${a.seat}`;
    cell(tr, a.group);
    cell(tr, v.answered.includes(a.seat) ? 'Received' : 'None', v.answered.includes(a.seat) ? '' : 'muted');
    const td = cell(tr, '');
    const sel = document.createElement('select');
    sel.setAttribute('aria-label', `Attendance of ${a.name}`);
    option(sel, '', '—');
    for (const c of v.attendance_choices) option(sel, c.value, c.label);
    sel.value = attendance[a.seat] ?? '';
    sel.disabled = !v.is_chair;
    sel.addEventListener('change', async () => {
      if (!sel.value) return;
      try {
        renderMeeting(await invoke('set_attendance', { meeting: v.id, seat: a.seat, status: sel.value }));
      } catch (e) {
        showError($('mt-error'), e);
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


export function itemCard(v, it) {
  const card = el('section', null, 'card item-card');
  card.dataset.item = it.item;
  card.appendChild(el('h3', `Item ${it.item}: ${it.text}`));
  if (it.dossier_title) card.appendChild(el('p', `${it.dossier_title} · Area ${it.area} · budget ${it.budget_display}`, 'muted'));
  const t = it.tally;
  card.appendChild(el('p', `${countsText(t.counts)} · ${t.participating} take part`));
  card.appendChild(el('p', t.explanation, `tally-line ${t.rule_holds ? 'holds' : 'fails'}`));
  if (it.written) card.appendChild(el('p', `Written procedure: ${it.written.state}`, 'muted'));
  // People by name: the seat's id is only a detail, on hover.
  const names = Object.fromEntries((it.answers ?? []).map((a) => [a.seat, a.name]));
  for (const o of t.objections) {
    const line = el('div', `Objection from ${names[o.seat] ?? o.seat}: ${o.reason}`, 'objection');
    line.title = `Seat ${o.seat}`;
    card.appendChild(line);
  }
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
export function decisionForm(v, it, correcting) {
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
  v.sources.forEach((s, i) => option(source, String(i), s.label));
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
        $('mt-file-note').textContent = `Saved the corrected decision file to ${path}. Send it to the members.`;
      } else {
        renderMeeting(await invoke('record_decision', { meeting: v.id, input }));
      }
    } catch (e) {
      showError(error, e);
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
    showError($('mt-error'), e);
  }
});

$('mt-print').addEventListener('click', async () => {
  const note = $('mt-record-note');
  note.textContent = '';
  try {
    await invoke('print_record', { meeting: meetingId });
    note.textContent = 'The record is open in your PDF reader: print it from there.';
  } catch (e) {
    showError(note, e);
    // Without a PDF reader here, the record is saved where the chair chooses instead.
    if (e.code !== 'no_viewer') return;
    const path = await window.__TAURI__.dialog.save({ defaultPath: `decision-record-${meetingId}.pdf` });
    if (!path) return;
    try {
      await invoke('save_record', { meeting: meetingId, path, paper: $('mt-paper').value });
      note.textContent = `Saved ${path}: open it with a PDF reader to print it.`;
    } catch (e2) {
      showError(note, e2);
    }
  }
});

$('mt-save-pdf').addEventListener('click', async () => {
  const path = await window.__TAURI__.dialog.save({ defaultPath: `decision-record-${meetingId}.pdf` });
  if (!path) return;
  try {
    await invoke('save_record', { meeting: meetingId, path, paper: $('mt-paper').value });
    $('mt-record-note').textContent = `Saved ${path}.`;
  } catch (e) {
    showError($('mt-record-note'), e);
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
    showError($('mt-error'), e);
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
    showError($('year-note'), e);
  }
});

$('register-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const note = $('register-note');
  note.textContent = '';
  const path = await window.__TAURI__.dialog.save({ defaultPath: 'decisions-register' });
  if (!path) return;
  try {
    const r = await invoke('publish_register', {
      path,
      from: $('register-from').value || null,
      to: $('register-to').value || null,
      iatiOrganisation: $('register-iati').value.trim() || null,
    });
    const decisions = r.decisions === 1 ? '1 decision' : `${r.decisions} decisions`;
    const meetings = r.meetings === 1 ? '1 meeting' : `${r.meetings} meetings`;
    note.textContent = `Published ${decisions} of ${meetings} in ${path}. Open index.html there to see it.`;
    for (const line of r.left_out) note.textContent += ` Not published: ${line}.`;
  } catch (e) {
    showError(note, e);
  }
});
