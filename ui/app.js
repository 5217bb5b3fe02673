// SC Desk's window: a view over the JSON that the app's commands return. No rules live
// here; amounts arrive formatted, decisions arrive made. Each screen is a module in js/;
// this one starts the workspace, in the language chosen.

import { invoke } from './js/api.js';
import { loadDashboard } from './js/dashboard.js';
import { $, errorText, setStatus, show, showError } from './js/dom.js';
import { currentLanguage, l10n, loadLanguage, onLanguageChange, t } from './js/l10n.js';
import { showTab } from './js/tabs.js';
import { state } from './js/state.js';
import './js/trust.js';
import { askOpenedFiles, showOpenedFiles } from './js/import.js';
import { positionsDirty } from './js/positions.js';
import { currentDossier, openDossier } from './js/dossiers.js';
import './js/meeting.js';

let creatingPassphrase = false;

// A sentence of this window's on the status line, kept in step with the language (the
// next setStatus replaces it).
function statusMessage(id) {
  setStatus(t(id));
  $('status').dataset.l10nId = id;
}

function askPassphrase(creating, reason) {
  setStatus('');
  creatingPassphrase = creating;
  showPassphraseTexts();
  // The technical reason is for whoever helps: one click away, not in the way.
  $('passphrase-reason').textContent = reason ?? '';
  $('passphrase-why').hidden = !creating || !reason;
  for (const id of ['passphrase-again-row', 'passphrase-warning', 'passphrase-strength']) $(id).hidden = !creating;
  show('passphrase', true);
  $('passphrase-input').focus();
}

// The passphrase screen's words: creating a passphrase, or unlocking with it.
function showPassphraseTexts() {
  const creating = creatingPassphrase;
  l10n($('passphrase-title'), creating ? 'app-passphrase-create-title' : 'app-passphrase-unlock-title');
  l10n($('passphrase-help'), creating ? 'app-passphrase-create-help' : 'app-passphrase-unlock-help');
  l10n($('passphrase-submit'), creating ? 'app-passphrase-create-submit' : 'app-passphrase-unlock-submit');
}

// How strong the passphrase typed is: the library's judgement and advice, in its words.
async function showStrength() {
  if (!creatingPassphrase) return;
  const text = $('passphrase-input').value;
  const s = await invoke('passphrase_strength', { passphrase: text });
  const line = $('passphrase-strength');
  line.textContent = text ? [t('app-passphrase-strength', { label: s.label }), ...s.advice].join(' ') : '';
}

$('passphrase-input').addEventListener('input', showStrength);

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
    statusMessage('app-status-opening');
    await handleStart(await invoke('choose_workspace', { which }));
  } catch (e) {
    setStatus(errorText(e), true);
  }
}

$('first-run-demo').addEventListener('click', () => chooseWorkspace('demo'));
$('first-run-mine').addEventListener('click', () => chooseWorkspace('mine'));
$('switch-workspace').addEventListener('click', (ev) => chooseWorkspace(ev.currentTarget.dataset.which));

// Draws the page, which until the first screen was ready was neither laid out nor
// painted (style.css): once, in the workspace's language, and before anything takes the
// focus.
const reveal = () => document.documentElement.removeAttribute('data-starting');

async function handleStart(view) {
  if (view.state === 'open') {
    // Asked for at once, so that the answer travels while the dashboard is drawn.
    const opened = askOpenedFiles();
    await loadDashboard(view.dashboard, view.workspaces);
    reveal();
    return showOpenedFiles(opened);
  }
  reveal();
  if (view.state === 'choose') return askFirstRun();
  if (view.state === 'needs_passphrase') return askPassphrase(false);
  if (view.state === 'needs_new_passphrase') return askPassphrase(true, view.reason);
}

$('passphrase-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('passphrase-error').textContent = '';
  const input = $('passphrase-input');
  if (creatingPassphrase && input.value !== $('passphrase-again').value) {
    $('passphrase-error').textContent = t('app-passphrase-differ');
    return;
  }
  try {
    const view = await invoke('unlock', { passphrase: input.value });
    input.value = '';
    $('passphrase-again').value = '';
    const created = creatingPassphrase;
    await handleStart(view);
    if (created && view.state === 'open') statusMessage('app-status-ready');
  } catch (e) {
    showError($('passphrase-error'), e);
  }
});

// ---------- the language ----------

$('language').addEventListener('change', async (ev) => {
  const select = ev.currentTarget;
  try {
    await invoke('set_language', { language: select.value });
    await loadLanguage();
  } catch (e) {
    select.value = currentLanguage();
    setStatus(errorText(e), true);
  }
});

// Forms typed into since they were drawn: a change of language does not draw them again.
const typedIn = new WeakSet();
for (const kind of ['input', 'change']) {
  document.addEventListener(kind, (ev) => {
    const form = ev.target.closest?.('form');
    if (form) typedIn.add(form);
  });
}
const showing = (id) => {
  const node = $(id);
  return !!node && !node.closest('[hidden]');
};

// After a change of language the page's fixed text is already translated (loadLanguage
// does it); what code wrote is drawn again: the screen shown, read again from the app,
// whose words follow the language too. Nothing typed is lost: a form being filled in is
// left as it is.
async function redraw() {
  $('language').value = currentLanguage();
  if (showing('passphrase')) {
    showPassphraseTexts();
    await showStrength();
  }
  if (document.body.dataset.ready !== 'true') return;
  const tab = state.currentTab;
  if (tab === 'dashboard') return loadDashboard();
  if (tab === 'positions' && positionsDirty) return;
  if (tab === 'meeting' && [...document.querySelectorAll('#mt-items form')].some((f) => typedIn.has(f))) return;
  if (tab === 'dossiers' && showing('dossier-view') && currentDossier) {
    // The dossier open stays open, where it was read (openDossier saves the note first).
    const y = window.scrollY;
    await openDossier(currentDossier);
    window.scrollTo(0, y);
    return;
  }
  if (tab === 'dossiers' && showing('compare-view')) {
    $('compare-button').click();
    return;
  }
  showTab(tab);
}
onLanguageChange(redraw);

(async () => {
  // The workspace opens while the words load; nothing is shown before the language's
  // catalogue is here. A start that takes longer (the keyring asking to be unlocked)
  // shows its "Opening the workspace…" line meanwhile.
  const slow = setTimeout(reveal, 500);
  const starting = invoke('start').then((view) => ({ view }), (error) => ({ error }));
  const loading = loadLanguage();
  try {
    await loading;
  } catch (e) {
    console.error(`The catalogue could not be loaded: ${errorText(e)}`);
  }
  try {
    const { view, error } = await starting;
    if (error) throw error;
    await handleStart(view);
  } catch (e) {
    setStatus(errorText(e), true);
  }
  clearTimeout(slow);
  reveal();
  // Once the first screen is on the glass (two frames later), the app says so, for
  // `make bench` to time the start; it prints nothing unless asked.
  requestAnimationFrame(() => requestAnimationFrame(() => invoke('first_screen_painted', {
    screen: document.body.dataset.ready === 'true' ? 'dashboard' : 'other',
  }).catch(() => {})));
})();
