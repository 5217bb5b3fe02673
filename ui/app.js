// SC Desk's window: a view over the JSON that the app's commands return. No rules live
// here; amounts arrive formatted, decisions arrive made. Each screen is a module in js/;
// this one starts the workspace.

import { invoke } from './js/api.js';
import { loadDashboard } from './js/dashboard.js';
import { $, setStatus, show } from './js/dom.js';
import './js/tabs.js';
import './js/trust.js';
import './js/import.js';
import './js/positions.js';
import './js/dossiers.js';
import './js/meeting.js';

function askPassphrase(creating, reason) {
  setStatus('');
  $('passphrase-title').textContent = creating ? 'Protect your workspace with a passphrase' : 'Unlock the workspace';
  $('passphrase-help').textContent = creating
    ? `No OS keyring is available (${reason}). Choose a passphrase of at least 10 characters; SC Desk derives the database key from it and never stores it.`
    : 'This workspace is protected by a passphrase.';
  show('passphrase', true);
  $('passphrase-input').focus();
}

async function handleStart(view) {
  if (view.state === 'open') return loadDashboard();
  if (view.state === 'needs_passphrase') return askPassphrase(false);
  if (view.state === 'needs_new_passphrase') return askPassphrase(true, view.reason);
}

$('passphrase-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('passphrase-error').textContent = '';
  const input = $('passphrase-input');
  try {
    const view = await invoke('unlock', { passphrase: input.value });
    input.value = '';
    await handleStart(view);
  } catch (e) {
    $('passphrase-error').textContent = e.message ?? String(e);
  }
});

(async () => {
  try {
    await handleStart(await invoke('start'));
  } catch (e) {
    setStatus(e.message ?? String(e), true);
  }
})();


