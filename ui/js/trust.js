// Identity and roster: this workspace's key, pinning the FMU's roster, enrolment.

import { invoke } from './api.js';
import { $, cell, localDate, show, showError } from './dom.js';

// ---------- identity and roster ----------

export async function loadTrust() {
  try {
    renderTrust(await invoke('identity'));
  } catch (e) {
    showError($('pin-error'), e);
  }
}

export function renderTrust(t) {
  $('my-fingerprint').textContent = t.identity.fingerprint;
  $('my-seat').textContent = t.identity.seat_words ?? 'None on the pinned roster';
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
    // The seat's id is a detail, on hover.
    tr.title = `Seat ${s.id}`;
    cell(tr, `${s.name}${s.is_me ? ' (you)' : ''}`);
    cell(tr, s.group);
    cell(tr, s.organisation);
    cell(tr, s.term, 'nowrap');
    cell(tr, s.fingerprint, 'mono');
    body.appendChild(tr);
  }
}

export let rosterBytes = null;

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
    showError($('pin-error'), e);
  }
});

$('pin-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('pin-error').textContent = '';
  try {
    renderTrust(await invoke('pin_roster', { bytes: rosterBytes, fingerprint: $('pin-fingerprint').value }));
  } catch (e) {
    showError($('pin-error'), e);
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
    showError($('enrol-note'), e);
  }
});

$('backup-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const note = $('backup-note');
  note.textContent = '';
  if ($('backup-pass').value !== $('backup-pass-again').value) {
    note.textContent = 'The two passphrases differ: type the same passphrase twice.';
    return;
  }
  const path = await window.__TAURI__.dialog.save({ defaultPath: 'sc-desk-workspace.backup' });
  if (!path) return;
  try {
    const saved = await invoke('save_workspace_backup', { passphrase: $('backup-pass').value, path });
    $('backup-pass').value = '';
    $('backup-pass-again').value = '';
    note.textContent = `Saved the backup (${saved.kilobytes} KB) to ${path}.`;
  } catch (e) {
    showError(note, e);
  }
});
