// The window's words: every message shown comes from the language's Fluent catalogue,
// which the app hands over (`catalogue`: the same .ftl files the library formats its own
// messages with). The page's fixed text is marked `data-l10n-id` (and `data-l10n-args`,
// JSON) and translated here; code asks `t(id, args)`. No text is chosen here by rule.

import { invoke } from './api.js';
import { FluentBundle, FluentResource } from '../vendor/fluent-bundle/index.js';

let bundle = null;
let language = 'en';
let pseudo = false;
const listeners = [];

// The language the window shows: `en`, `fr` or `es`.
export const currentLanguage = () => language;

// The pseudo-locale (tests only) marks every message it formats, so that a test finds any
// text on screen that did not come from the catalogue.
const mark = (text) => (pseudo ? `[!! ${text} !!]` : text);

export function t(id, args) {
  const message = bundle?.getMessage(id);
  if (!message?.value) {
    console.error(`No message ${id} in the ${language} catalogue`);
    return id;
  }
  return mark(bundle.formatPattern(message.value, args ?? null));
}

// One of a message's attributes (`.aria-label`, `.placeholder`, `.title`).
export function tAttr(id, attribute, args) {
  const pattern = bundle?.getMessage(id)?.attributes?.[attribute];
  if (!pattern) {
    console.error(`No attribute ${attribute} of ${id} in the ${language} catalogue`);
    return id;
  }
  return mark(bundle.formatPattern(pattern, args ?? null));
}

// Translates `root` and what it holds: an element with `data-l10n-id` gets the message's
// value as its text (only leaf elements carry one) and its attributes as attributes.
export function translate(root = document.body) {
  const nodes = [...root.querySelectorAll('[data-l10n-id]')];
  if (root.dataset?.l10nId) nodes.push(root);
  for (const node of nodes) {
    const message = bundle?.getMessage(node.dataset.l10nId);
    if (!message) {
      console.error(`No message ${node.dataset.l10nId} in the ${language} catalogue`);
      continue;
    }
    const args = node.dataset.l10nArgs ? JSON.parse(node.dataset.l10nArgs) : null;
    // Text already in the language (the page's English, in English) is left as it is:
    // nothing for the window to lay out again.
    if (message.value) {
      const text = mark(bundle.formatPattern(message.value, args));
      if (node.textContent !== text) node.textContent = text;
    }
    for (const [name, pattern] of Object.entries(message.attributes ?? {})) {
      const text = mark(bundle.formatPattern(pattern, args));
      if (node.getAttribute(name) !== text) node.setAttribute(name, text);
    }
  }
}

// Marks `node` to be translated by `translate` (and at every change of language).
export function l10n(node, id, args) {
  node.dataset.l10nId = id;
  if (args) node.dataset.l10nArgs = JSON.stringify(args);
  else delete node.dataset.l10nArgs;
  translate(node);
  return node;
}

// The window's wording in `node`, from the catalogue: it follows a change of language
// by itself.
export function say(node, id, args) {
  node.removeAttribute('translate');
  return l10n(node, id, args);
}

// Marks `node` as data (a name, an amount, a date, what someone typed, the library's own
// words): not the window's wording, so no translation touches it. With `text`, shows it
// in place of any message the node held.
export function data(node, text) {
  if (text !== undefined) {
    forget(node);
    node.textContent = text;
  }
  node.setAttribute('translate', 'no');
  return node;
}

// Empties a note, forgetting the message it held.
export function clear(node) {
  forget(node);
  node.removeAttribute('translate');
  node.textContent = '';
}

function forget(node) {
  delete node.dataset.l10nId;
  delete node.dataset.l10nArgs;
}

// Called after each change of language, to draw again what code wrote with `t`.
export function onLanguageChange(f) {
  listeners.push(f);
}

// Loads the workspace's language from the app and translates the page.
export async function loadLanguage() {
  const c = await invoke('catalogue');
  const next = new FluentBundle(c.language, { useIsolating: false });
  for (const text of c.resources) {
    const errors = next.addResource(new FluentResource(text));
    for (const e of errors) console.error(`catalogue ${c.language}: ${e}`);
  }
  bundle = next;
  language = c.language;
  pseudo = c.pseudo;
  document.documentElement.lang = c.language;
  translate(document.body);
  document.title = t('app-title');
  for (const f of listeners) await f();
}
