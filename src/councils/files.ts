/**
 * Where the built-in council files are (`geo/councils.json`, the register; `geo/boundaries.json`,
 * the boundaries), and fetching them once per page however many widgets (and however many of the
 * library's files) ask for them.
 *
 * Where from, in this order: the element's `geo-base` attribute; the page-wide
 * `<meta name="shared-services-widgets-geo-base" content="…">`; the `geo/` folder beside the
 * widget's own script. Bundlers may rewrite `import.meta.url` (webpack makes it a build-time
 * `file://` address), so the first two must always work.
 */
import { fetchText, LoadError } from '../data/load.js';
import type { Problem } from '../data/problem.js';

export const GEO_BASE_META = 'shared-services-widgets-geo-base';
export const REGISTER_FILE = 'councils.json';
export const BOUNDARIES_FILE = 'boundaries.json';

/**
 * The `geo/` folder beside this script: `dist/geo/` for the built files, `src/councils/geo/` from
 * source. A module knows its own address (`import.meta.url`); the classic script (whose build has no
 * `import.meta`) knows it only while it first runs, as `document.currentScript`.
 */
function besideScript(): string | undefined {
  try {
    // Through a variable: bundlers rewrite `new URL('…', import.meta.url)` as an asset of their own.
    const here = import.meta.url || (typeof document === 'undefined' ? undefined : (document.currentScript as HTMLScriptElement | null)?.src);
    if (!here) return undefined;
    const url = new URL('geo/', here);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
const SCRIPT_BASE = besideScript();

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** The folder to read the council files from, for `host`; undefined when nothing says. */
export function geoBase(host: Element): string | undefined {
  const doc = host.ownerDocument;
  const given = host.getAttribute('geo-base')?.trim() || doc.querySelector(`meta[name="${GEO_BASE_META}"]`)?.getAttribute('content')?.trim();
  if (given) {
    try {
      return withSlash(new URL(given, doc.baseURI).href);
    } catch {
      return withSlash(given);
    }
  }
  return SCRIPT_BASE;
}

type Cache = Map<string, Promise<unknown>>;
const KEY = Symbol.for('shared-services-widgets.files');
/** One cache per page, shared by every copy of the library on it (two bundles share one fetch). */
function cache(): Cache {
  const holder = globalThis as unknown as Record<symbol, Cache | undefined>;
  return (holder[KEY] ??= new Map());
}

/**
 * A council file, parsed and made into what `make` returns, fetched once per page. The fetch is not
 * cancelled when one element stops waiting (others may want it); a failure is forgotten once
 * settled, so a later element tries again.
 */
export function sharedFile<T>(url: string, make: (json: unknown) => T, timeoutMs: number, signal: AbortSignal): Promise<T> {
  const files = cache();
  let pending = files.get(url) as Promise<T> | undefined;
  if (!pending) {
    const promise = fetchText(url, { signal: new AbortController().signal, timeoutMs: Math.max(timeoutMs, 30_000), format: 'json' }).then((f) =>
      make(JSON.parse(f.text))
    );
    pending = promise;
    files.set(url, promise);
    promise.catch(() => files.delete(url));
  }
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new LoadError({ path: '', text: { key: 'timeout', values: { src: url, seconds: timeoutMs / 1000 } } })), timeoutMs);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    pending!.then(
      (value) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', stop);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', stop);
        reject(error);
      }
    );
  });
}

/** Why a council file could not be had, as a problem: the load failure, or what was wrong with a broken file. */
export function fileProblem(error: unknown, url: string): Problem {
  if (error instanceof LoadError) return error.problem;
  return { path: '', text: { key: 'unexpected', values: { where: url, detail: error instanceof Error ? error.message : String(error) } } };
}
