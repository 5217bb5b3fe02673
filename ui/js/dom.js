// DOM helpers for every screen: finding elements, table cells, the bar chart, error
// text. No rules; dates, like amounts, arrive written by the library.

import { clear, data, l10n } from './l10n.js';

export const $ = (id) => document.getElementById(id);

export function show(id, visible) {
  $(id).hidden = !visible;
}

export function setStatus(text, isError = false) {
  const s = $('status');
  // What was there may have been a message kept in step with the language: no longer.
  delete s.dataset.l10nId;
  delete s.dataset.l10nArgs;
  s.textContent = text;
  s.classList.toggle('error', isError);
  s.hidden = !text;
}

export function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

// Horizontal bars, one per row, each with a label, a value and a tooltip: HTML, so that
// their words are the page's text at the page's sizes (an SVG scaled to its box drew them
// at odd sizes, each one more font to look up, and laid its text out more slowly).
// `rows` are {label, percent, display, className}: the bar's length in percent of the
// longest, and what it shows, both from the library. `labels` is the labels' share of the
// width.
export function barChart(rows, { labels, ariaLabel }) {
  const chart = document.createElement('div');
  chart.className = 'bars';
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', ariaLabel);
  chart.style.setProperty('--labels', labels);
  for (const r of rows) {
    const row = document.createElement('div');
    row.className = 'bar-row';
    row.title = `${r.label}: ${r.display}`;
    const label = document.createElement('span');
    label.className = 'bar-label';
    label.textContent = r.label;
    const fill = document.createElement('span');
    fill.className = r.className;
    // The library gives each bar's length in percent of the longest: no money here.
    const share = Math.min(Math.max(Number(r.percent) / 100, 0), 1) || 0;
    fill.style.setProperty('--share', String(share));
    const value = document.createElement('span');
    value.className = 'bar-value';
    value.textContent = r.display;
    const track = document.createElement('span');
    track.className = 'bar-track';
    track.append(fill, value);
    row.append(label, track);
    chart.appendChild(row);
  }
  return chart;
}

export const errorText = (e) => e?.message ?? String(e);

// The sentence, and the technical detail (for support, or the FMU) behind "Details".
export function errorDetails(detail) {
  const d = document.createElement('details');
  d.className = 'error-detail';
  const summary = l10n(document.createElement('summary'), 'app-error-details');
  const pre = document.createElement('span');
  pre.className = 'error-detail-text';
  pre.setAttribute('translate', 'no');
  pre.textContent = detail;
  d.append(summary, pre);
  return d;
}

export function showError(node, e) {
  node.textContent = errorText(e);
  if (e?.detail) node.append(' ', errorDetails(e.detail));
}

// The library's sentence in `node`, in the language it was asked for (so data to the
// window), in place of what the node showed.
export function fail(node, e) {
  clear(node);
  showError(node, e);
  data(node);
}

export function option(select, value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  select.appendChild(o);
}

export function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
