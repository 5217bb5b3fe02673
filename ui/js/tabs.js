// The tabs: which screen is shown, and leaving the positions form only once saved.

import { loadDashboard } from './dashboard.js';
import { show } from './dom.js';
import { flushNote, showDossierList } from './dossiers.js';
import { loadMeetings } from './meeting.js';
import { loadPositions, positionsDirty } from './positions.js';
import { loadTrust } from './trust.js';
import { state } from './state.js';

// ---------- tabs ----------


export function showTab(name) {
  state.currentTab = name;
  document.querySelectorAll('.tab').forEach((t) => { t.hidden = t.id !== `tab-${name}`; });
  document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
  if (name === 'trust') loadTrust();
  if (name === 'dossiers') showDossierList();
  if (name === 'meeting') loadMeetings();
  if (name === 'positions') loadPositions();
}

// The dashboard is read again each time it is shown: an import may have changed it.
document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => {
  if (state.currentTab === 'positions' && positionsDirty && b.dataset.tab !== 'positions') {
    state.pendingTab = b.dataset.tab;
    show('pos-unsaved', true);
    return;
  }
  flushNote();
  if (b.dataset.tab === 'dashboard') {
    state.currentTab = 'dashboard';
    loadDashboard();
  } else {
    showTab(b.dataset.tab);
  }
}));
