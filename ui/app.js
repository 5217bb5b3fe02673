// SC Desk's window: a view over the JSON that the app's commands return. No rules live
// here; amounts arrive formatted, decisions arrive made. Each screen is a module in js/;
// this one starts the workspace.

import { invoke } from './js/api.js';
import { loadDashboard } from './js/dashboard.js';
import { $, setStatus, show, showError } from './js/dom.js';
import './js/tabs.js';
import './js/trust.js';
import { showOpenedFiles } from './js/import.js';
import './js/positions.js';
import './js/dossiers.js';
import './js/meeting.js';

let creatingPassphrase = false;

function askPassphrase(creating, reason) {
  setStatus('');
  creatingPassphrase = creating;
  $('passphrase-title').textContent = creating ? 'Protect your workspace with a passphrase' : 'Unlock the workspace';
  $('passphrase-help').textContent = creating
    ? 'This computer has no password store that SC Desk can use, so your workspace is locked with a passphrase you choose instead. Use at least 10 characters: several unrelated words are easy to remember and hard to guess. SC Desk never stores the passphrase.'
    : 'This workspace is protected by a passphrase.';
  // The technical reason is for whoever helps: one click away, not in the way.
  $('passphrase-reason').textContent = reason ?? '';
  $('passphrase-why').hidden = !creating || !reason;
  for (const id of ['passphrase-again-row', 'passphrase-warning', 'passphrase-strength']) $(id).hidden = !creating;
  $('passphrase-submit').textContent = creating ? 'Create the workspace' : 'Unlock';
  show('passphrase', true);
  $('passphrase-input').focus();
}

$('passphrase-input').addEventListener('input', async () => {
  if (!creatingPassphrase) return;
  const text = $('passphrase-input').value;
  const s = await invoke('passphrase_strength', { passphrase: text });
  const line = $('passphrase-strength');
  line.textContent = text ? [`Strength: ${s.label}.`, ...s.advice].join(' ') : '';
});

// The first start: the demo or one's own workspace.
function askFirstRun() {
  setStatus('');
  show('first-run', true);
  $('first-run-title').focus();
}

export async function chooseWorkspace(which) {
  try {
    show('first-run', false);
    show('tabs', false);
    document.body.dataset.ready = 'false';
    setStatus('Opening the workspace…');
    await handleStart(await invoke('choose_workspace', { which }));
  } catch (e) {
    setStatus(e.message ?? String(e), true);
  }
}

$('first-run-demo').addEventListener('click', () => chooseWorkspace('demo'));
$('first-run-mine').addEventListener('click', () => chooseWorkspace('mine'));
$('switch-workspace').addEventListener('click', (ev) => chooseWorkspace(ev.currentTarget.dataset.which));

async function handleStart(view) {
  if (view.state === 'choose') return askFirstRun();
  if (view.state === 'open') {
    await loadDashboard();
    return showOpenedFiles();
  }
  if (view.state === 'needs_passphrase') return askPassphrase(false);
  if (view.state === 'needs_new_passphrase') return askPassphrase(true, view.reason);
}

$('passphrase-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('passphrase-error').textContent = '';
  const input = $('passphrase-input');
  if (creatingPassphrase && input.value !== $('passphrase-again').value) {
    $('passphrase-error').textContent = 'The two passphrases differ: type the same passphrase twice.';
    return;
  }
  try {
    const view = await invoke('unlock', { passphrase: input.value });
    input.value = '';
    $('passphrase-again').value = '';
    const created = creatingPassphrase;
    await handleStart(view);
    if (created && view.state === 'open') {
      setStatus('Your workspace is ready. Back it up now (Identity & roster, "Back up this workspace"): a lost computer or a forgotten passphrase then loses nothing.');
    }
  } catch (e) {
    showError($('passphrase-error'), e);
  }
});

(async () => {
  try {
    await handleStart(await invoke('start'));
  } catch (e) {
    setStatus(e.message ?? String(e), true);
  }
})();


