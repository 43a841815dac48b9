// The page's side of the engine's worker (worker.js): requests and their replies, and a fresh
// worker whenever the engine traps (out of memory) or the worker fails. What the page does about
// it (a banner, loading the catalogs again) comes in through `startWorker`'s hooks.

let worker;
let workerBroken = false;
let workerFailure = null;
let nextId = 1;
const pending = new Map();
let hooks = { onStopped: () => {}, onRestarted: async () => {}, onProgress: () => {} };

/**
 * Starts the worker. `onStopped(message)`: the worker failed while no request was waiting (the
 * next request starts a fresh one). `onRestarted(ask)`: a fresh worker replaced a failed one, before
 * the request that started it is sent; `ask(message)` sends it a request and resolves to the raw
 * reply (`{ ok, error }`), without starting another worker. `onProgress(step)`: how loading SQL
 * into PGlite or verifying goes (`{ side, phase, ... }`, side `verify` for a verification).
 */
export function startWorker({ onStopped, onRestarted, onProgress } = {}) {
  hooks = {
    onStopped: onStopped ?? hooks.onStopped,
    onRestarted: onRestarted ?? hooks.onRestarted,
    onProgress: onProgress ?? hooks.onProgress,
  };
  spawn();
}

/** Sends `message` to the worker; resolves to its reply, or rejects with its error (with `code`). */
export async function request(message) {
  if (workerBroken) await restartWorker();
  const reply = await ask(message);
  if (reply.ok) return reply;
  if (reply.error.fatal) await restartWorker();
  const error = new Error(reply.error.message);
  Object.assign(error, reply.error);
  throw error;
}

function spawn() {
  workerBroken = false;
  try {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  } catch (error) {
    // No worker at all (a browser without module workers, a blocked script): every request then
    // answers with this error instead of waiting for a reply that never comes.
    worker = null;
    workerBroken = true;
    workerFailure = String(error?.message ?? error);
    return;
  }
  worker.onmessage = (event) => {
    if (event.data.progress) {
      hooks.onProgress(event.data.progress);
      return;
    }
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
    failWorker(event.message || "the engine could not start");
  };
  worker.onmessageerror = () => failWorker("a reply from the engine could not be read");
}

function failWorker(message) {
  workerBroken = true;
  workerFailure = message;
  if (pending.size === 0) {
    // Nothing was waiting: say so, since the next diff starts the engine again.
    hooks.onStopped(message);
  }
  for (const [id, resolve] of pending) {
    pending.delete(id);
    resolve({ ok: false, error: { code: "ENGINE", message, fatal: true } });
  }
}

function ask(message) {
  if (!worker)
    return Promise.resolve({
      ok: false,
      error: { code: "ENGINE", message: workerFailure ?? "the engine could not start", fatal: true },
    });
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    try {
      worker.postMessage({ id, ...message });
    } catch (error) {
      pending.delete(id);
      resolve({ ok: false, error: { code: "ERROR", message: String(error?.message ?? error) } });
    }
  });
}

async function restartWorker() {
  worker?.terminate();
  spawn();
  if (!worker) return;
  await hooks.onRestarted(ask);
}
