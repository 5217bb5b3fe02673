// Importing signed files, picked or dropped, with a line per file.

import { invoke } from './api.js';
import { $, cell, errorDetails, errorText, setStatus } from './dom.js';
import { showTab } from './tabs.js';

// ---------- import ----------

const filesWord = (n) => (n === 1 ? '1 file' : `${n} files`);

// Each import is a group of its own, the newest on top.
function newGroup(count) {
  const group = document.createElement('section');
  group.className = 'import-group';
  const heading = document.createElement('h3');
  heading.textContent = `Imported at ${new Date().toLocaleTimeString()} · ${filesWord(count)}`;
  const table = document.createElement('table');
  table.className = 'data';
  const head = table.createTHead().insertRow();
  for (const title of ['File', 'Result', 'Details']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
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
    cell(tr, name);
    cell(tr, r.outcome_label, `result-${r.outcome} nowrap`);
    const message = cell(tr, r.message);
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
      results = [{ outcome: 'rejected', outcome_label: 'Rejected', message: errorText(e), detail: e?.detail }];
    }
    rejected += results.filter((r) => r.outcome === 'rejected').length;
    notImported += results.filter((r) => r.outcome === 'not_imported').length;
    addResultRows(body, item.name ?? item, results);
    done += 1;
    bar.value = done;
    const held = notImported ? ` · ${notImported} not imported (the workspace could not take them)` : '';
    $('import-count').textContent = `${done} of ${filesWord(items.length)} read · ${rejected} rejected${held}`;
  }
  bar.hidden = true;
  document.body.dataset.importDone = String(Number(document.body.dataset.importDone ?? 0) + items.length);
}

$('import-clear').addEventListener('click', () => {
  $('import-results').replaceChildren();
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

function line(parent, tag, text, cls) {
  const el = document.createElement(tag);
  el.textContent = text;
  if (cls) el.className = cls;
  parent.appendChild(el);
  return el;
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
    line(dl, 'dt', 'What it is');
    line(dl, 'dd', part.what);
    if (part.signed_by) {
      line(dl, 'dt', 'Signed by');
      line(dl, 'dd', part.signed_by);
      line(dl, 'dt', 'Key fingerprint');
      line(dl, 'dd', part.key, 'mono');
    }
    if (part.problem) {
      line(dl, 'dt', 'Check');
      line(dl, 'dd', part.problem, 'result-rejected');
    } else if (part.already_held) {
      line(dl, 'dt', 'Check');
      line(dl, 'dd', 'The signature holds. This workspace already holds this file.');
    } else {
      line(dl, 'dt', 'Check');
      line(dl, 'dd', 'The signature holds, under the roster this workspace trusts.', 'result-imported');
    }
    entry.appendChild(dl);
  }
  const actions = line(entry, 'div', '', 'actions');
  if (file.importable && !file.problem) {
    const yes = line(actions, 'button', 'Import it');
    yes.type = 'button';
    yes.addEventListener('click', async () => {
      closeOpened(entry);
      await importBatch([file.path], (path) => invoke('import_paths', { path }));
    });
    const no = line(actions, 'button', 'Do not import', 'secondary');
    no.type = 'button';
    no.addEventListener('click', () => closeOpened(entry));
  } else {
    const close = line(actions, 'button', 'Close', 'secondary');
    close.type = 'button';
    close.addEventListener('click', () => closeOpened(entry));
  }
  return entry;
}

// Shows the files opened since the last look, on the import tab.
export async function showOpenedFiles() {
  let files;
  try {
    files = await invoke('opened_files');
  } catch (e) {
    setStatus(errorText(e), true);
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
