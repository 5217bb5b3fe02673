// DOM helpers for every screen: finding elements, table cells, dates in local time,
// the bar chart, error text. No rules.

import { clear, currentLanguage, data, l10n } from './l10n.js';

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

// Dates in the language chosen, in the system's own variant of it where it has one
// (British or American English, Swiss or Canadian French, Mexican Spanish...).
function dateLocale() {
  const language = currentLanguage();
  for (const l of navigator.languages ?? [navigator.language]) {
    if (String(l).toLowerCase().split('-')[0] !== language) continue;
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([l]).length) return l;
    } catch {
      // not a language tag: the language alone
    }
  }
  return language;
}
// Each format is made once per language: making one reads the language's calendar data,
// several milliseconds the first time, which a start would otherwise pay on the way to
// the dashboard (`prepareDates` makes them while its data is on the way).
const dateFormats = new Map();
function dateFormat(style) {
  const key = `${currentLanguage()} ${style}`;
  if (!dateFormats.has(key)) {
    const options = style === 'date' ? { dateStyle: 'long' } : { dateStyle: 'medium', timeStyle: 'short' };
    dateFormats.set(key, new Intl.DateTimeFormat(dateLocale(), options));
  }
  return dateFormats.get(key);
}
export const localDate = (iso) => dateFormat('date').format(new Date(iso));
export const localDateTime = (iso) => dateFormat('time').format(new Date(iso));
export function prepareDates() {
  dateFormat('date').format(0);
  dateFormat('time').format(0);
}

// Horizontal bars as inline SVG: one per row, each with a label, a value and a tooltip.
// `rows` are {label, percent, display, className}: the bar's length in percent of the
// longest, and what it shows, both from the library.
export function barChart(rows, { labelW, width, ariaLabel }) {
  const svgNS = 'http://www.w3.org/2000/svg';
  const barH = 14, gap = 5, valueW = 130;
  const chartW = width - labelW - valueW;
  const svg = document.createElementNS(svgNS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${rows.length * (barH + gap)}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', ariaLabel);
  rows.forEach((r, i) => {
    const y = i * (barH + gap);
    // The library gives each bar's length in percent of the longest: no money here.
    const w = (Number(r.percent) / 100) * chartW;
    const label = document.createElementNS(svgNS, 'text');
    label.setAttribute('x', labelW - 8);
    label.setAttribute('y', y + barH - 4);
    label.setAttribute('text-anchor', 'end');
    label.setAttribute('class', 'bar-label');
    label.textContent = r.label;
    const bar = document.createElementNS(svgNS, 'rect');
    bar.setAttribute('x', labelW);
    bar.setAttribute('y', y);
    bar.setAttribute('height', barH);
    bar.setAttribute('width', Math.max(1, w));
    bar.setAttribute('class', r.className);
    const title = document.createElementNS(svgNS, 'title');
    title.textContent = `${r.label}: ${r.display}`;
    bar.appendChild(title);
    const value = document.createElementNS(svgNS, 'text');
    value.setAttribute('x', labelW + w + 6);
    value.setAttribute('y', y + barH - 4);
    value.setAttribute('class', 'bar-value');
    value.textContent = r.display;
    svg.append(label, bar, value);
  });
  return svg;
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
