/**
 * What a widget's `willUpdate` compares before laying out again: the inputs of the last layout (data,
 * width, options), each by identity.
 */
export class Memo {
  private last: readonly unknown[] = [];

  /** Keeps `key` and returns the positions that differ from the last one, or undefined when none does. */
  changes(key: readonly unknown[]): number[] | undefined {
    const changed = key.flatMap((k, i) => (k === this.last[i] ? [] : [i]));
    if (!changed.length) return undefined;
    this.last = key;
    return changed;
  }
}
