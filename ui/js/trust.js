// Identity and roster: this workspace's key, pinning the FMU's roster, enrolment.

import { invoke } from './api.js';
import { $, cell, fail, show } from './dom.js';
import { clear, data, say, t } from './l10n.js';

// ---------- identity and roster ----------

export async function loadTrust() {
  try {
    renderTrust(await invoke('identity'));
  } catch (e) {
    fail($('pin-error'), e);
  }
}

export function renderTrust(v) {
  data($('my-fingerprint'), v.identity.fingerprint);
  // The seat in words ("name, group") is the library's.
  if (v.identity.seat_words) data($('my-seat'), v.identity.seat_words);
  else say($('my-seat'), 'trust-no-seat');
  $('files-held').textContent = String(v.files_held);
  show('roster-none', !v.roster);
  show('roster-pinned', !!v.roster);
  if (!v.roster) return;
  $('roster-version').textContent = String(v.roster.version);
  data($('roster-issued'), v.roster.issued_on_display);
  const body = $('roster-table').querySelector('tbody');
  body.replaceChildren();
  for (const s of v.roster.seats) {
    const tr = document.createElement('tr');
    if (s.is_me) tr.className = 'me';
    // The seat's id is a detail, on hover.
    tr.title = t('trust-seat', { seat: s.id });
    if (s.is_me) cell(tr, t('trust-seat-me', { name: s.name }));
    else cell(tr, s.name).setAttribute('translate', 'no');
    cell(tr, s.group).setAttribute('translate', 'no');
    cell(tr, s.organisation).setAttribute('translate', 'no');
    cell(tr, s.term, 'nowrap').setAttribute('translate', 'no');
    cell(tr, s.fingerprint, 'mono').setAttribute('translate', 'no');
    body.appendChild(tr);
  }
}

export let rosterBytes = null;

$('roster-file').addEventListener('change', async (ev) => {
  clear($('pin-error'));
  const file = ev.target.files[0];
  if (!file) return;
  rosterBytes = Array.from(new Uint8Array(await file.arrayBuffer()));
  try {
    const p = await invoke('preview_roster', { bytes: rosterBytes });
    $('rp-version').textContent = String(p.version);
    $('rp-seats').textContent = String(p.seats);
    data($('rp-fmu'), p.fmu_seats.join('; '));
    data($('rp-fingerprint'), p.signer_fingerprints.join('\n'));
    show('roster-preview', true);
  } catch (e) {
    show('roster-preview', false);
    fail($('pin-error'), e);
  }
});

$('pin-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  clear($('pin-error'));
  try {
    renderTrust(await invoke('pin_roster', { bytes: rosterBytes, fingerprint: $('pin-fingerprint').value }));
  } catch (e) {
    fail($('pin-error'), e);
  }
});

$('enrol-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  clear($('enrol-note'));
  const path = await window.__TAURI__.dialog.save({ defaultPath: 'enrolment.dsse' });
  if (!path) return;
  try {
    await invoke('save_enrolment', { name: $('enrol-name').value, organisation: $('enrol-org').value, path });
    say($('enrol-note'), 'trust-enrolment-saved', { path });
  } catch (e) {
    fail($('enrol-note'), e);
  }
});

$('backup-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const note = $('backup-note');
  clear(note);
  if ($('backup-pass').value !== $('backup-pass-again').value) {
    say(note, 'trust-backup-differ');
    return;
  }
  const path = await window.__TAURI__.dialog.save({ defaultPath: 'sc-desk-workspace.backup' });
  if (!path) return;
  try {
    const saved = await invoke('save_workspace_backup', { passphrase: $('backup-pass').value, path });
    $('backup-pass').value = '';
    $('backup-pass-again').value = '';
    say(note, 'trust-backup-saved', { kilobytes: saved.kilobytes, path });
  } catch (e) {
    fail(note, e);
  }
});
