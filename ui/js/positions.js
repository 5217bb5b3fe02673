// The member's positions on the next meeting: one form, saved together, then signed.

import { invoke } from './api.js';
import { $, cell, errorText, fail, option, show } from './dom.js';
import { clear, data, say, t } from './l10n.js';
import { state } from './state.js';

// ---------- positions ----------

export async function loadPositions() {
  if (!state.nextMeeting) {
    say($('pos-title'), 'positions-no-meeting');
    return;
  }
  try {
    renderPositions(await invoke('meeting_positions', { meeting: state.nextMeeting }));
  } catch (e) {
    fail($('pos-error'), e);
  }
}

// The positions form: every row is saved together with "Save positions"; leaving the
// tab with changes not saved asks first (nothing typed is lost silently).
export let positionsDirty = false;
export let positionsMeeting = null;

export function markPositions(dirty) {
  positionsDirty = dirty;
  if (dirty) say($('pos-save-state'), 'positions-not-saved');
  else clear($('pos-save-state'));
}

export function renderPositions(p) {
  positionsMeeting = p.meeting;
  markPositions(false);
  say($('pos-title'), 'positions-title', { title: p.title });
  data($('pos-when'), p.starts_at_display);
  const body = $('pos-table').querySelector('tbody');
  body.replaceChildren();
  for (const it of p.items) {
    const tr = document.createElement('tr');
    tr.dataset.item = it.item;
    cell(tr, String(it.item));
    cell(tr, it.text).setAttribute('translate', 'no');
    const select = document.createElement('select');
    select.name = 'stance';
    select.setAttribute('aria-label', t('positions-item-position', { item: String(it.item) }));
    // The positions' labels are the library's words.
    for (const [value, label] of [['', t('positions-not-decided')], ...p.stances.map((s) => [s.value, s.label])]) {
      const o = document.createElement('option');
      o.value = value;
      o.textContent = label;
      if (value) o.setAttribute('translate', 'no');
      o.selected = (it.stance ?? '') === value;
      select.appendChild(o);
    }
    const reason = document.createElement('input');
    reason.name = 'reason';
    reason.value = it.reason ?? '';
    reason.placeholder = t('positions-reason');
    select.addEventListener('change', () => markPositions(true));
    reason.addEventListener('input', () => markPositions(true));
    tr.append(document.createElement('td'), document.createElement('td'));
    tr.children[2].appendChild(select);
    tr.children[3].appendChild(reason);
    body.appendChild(tr);
  }
  $('pos-export').disabled = !!p.cannot_export;
  // Why no file can be exported yet: the library's words.
  data($('pos-export-note'), p.cannot_export ?? '');
  const list = $('pos-exported');
  list.replaceChildren();
  for (const f of p.exported) {
    const li = document.createElement('li');
    say(li, 'positions-file-sent', { sequence: String(f.sequence), counted: f.counted ? 'yes' : 'no' });
    li.dataset.sequence = f.sequence;
    // The file's fingerprint is for whoever checks it, one step away.
    li.title = `SHA-256 ${f.hash}`;
    list.appendChild(li);
  }
  if (!p.exported.length) {
    const li = document.createElement('li');
    li.className = 'muted';
    say(li, 'positions-none-yet');
    list.appendChild(li);
  }
}

// Saves every row with a position; the first refusal stops and is shown on its row.
export async function savePositions() {
  clear($('pos-error'));
  let last = null;
  for (const tr of $('pos-table').querySelectorAll('tbody tr')) {
    const stance = tr.querySelector('select').value;
    if (!stance) continue;
    const reason = tr.querySelector('input').value;
    try {
      last = await invoke('set_position', { meeting: positionsMeeting, item: Number(tr.dataset.item), stance, reason: reason || null });
    } catch (e) {
      say($('pos-error'), 'positions-item-error', { item: tr.dataset.item, message: errorText(e) });
      return false;
    }
  }
  if (last) renderPositions(last);
  markPositions(false);
  say($('pos-save-state'), 'positions-saved');
  return true;
}

$('pos-save').addEventListener('click', savePositions);

export function leavePositions() {
  show('pos-unsaved', false);
  const tab = state.pendingTab;
  state.pendingTab = null;
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
  state.pendingTab = null;
  show('pos-unsaved', false);
});

$('pos-export').addEventListener('click', async () => {
  clear($('pos-error'));
  const path = await window.__TAURI__.dialog.save({ defaultPath: `positions-${state.nextMeeting}.dsse` });
  if (!path) return;
  try {
    renderPositions(await invoke('save_positions', { meeting: state.nextMeeting, path }));
  } catch (e) {
    fail($('pos-error'), e);
  }
});
