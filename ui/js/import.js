// Importing signed files, picked or dropped, with a line per file.

import { invoke } from './api.js';
import { $, cell, errorText } from './dom.js';
import { showTab } from './tabs.js';

// ---------- import ----------

export function addResultRows(name, results) {
  const body = $('import-results').querySelector('tbody');
  for (const r of results) {
    const tr = document.createElement('tr');
    tr.dataset.outcome = r.outcome;
    cell(tr, name);
    cell(tr, r.outcome_label, `result-${r.outcome} nowrap`);
    cell(tr, r.message);
    body.appendChild(tr);
  }
}

// Imports one file at a time so the progress bar moves with the batch.
export async function importBatch(items, read) {
  const bar = $('import-progress');
  bar.max = items.length;
  bar.value = 0;
  bar.hidden = false;
  let done = 0, rejected = 0, notImported = 0;
  for (const item of items) {
    let results;
    try {
      results = await read(item);
    } catch (e) {
      results = [{ outcome: 'rejected', outcome_label: 'Rejected', message: errorText(e) }];
    }
    rejected += results.filter((r) => r.outcome === 'rejected').length;
    notImported += results.filter((r) => r.outcome === 'not_imported').length;
    addResultRows(item.name ?? item, results);
    done += 1;
    bar.value = done;
    const held = notImported ? ` · ${notImported} not imported (the workspace could not take them)` : '';
    $('import-count').textContent = `${done} of ${items.length} files read · ${rejected} rejected${held}`;
  }
  document.body.dataset.importDone = String(Number(document.body.dataset.importDone ?? 0) + items.length);
}

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
