// Importing signed files, picked or dropped, with a line per file.

import { invoke } from './api.js';
import { $, cell, errorDetails, errorText, setStatus } from './dom.js';
import { l10n } from './l10n.js';
import { showTab } from './tabs.js';

// ---------- import ----------

// Each import is a group of its own, the newest on top. Its words follow a change of
// language by themselves (the list stays on screen). Its local time of day is written as
// the library writes the other moments on screen, on the 24-hour clock that English (as
// the UN writes it), French and Spanish share: `toTimeString` begins "14:30:05".
function newGroup(count) {
  const group = document.createElement('section');
  group.className = 'import-group';
  const heading = document.createElement('h3');
  l10n(heading, 'import-group-heading', { time: new Date().toTimeString().slice(0, 8), count });
  const table = document.createElement('table');
  table.className = 'data';
  const head = table.createTHead().insertRow();
  for (const id of ['import-column-file', 'import-column-result', 'import-column-details']) {
    const th = document.createElement('th');
    th.scope = 'col';
    l10n(th, id);
    head.appendChild(th);
  }
  const body = table.createTBody();
  group.append(heading, table);
  $('import-results').prepend(group);
  $('import-clear').hidden = false;
  return body;
}

export function addResultRows(body, name, results) {
  for (const r of results) {
    const tr = document.createElement('tr');
    tr.dataset.outcome = r.outcome;
    // The file's name, and the library's words for what became of it: data.
    cell(tr, name).setAttribute('translate', 'no');
    const outcome = cell(tr, '', `result-${r.outcome} nowrap`);
    if (r.outcome_id) l10n(outcome, r.outcome_id);
    else {
      outcome.textContent = r.outcome_label;
      outcome.setAttribute('translate', 'no');
    }
    const message = cell(tr, '');
    const text = document.createElement('span');
    text.setAttribute('translate', 'no');
    text.textContent = r.message;
    message.append(text);
    if (r.detail) message.append(' ', errorDetails(r.detail));
    body.appendChild(tr);
  }
}

// Imports one file at a time so the progress bar moves with the batch.
export async function importBatch(items, read) {
  const bar = $('import-progress');
  bar.max = items.length;
  bar.value = 0;
  bar.hidden = false;
  const body = newGroup(items.length);
  let done = 0, rejected = 0, notImported = 0;
  for (const item of items) {
    let results;
    try {
      results = await read(item);
    } catch (e) {
      // The app refused the file before the library said anything: the outcome is ours.
      results = [{ outcome: 'rejected', outcome_id: 'import-rejected', message: errorText(e), detail: e?.detail }];
    }
    rejected += results.filter((r) => r.outcome === 'rejected').length;
    notImported += results.filter((r) => r.outcome === 'not_imported').length;
    addResultRows(body, item.name ?? item, results);
    done += 1;
    bar.value = done;
    l10n($('import-count'), 'import-count', { done, total: items.length, rejected, notImported });
  }
  bar.hidden = true;
  document.body.dataset.importDone = String(Number(document.body.dataset.importDone ?? 0) + items.length);
}

$('import-clear').addEventListener('click', () => {
  $('import-results').replaceChildren();
  delete $('import-count').dataset.l10nId;
  delete $('import-count').dataset.l10nArgs;
  $('import-count').textContent = '';
  $('import-clear').hidden = true;
});

$('import-files').addEventListener('change', async (ev) => {
  const files = Array.from(ev.target.files);
  ev.target.value = '';
  await importBatch(files, async (f) => invoke('import_file', { bytes: Array.from(new Uint8Array(await f.arrayBuffer())) }));
});

window.__TAURI__.event.listen('tauri://drag-drop', async (ev) => {
  $('dropzone').classList.remove('over');
  const paths = ev.payload.paths ?? [];
  if (!paths.length) return;
  showTab('import');
  await importBatch(paths, (path) => invoke('import_paths', { path }));
});
window.__TAURI__.event.listen('tauri://drag-enter', () => $('dropzone').classList.add('over'));
window.__TAURI__.event.listen('tauri://drag-leave', () => $('dropzone').classList.remove('over'));

// ---------- files opened from outside (double-clicked, or given to the app) ----------

// `text` is data (a file's name, the library's words about it); `id` a message.
function line(parent, tag, text, cls) {
  const el = document.createElement(tag);
  el.textContent = text;
  if (text) el.setAttribute('translate', 'no');
  if (cls) el.className = cls;
  parent.appendChild(el);
  return el;
}

function wording(parent, tag, id, cls) {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  parent.appendChild(el);
  return l10n(el, id);
}

function closeOpened(entry) {
  entry.remove();
  if (!$('opened-list').children.length) $('opened-card').hidden = true;
}

// One opened file: what each signed file in it is and who signed it, then the choice.
function openedEntry(file) {
  const entry = document.createElement('article');
  entry.className = 'opened';
  entry.dataset.path = file.path;
  line(entry, 'h3', file.name);
  if (file.problem) line(entry, 'p', file.problem, 'result-rejected');
  for (const part of file.parts) {
    const dl = document.createElement('dl');
    dl.className = 'opened-part';
    wording(dl, 'dt', 'import-opened-what');
    line(dl, 'dd', part.what);
    if (part.signed_by) {
      wording(dl, 'dt', 'import-opened-signed-by');
      line(dl, 'dd', part.signed_by);
      wording(dl, 'dt', 'import-opened-key');
      line(dl, 'dd', part.key, 'mono');
    }
    if (part.problem) {
      wording(dl, 'dt', 'import-opened-check');
      line(dl, 'dd', part.problem, 'result-rejected');
    } else if (part.already_held) {
      wording(dl, 'dt', 'import-opened-check');
      wording(dl, 'dd', 'import-opened-held');
    } else {
      wording(dl, 'dt', 'import-opened-check');
      wording(dl, 'dd', 'import-opened-holds', 'result-imported');
    }
    entry.appendChild(dl);
  }
  const actions = line(entry, 'div', '', 'actions');
  if (file.importable && !file.problem) {
    const yes = wording(actions, 'button', 'import-opened-import');
    yes.type = 'button';
    yes.addEventListener('click', async () => {
      closeOpened(entry);
      await importBatch([file.path], (path) => invoke('import_paths', { path }));
    });
    const no = wording(actions, 'button', 'import-opened-skip', 'secondary');
    no.type = 'button';
    no.addEventListener('click', () => closeOpened(entry));
  } else {
    const close = wording(actions, 'button', 'import-opened-close', 'secondary');
    close.type = 'button';
    close.addEventListener('click', () => closeOpened(entry));
  }
  return entry;
}

// Asks for the files opened since the last look; `showOpenedFiles` shows the answer.
export const askOpenedFiles = () => invoke('opened_files').then((files) => ({ files }), (error) => ({ error }));

// Shows the files opened since the last look (asked for now, or earlier), on the import tab.
export async function showOpenedFiles(asked = askOpenedFiles()) {
  const { files, error } = await asked;
  if (error) {
    setStatus(errorText(error), true);
    return;
  }
  if (!files.length) return;
  showTab('import');
  for (const f of files) $('opened-list').appendChild(openedEntry(f));
  $('opened-card').hidden = false;
  $('opened-title').focus();
}

// A file double-clicked while the app runs reaches this window (one app per workspace).
window.__TAURI__.event.listen('scdesk://opened-files', () => {
  if (document.body.dataset.ready === 'true') showOpenedFiles();
});
