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
  document.querySelectorAll('#tabs button').forEach((b) => {
    const active = b.dataset.tab === name;
    b.classList.toggle('active', active);
    if (active) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current');
  });
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

// Escape closes what is open: the question about unsaved positions (staying), a dossier
// or a comparison (back to the list), the files opened from outside.
document.addEventListener('keydown', (ev) => {
  if (ev.key !== 'Escape') return;
  const visible = (id) => {
    const el = document.getElementById(id);
    return el && !el.hidden && el.offsetParent !== null;
  };
  for (const [shown, button] of [
    ['pos-unsaved', 'pos-unsaved-stay'],
    ['dossier-view', 'dossier-back'],
    ['compare-view', 'compare-back'],
  ]) {
    if (visible(shown)) {
      ev.preventDefault();
      document.getElementById(button).click();
      return;
    }
  }
});
