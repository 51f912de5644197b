/**
 * Feeds random, malformed input to an element (fast-check, seeded) and checks that nothing throws out
 * of it and that it always shows something: content, an error (role="alert") or an empty state.
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { html, type LitElement } from 'lit';
import { settled } from './element.js';

export interface FuzzOptions {
  /** A tag to test, registered already. */
  tag: string;
  /** Valid inputs that the mutations start from. */
  seeds: unknown[];
  /** The selector of the element's content when it has data. */
  content: string;
  runs?: number;
  seed?: number;
}

/** Random JSON-like values, and valid inputs with parts replaced by random values. */
export function malformed(seeds: unknown[]): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(null, undefined, NaN, Infinity, -1, 1e308, '', '<img src=x onerror=alert(1)>', [], {})
  );
  const mutate = (value: unknown, depth: number): fc.Arbitrary<unknown> => {
    if (depth > 4 || value === null || typeof value !== 'object') return fc.oneof(fc.constant(value), junk);
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.length) return fc.oneof(fc.constant(value), junk);
    return fc.oneof(
      { weight: 1, arbitrary: junk },
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.nat(entries.length - 1), fc.boolean())
          .chain(([index, drop]) => {
            const [key, child] = entries[index]!;
            return mutate(child, depth + 1).map((replacement) => {
              const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...(value as object) };
              if (drop && !Array.isArray(value)) delete copy[key];
              else copy[key] = replacement;
              return copy;
            });
          })
      }
    );
  };
  return fc.oneof(junk, ...seeds.map((seed) => mutate(seed, 0)));
}

/** What the element shows: `content`, `error`, `empty`, or `blank` (a defect). */
export function shown(el: Element, content: string): 'content' | 'error' | 'empty' | 'blank' {
  const root = el.shadowRoot!;
  const error = root.querySelector('[part~="error"]');
  if (error && (error.getAttribute('role') === 'alert' || error.querySelector('[role="alert"]')) && error.textContent!.trim()) return 'error';
  if (root.querySelector('[part~="empty"]')?.textContent?.trim()) return 'empty';
  if (root.querySelector(content)) return 'content';
  return 'blank';
}

export async function fuzzElement({ tag, seeds, content, runs = 150, seed = 20261128 }: FuzzOptions): Promise<void> {
  const el = await fixture<LitElement>(html`<div></div>`).then((div) => {
    const created = document.createElement(tag) as LitElement & { data: unknown };
    div.append(created);
    return created;
  });
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fc.assert(
      fc.asyncProperty(malformed(seeds), async (input) => {
        el.data = input;
        await settled(el);
        const state = shown(el, content);
        const expected = input === undefined || input === null ? ['empty'] : ['content', 'error', 'empty'];
        expect(expected, `input ${safeJson(input)} left the element ${state}`).to.include(state);
        expect(thrown, `input ${safeJson(input)} threw`).to.deep.equal([]);
      }),
      { numRuns: runs, seed }
    );
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}
