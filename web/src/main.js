// The page: two catalog inputs, the options, and the result of the engine (which runs in a worker).

import './style.css';
import sampleFromUrl from '../../examples/before.json?url';
import sampleToUrl from '../../examples/after.json?url';
import { h, icon } from './dom.js';
import { createEditor, revealStatement, setSql } from './editor.js';
import { parseExact, readable } from './readable.js';
import { count, countChips, renderSummary } from './summary.js';

const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------------
// The worker, restarted if the engine traps (out of memory), with the loaded sides sent again.

let worker;
let workerBroken = false;
let workerFailure = null;
let nextId = 1;
const pending = new Map();

function startWorker() {
  workerBroken = false;
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch (error) {
    // No worker at all (a browser without module workers, a blocked script): every request then
    // answers with this error instead of waiting for a reply that never comes.
    worker = null;
    workerBroken = true;
    workerFailure = String(error?.message ?? error);
    return;
  }
  worker.onmessage = (event) => {
    const { id, ...reply } = event.data;
    const request = pending.get(id);
    pending.delete(id);
    request?.(reply);
  };
  // The worker's script did not load, or an error escaped its message handler, or a reply could
  // not be read: whatever waits for a reply gets an error (else the page would wait forever), and
  // the next request starts a fresh worker.
  worker.onerror = (event) => {
    event.preventDefault();
    failWorker(event.message || 'the engine could not start');
  };
  worker.onmessageerror = () => failWorker('a reply from the engine could not be read');
}

function failWorker(message) {
  workerBroken = true;
  workerFailure = message;
  if (pending.size === 0) {
    // Nothing was waiting: say so, since the next diff starts the engine again.
    showPageError(`The engine stopped: ${message}. It restarts with the next change.`);
  }
  for (const [id, resolve] of pending) {
    pending.delete(id);
    resolve({ ok: false, error: { code: 'ENGINE', message, fatal: true } });
  }
}

function ask(message) {
  if (!worker) return Promise.resolve({ ok: false, error: { code: 'ENGINE', message: workerFailure ?? 'the engine could not start', fatal: true } });
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    try {
      worker.postMessage({ id, ...message });
    } catch (error) {
      pending.delete(id);
      resolve({ ok: false, error: { code: 'ERROR', message: String(error?.message ?? error) } });
    }
  });
}

async function request(message) {
  if (workerBroken) await restartWorker();
  const reply = await ask(message);
  if (reply.ok) return reply;
  if (reply.error.fatal) await restartWorker();
  const error = new Error(reply.error.message);
  Object.assign(error, reply.error);
  throw error;
}

async function restartWorker() {
  worker?.terminate();
  startWorker();
  if (!worker) return;
  for (const side of ['from', 'to']) {
    const input = state[side];
    if (input.blob && !input.error) {
      const reply = await ask({ type: 'load', side, blob: input.blob });
      if (!reply.ok) setSide(side, { ...input, error: reply.error, meta: null });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// State.

const state = {
  from: { blob: null, name: null, meta: null, error: null, loading: false },
  to: { blob: null, name: null, meta: null, error: null, loading: false },
  result: null,
  refused: null,
  generation: 0,
};

const options = () => ({
  unsafe: $('opt-unsafe').checked,
  withPrivileges: $('opt-privileges').checked,
  createExtensionsOnly: $('opt-extensions').checked,
  ignoreExtensionVersions: $('opt-ignore-versions').checked,
  schema: $('opt-schema').value.trim() || null,
  excludeSchema: $('opt-exclude')
    .value.split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean),
});

// Work in flight (loads, diffs, debounced edits), counted in `data-pending` on <body> so that
// tests and scripts can wait for the page to settle.
let inFlight = 0;

function tracked(fn) {
  return (...args) => {
    document.body.dataset.pending = String(++inFlight);
    return Promise.resolve()
      .then(() => fn(...args))
      .finally(() => {
        document.body.dataset.pending = String(--inFlight);
      });
  };
}

/** `fn` after `ms` without another call; counted as in flight while it waits. */
function debounced(fn, ms) {
  let timer = null;
  return (...args) => {
    if (timer === null) document.body.dataset.pending = String(++inFlight);
    else clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      try {
        fn(...args);
      } catch (error) {
        showPageError(`Something went wrong: ${error?.message ?? error}`);
      } finally {
        document.body.dataset.pending = String(--inFlight);
      }
    }, ms);
  };
}

// ---------------------------------------------------------------------------------------------
// The two input cards.

const LABELS = {
  from: { title: 'FROM', hint: 'the schema you have now' },
  to: { title: 'TARGET', hint: 'the schema you want' },
};

const cards = {};

function buildCard(side) {
  const root = $(`side-${side}`);
  const file = h('input', { type: 'file', accept: '.json,application/json', hidden: true, 'aria-label': `${LABELS[side].title} catalog file` });
  const paste = h('textarea', {
    class: 'paste',
    placeholder: 'Paste catalog JSON here',
    spellcheck: 'false',
    hidden: true,
    'aria-label': `${LABELS[side].title} catalog JSON`,
  });
  const drop = h('div', { class: 'drop', tabindex: '0', role: 'group', 'aria-label': `${LABELS[side].title} catalog` });
  const error = h('div', { class: 'side-error', role: 'alert', hidden: true });
  root.append(
    h('div', { class: 'side-head' }, h('span', { class: `side-label ${side}` }, LABELS[side].title), h('span', { class: 'muted' }, LABELS[side].hint)),
    drop,
    paste,
    error,
    file,
  );
  cards[side] = { root, drop, paste, error, file };

  file.addEventListener('change', () => {
    if (file.files[0]) report(load(side, file.files[0], file.files[0].name));
    file.value = '';
  });
  paste.addEventListener(
    'input',
    debounced(() => {
      const text = paste.value;
      if (text.trim()) report(load(side, new Blob([text], { type: 'application/json' }), 'pasted JSON', { keepPaste: true }));
    }, 350),
  );
  root.addEventListener('dragover', (event) => {
    event.preventDefault();
    root.classList.add('dragging');
  });
  root.addEventListener('dragleave', (event) => {
    if (!root.contains(event.relatedTarget)) root.classList.remove('dragging');
  });
  root.addEventListener('drop', (event) => {
    event.preventDefault();
    root.classList.remove('dragging');
    const dropped = event.dataTransfer.files[0];
    if (dropped) report(load(side, dropped, dropped.name));
    else {
      const text = event.dataTransfer.getData('text/plain');
      if (text) report(load(side, new Blob([text], { type: 'application/json' }), 'dropped text'));
    }
  });
  // Pasting straight onto the card (Ctrl+V with the card focused) loads the clipboard's text.
  drop.addEventListener('paste', (event) => {
    const text = event.clipboardData.getData('text/plain');
    if (text) {
      event.preventDefault();
      report(load(side, new Blob([text], { type: 'application/json' }), 'pasted JSON'));
    }
  });
  drop.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && event.target === drop) {
      event.preventDefault();
      file.click();
    }
  });
  renderCard(side);
}

function renderCard(side) {
  const input = state[side];
  const { root, drop, paste, error, file } = cards[side];
  root.classList.toggle('loaded', Boolean(input.meta));
  root.classList.toggle('has-error', Boolean(input.error));
  root.classList.toggle('loading', input.loading);

  const pick = h('button', { class: 'button', type: 'button', onclick: () => file.click() }, icon('file'), 'Choose file');
  const pasteToggle = h(
    'button',
    {
      class: 'button ghost',
      type: 'button',
      'aria-expanded': String(!paste.hidden),
      onclick: () => {
        paste.hidden = !paste.hidden;
        if (!paste.hidden) paste.focus();
        renderCard(side);
      },
    },
    icon('clipboard'),
    paste.hidden ? 'Paste JSON' : 'Hide paste box',
  );

  if (input.loading) {
    drop.replaceChildren(h('div', { class: 'drop-body' }, h('span', { class: 'spinner' }), h('span', {}, `Reading ${input.name}…`)));
  } else if (input.meta) {
    drop.replaceChildren(
      h(
        'div',
        { class: 'drop-body loaded' },
        h('div', { class: 'file-line' }, icon('check'), h('strong', { class: 'file-name', title: input.name }, input.name), h('span', { class: 'muted' }, formatBytes(input.meta.bytes))),
        h('div', { class: 'meta' }, describeCatalog(input.meta)),
        h(
          'div',
          { class: 'drop-actions' },
          pick,
          pasteToggle,
          h('button', { class: 'button ghost', type: 'button', onclick: () => report(clear(side)), title: 'Remove this catalog' }, icon('x'), 'Clear'),
        ),
      ),
    );
  } else {
    drop.replaceChildren(
      h(
        'div',
        { class: 'drop-body' },
        h('div', { class: 'drop-icon' }, icon('upload')),
        h('div', {}, h('strong', {}, 'Drop a catalog JSON file'), h('span', { class: 'muted' }, ' or paste one')),
        h('div', { class: 'drop-actions' }, pick, pasteToggle),
      ),
    );
  }

  if (input.error) {
    const { title, body, hint } = explain(input.error);
    error.replaceChildren(
      h('div', { class: 'error-title' }, icon('alert'), title, input.name && h('span', { class: 'muted' }, ` · ${input.name}`)),
      h('div', { class: 'error-body' }, body),
      hint && h('div', { class: 'error-hint' }, hint),
    );
    error.hidden = false;
  } else {
    error.hidden = true;
  }
}

function describeCatalog(meta) {
  const c = meta.counts;
  const parts = [];
  if (meta.serverVersionNum) parts.push(`PostgreSQL ${pgVersion(meta.serverVersionNum)}`);
  const show = [
    ['schemas', 'schema'],
    ['tables', 'table'],
    ['views', 'view'],
    ['functions', 'function'],
    ['indexes', 'index'],
  ];
  for (const [key, noun] of show) {
    const n = c[key] ?? 0;
    if (n || key === 'tables') parts.push(`${n.toLocaleString('en')} ${n === 1 ? noun : key === 'indexes' ? 'indexes' : noun + 's'}`);
  }
  return parts.join(' · ');
}

function pgVersion(num) {
  const major = Math.floor(num / 10000);
  return major >= 10 ? `${major}.${num % 10000}` : `${major}.${Math.floor(num / 100) % 100}`;
}

/** A catalog error as a title the reader recognises, the engine's message and what to do. */
function explain(error) {
  const message = String(error.message).replace(/^(from|to): /, '');
  const fetchHint = h('span', {}, 'Make one with ', h('code', {}, 'migra-fetch -o file.json postgresql://…'));
  if (error.code === 'TOO_LARGE') return { title: 'Too large', body: message, hint: null };
  if (error.code === 'UNSUPPORTED_VERSION')
    return { title: 'Unknown catalog format version', body: message, hint: 'Open it with a newer migra-rs, or fetch the catalog again with this one.' };
  if (/^invalid JSON/i.test(message)) return { title: 'Not JSON', body: message, hint: fetchHint };
  if (/^not a catalog/i.test(message)) return { title: 'Not a catalog', body: message, hint: fetchHint };
  if (/^invalid catalog/i.test(message)) return { title: 'Not a valid catalog', body: message, hint: 'The JSON path above shows where it stops matching the catalog format.' };
  return { title: 'Cannot read this catalog', body: message, hint: null };
}

function setSide(side, next) {
  state[side] = next;
  renderCard(side);
  renderCommand();
}

const load = tracked(async (side, blob, name, { keepPaste = false } = {}) => {
  const { paste } = cards[side];
  if (!keepPaste) {
    paste.hidden = true;
    paste.value = '';
  }
  setSide(side, { blob, name, meta: null, error: null, loading: true });
  let next;
  try {
    const reply = await request({ type: 'load', side, blob });
    next = { blob, name, meta: reply.meta, error: null, loading: false };
  } catch (error) {
    next = { blob, name, meta: null, error, loading: false };
  }
  // A later load of the same side wins.
  if (state[side].blob !== blob) return;
  // A catalog that loads makes an earlier failure to fetch the sample old news.
  if (next.meta) showSampleError(null);
  setSide(side, next);
  recompute();
});

const clear = tracked(async (side) => {
  cards[side].paste.value = '';
  setSide(side, { blob: null, name: null, meta: null, error: null, loading: false });
  await request({ type: 'clear', side });
  recompute();
});

const swap = tracked(async () => {
  const from = state.from;
  const to = state.to;
  for (const [side, input] of [
    ['from', to],
    ['to', from],
  ]) {
    if (input.blob && !input.error) {
      await load(side, input.blob, input.name);
    } else {
      await request({ type: 'clear', side });
      setSide(side, { ...input, loading: false });
    }
  }
  recompute();
});

/** One sample file as a Blob; a failed request (offline, 404) rejects with what went wrong. */
async function fetchSample(url, name) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${name} could not be fetched (${error?.message ?? error}); are you offline?`);
  }
  if (!response.ok) throw new Error(`${name} could not be fetched: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return response.blob();
}

const loadSample = tracked(async () => {
  const button = $('sample');
  button.disabled = true;
  showSampleError(null);
  try {
    const [from, to] = await Promise.all([fetchSample(sampleFromUrl, 'before.json'), fetchSample(sampleToUrl, 'after.json')]);
    await Promise.all([load('from', from, 'before.json'), load('to', to, 'after.json')]);
  } catch (error) {
    showSampleError(error);
  } finally {
    button.disabled = false;
  }
});

function showSampleError(error) {
  const box = $('sample-error');
  if (!error) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.replaceChildren(
    h('div', { class: 'error-title' }, icon('alert'), 'The sample could not be loaded'),
    h('div', { class: 'error-body' }, String(error.message ?? error)),
    h('div', { class: 'error-hint' }, 'Load your own catalog files below, or try again.'),
  );
  box.hidden = false;
}

/** An error nothing else placed (a failed handler, an engine that stopped): a banner at the top. */
function showPageError(text) {
  const box = $('page-error');
  if (!box) return;
  box.replaceChildren(icon('alert'), h('span', {}, text), h('button', { class: 'button ghost', type: 'button', onclick: () => (box.hidden = true), 'aria-label': 'Dismiss' }, icon('x')));
  box.hidden = false;
}

/** Runs `promise` to its end from an event handler, showing a failure on the page. */
function report(promise) {
  Promise.resolve(promise).catch((error) => showPageError(`Something went wrong: ${error?.message ?? error}`));
}

// ---------------------------------------------------------------------------------------------
// The diff and its rendering.

let editor;

// Never rejects: whatever goes wrong in a diff or in showing it is shown on the page (it is
// called without waiting from loads, clears and option changes).
const recompute = tracked(async () => {
  const generation = state.generation + 1;
  try {
    await diffAndRender();
  } catch (error) {
    if (generation !== state.generation) return;
    document.querySelector('.results').dataset.busy = 'false';
    showError(error);
  }
});

async function diffAndRender() {
  const generation = ++state.generation;
  const ready = state.from.meta && state.to.meta;
  $('options-error').hidden = true;
  if (!ready) {
    state.result = null;
    showNothing();
    return;
  }
  setStatus('Diffing…', 'busy');
  document.querySelector('.results').dataset.busy = 'true';
  const started = performance.now();
  let reply;
  try {
    reply = await request({ type: 'diff', options: options() });
  } catch (error) {
    if (generation !== state.generation) return;
    document.querySelector('.results').dataset.busy = 'false';
    showError(error);
    return;
  }
  if (generation !== state.generation) return;
  document.querySelector('.results').dataset.busy = 'false';
  state.result = reply.result;
  state.refused = reply.refused ?? null;
  const renderStarted = performance.now();
  render();
  // Let the browser paint before reading the clock, so the time includes showing the result.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const total = performance.now() - started;
  const timing = { engineMs: reply.ms, renderMs: performance.now() - renderStarted, totalMs: total };
  document.body.dataset.lastDiffMs = String(Math.round(total));
  window.migraTiming = timing;
  const n = state.result.statements.length;
  setStatus(
    `${n ? `${n.toLocaleString('en')} statement${n === 1 ? '' : 's'}` : 'no differences'} · ${formatMs(timing.engineMs)} in the engine, ${formatMs(total)} in all`,
    'done',
  );
}

function render() {
  const result = state.result;
  const { total } = count(result.changes);
  const destructive = result.statements.filter((s) => s.destructive).length;
  $('totals').replaceChildren(result.changes.length ? countChips(total, { zeroes: true }) : '');

  const refusal = $('refusal');
  if (state.refused) {
    setSql(editor, state.refused);
    refusal.replaceChildren(
      h('div', { class: 'refusal-title' }, icon('shield'), 'The drop guard stopped this migration'),
      h(
        'p',
        {},
        `It removes things: ${destructive} destructive statement${destructive === 1 ? '' : 's'} (marked `,
        h('span', { class: 'badge danger solid' }, 'destructive'),
        ' in the list). migra prints only the line below and exits with status 3.',
      ),
      h(
        'p',
        { class: 'refusal-allow' },
        h('button', { class: 'button danger', type: 'button', onclick: () => setUnsafe(true) }, 'Allow destructive statements'),
        h('span', { class: 'muted' }, ' same as '),
        h('code', {}, 'migra --unsafe'),
      ),
    );
    refusal.hidden = false;
    $('sql-stats').textContent = 'refused';
  } else {
    refusal.hidden = true;
    setSql(editor, result.sql, result.statements);
    const n = result.statements.length;
    $('sql-stats').replaceChildren(
      n ? `${n.toLocaleString('en')} statement${n === 1 ? '' : 's'}` : '',
      destructive ? h('span', { class: 'badge danger solid' }, `${destructive} destructive`) : '',
    );
  }
  const hasSql = !state.refused && result.sql.length > 0;
  $('copy').disabled = !hasSql;
  $('download').disabled = !hasSql;

  const warnings = $('warnings');
  if (result.warnings.length) {
    warnings.replaceChildren(
      h('div', { class: 'warnings-title' }, icon('alert'), `${result.warnings.length} difference${result.warnings.length === 1 ? '' : 's'} not migrated`),
      h('ul', {}, result.warnings.map((w) => h('li', {}, w))),
    );
    warnings.hidden = false;
  } else {
    warnings.hidden = true;
  }

  const summary = $('summary');
  if (!result.changes.length) {
    summary.replaceChildren(
      h('div', { class: 'empty-state same' }, h('div', { class: 'big-check' }, icon('check')), h('p', {}, h('strong', {}, 'No differences.')), h('p', { class: 'muted' }, 'The schemas are the same; migra prints nothing and exits with status 0.')),
    );
    return;
  }
  renderSummary(summary, result, {
    reveal: (index) => {
      if (state.refused) return;
      revealStatement(editor, index);
    },
    definition: async (change) => {
      if (change.before != null || change.after != null) return { before: readableEntry(change.before), after: readableEntry(change.after) };
      const reply = await request({ type: 'definition', kind: change.kind, identity: change.identity });
      return { before: reply.before, after: reply.after };
    },
  });
}

/** A change's `before` or `after` (the engine writes the catalog entry as pretty JSON) in the
 * page's readable form, the same lines the worker makes from the catalogs themselves. */
function readableEntry(text) {
  if (text == null) return null;
  try {
    return readable(parseExact(text));
  } catch {
    return text;
  }
}

function showNothing() {
  setSql(editor, '');
  $('refusal').hidden = true;
  $('warnings').hidden = true;
  $('totals').replaceChildren();
  $('sql-stats').replaceChildren();
  $('copy').disabled = true;
  $('download').disabled = true;
  document.querySelector('.results').dataset.busy = 'false';
  const missing = ['from', 'to'].filter((s) => !state[s].meta).map((s) => LABELS[s].title);
  const broken = ['from', 'to'].filter((s) => state[s].error).map((s) => LABELS[s].title);
  const what = broken.length
    ? `${broken.join(' and ')} could not be read`
    : missing.length === 2
      ? 'Load two catalogs'
      : `Load the ${missing[0]} catalog`;
  const steps = h(
    'ol',
    { class: 'steps' },
    h('li', {}, h('strong', {}, 'Read each schema into a catalog file'), h('code', {}, 'migra-fetch -o before.json postgresql://…')),
    h('li', {}, h('strong', {}, 'Drop them on FROM and TARGET'), h('span', { class: 'muted' }, 'read by your browser, never uploaded')),
    h('li', {}, h('strong', {}, 'Review the SQL, then apply it'), h('code', {}, 'psql -1 -f migration.sql')),
  );
  $('summary').replaceChildren(
    h(
      'div',
      { class: 'empty-state' },
      h('p', {}, h('strong', {}, what), broken.length ? ': see the message above. Load another file, ' : ' to see what changes, ', 'or ', h('button', { class: 'link', type: 'button', onclick: () => report(loadSample()) }, 'try the sample pair'), '.'),
      broken.length ? null : steps,
    ),
  );
  setStatus('', '');
}

function showError(error) {
  if (error.argument === 'from' || error.argument === 'to') {
    setSide(error.argument, { ...state[error.argument], meta: null, error });
    showNothing();
    return;
  }
  const box = $('options-error');
  box.replaceChildren(icon('alert'), h('span', {}, String(error.message)));
  box.hidden = false;
  setStatus('', '');
  if (error.code === 'TOO_LARGE' || error.code === 'ENGINE') showNothing();
}

function setUnsafe(value) {
  $('opt-unsafe').checked = value;
  onOptionsChanged();
}

function setStatus(text, kind) {
  const status = $('status');
  status.textContent = text;
  status.dataset.state = kind;
}

function renderCommand() {
  const o = options();
  const quote = (s) => (/^[\w./@:-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);
  const parts = ['migra'];
  if (o.unsafe) parts.push('--unsafe');
  if (o.schema) parts.push('--schema', quote(o.schema));
  for (const s of o.excludeSchema) parts.push('--exclude-schema', quote(s));
  if (o.createExtensionsOnly) parts.push('--create-extensions-only');
  if (o.ignoreExtensionVersions) parts.push('--ignore-extension-versions');
  if (o.withPrivileges) parts.push('--with-privileges');
  parts.push(quote(fileName('from', 'from.json')), quote(fileName('to', 'target.json')));
  $('command-line').textContent = parts.join(' ');
}

function fileName(side, fallback) {
  const name = state[side].name;
  return name && /\.json$/i.test(name) ? name : fallback;
}

function onOptionsChanged() {
  renderCommand();
  report(recompute());
}

// ---------------------------------------------------------------------------------------------
// Copy and download.

async function copySql() {
  const text = editor.state.doc.toString();
  const button = $('copy');
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', { style: 'position:fixed;opacity:0' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  button.replaceChildren(icon('check'), 'Copied');
  setTimeout(() => button.replaceChildren(icon('copy'), 'Copy'), 1500);
}

function downloadSql() {
  const text = editor.state.doc.toString();
  const base = (name) => (name ?? '').replace(/\.json$/i, '') || null;
  const name = base(state.from.name) && base(state.to.name) ? `${base(state.from.name)}-to-${base(state.to.name)}.sql` : 'migration.sql';
  const url = URL.createObjectURL(new Blob([text], { type: 'application/sql' }));
  const a = h('a', { href: url, download: name.replace(/[^\w.-]+/g, '_') });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------------------------------------
// Helpers and start-up.

function formatBytes(bytes) {
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MB`;
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(1)} kB`;
  return `${bytes} B`;
}

function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.max(1, Math.round(ms))} ms`;
}

function main() {
  // The last resort for anything the handlers above did not place: a banner, not a console line.
  window.addEventListener('unhandledrejection', (event) => showPageError(`Something went wrong: ${event.reason?.message ?? event.reason}`));
  window.addEventListener('error', (event) => showPageError(`Something went wrong: ${event.message}`));
  startWorker();
  editor = createEditor($('editor'));
  buildCard('from');
  buildCard('to');
  $('swap').append(icon('swap'));
  $('swap').addEventListener('click', () => report(swap()));
  $('sample').addEventListener('click', () => report(loadSample()));
  $('copy').replaceChildren(icon('copy'), 'Copy');
  $('download').replaceChildren(icon('download'), 'Download .sql');
  $('copy').addEventListener('click', () => report(copySql()));
  $('download').addEventListener('click', () => report(downloadSql()));
  for (const id of ['opt-unsafe', 'opt-privileges', 'opt-extensions', 'opt-ignore-versions']) $(id).addEventListener('change', onOptionsChanged);
  const typed = debounced(onOptionsChanged, 300);
  for (const id of ['opt-schema', 'opt-exclude']) $(id).addEventListener('input', typed);
  renderCommand();
  showNothing();
  request({ type: 'init' }).then(
    () => (document.body.dataset.engine = 'ready'),
    (error) => {
      document.body.dataset.engine = 'failed';
      setStatus(`The engine could not start: ${error.message}`, 'error');
      showPageError(`The engine could not start: ${error.message}. Reload the page to try again.`);
    },
  );
  document.body.dataset.pending = '0';
  document.body.dataset.ready = 'true';
}

try {
  main();
} catch (error) {
  showPageError(`The page could not start: ${error?.message ?? error}`);
  throw error;
}
