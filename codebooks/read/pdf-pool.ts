// A small pool of worker threads reading PDFs (see pdf-items-worker.mjs). Idle workers do not keep
// the process alive.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { pdfKey, readCachedPages, writeCachedPages } from './pdf-cache';

export interface RawPdfItem {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

export type PdfPagesResult = { ok: true; pages: RawPdfItem[][] } | { ok: false; where: string; message: string };

interface Slot {
  worker: Worker;
  busy: boolean;
}

const WORKER_URL = new URL('./pdf-items-worker.mjs', import.meta.url);

/**
 * pdf.js's TrueType repair (`checkAndRepair`, run once per font) is one very large function that
 * V8 optimizes, throws away ("insufficient type feedback") and optimizes again some 20 times a cold
 * build: about 6 s of its compiler threads' time by `--trace-opt`. Left to V8's baseline tiers it
 * runs a little slower and the reading of the 48 PDFs takes about 2.5 s less CPU (four pairs in turn,
 * docs/speed.md, twelfth pass); the items are the same. V8's flags are the process's: workers
 * started after this line have it, and no function of ours has that name.
 */
setFlagsFromString('--turbo-filter=-checkAndRepair');
const slots: Slot[] = [];
const waiting: (() => void)[] = [];
let nextId = 0;

function size(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

async function acquire(): Promise<Slot> {
  for (;;) {
    const free = slots.find((s) => !s.busy);
    if (free) return claim(free);
    if (slots.length < size()) {
      // Plain JavaScript: no TypeScript loader (nor its source maps of pdf.js, a second a worker).
      const slot = { worker: new Worker(WORKER_URL, { execArgv: [] }), busy: false };
      slots.push(slot);
      return claim(slot);
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

function claim(slot: Slot): Slot {
  slot.busy = true;
  slot.worker.ref();
  return slot;
}

function release(slot: Slot): void {
  slot.busy = false;
  slot.worker.unref();
  waiting.shift()?.();
}

/** Reads under way, by the file's SHA-256: byte-identical copies (4 of the instrument PDFs) are read once. */
const reading = new Map<string, Promise<PdfPagesResult>>();
/** Reads started ahead (prefetchPdf), kept until a readPdfPages of the same bytes takes them. */
const early = new Map<string, Promise<PdfPagesResult>>();

/**
 * The positioned text items of each page of a PDF: from the cache, else read in a worker thread.
 * Callers share the result of a read of the same bytes (nobody changes the items).
 */
export function readPdfPages(data: Uint8Array): Promise<PdfPagesResult> {
  const key = pdfKey(data);
  let read = reading.get(key);
  if (!read) {
    const ahead = early.get(key);
    early.delete(key);
    read = (ahead ?? readOnce(key, data)).finally(() => reading.delete(key));
    reading.set(key, read);
  }
  return read;
}

/**
 * Starts reading a PDF whose SHA-256 is `sha256` before anyone asks for it (the build starts the
 * instrument PDFs while its own code is still loading); the next readPdfPages of these bytes
 * takes the result. Other bytes are not read: returns false.
 */
export function prefetchPdf(data: Uint8Array, sha256: string): boolean {
  const key = pdfKey(data);
  if (key !== sha256) return false;
  if (!early.has(key) && !reading.has(key)) {
    const read = readOnce(key, data);
    read.catch(() => {}); // reported to whoever takes it
    early.set(key, read);
  }
  return true;
}

async function readOnce(key: string, data: Uint8Array): Promise<PdfPagesResult> {
  const cached = readCachedPages(key);
  if (cached) return { ok: true, pages: cached };
  const read = await readInWorker(data);
  if (read.ok) writeCachedPages(key, read.pages);
  return read;
}

async function readInWorker(data: Uint8Array): Promise<PdfPagesResult> {
  const slot = await acquire();
  const id = nextId++;
  try {
    return await new Promise<PdfPagesResult>((resolve, reject) => {
      const onMessage = (m: { id: number } & PdfPagesResult) => {
        if (m.id !== id) return;
        cleanup();
        resolve(m);
      };
      const onError = (e: Error) => {
        cleanup();
        slots.splice(slots.indexOf(slot), 1);
        reject(e);
      };
      const cleanup = () => {
        slot.worker.off('message', onMessage);
        slot.worker.off('error', onError);
      };
      slot.worker.on('message', onMessage);
      slot.worker.on('error', onError);
      slot.worker.postMessage({ id, data });
    });
  } finally {
    release(slot);
  }
}
