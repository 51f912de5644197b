/**
 * The step the data controller runs before a widget reads the shared dataset: fetch the council
 * register (once per page) and check and complete the dataset's councils with it. Widgets that read
 * the dataset put it in their reader (`prepare: withCouncils`); the checklist, which does not, leaves
 * it out of its bundle.
 */
import { isDataset } from '../data/dataset.js';
import type { Problem } from '../data/problem.js';
import { checkCouncils, needsNames, type Checked } from './checks.js';
import { fileProblem, REGISTER_FILE, sharedFile } from './files.js';
import { Register, type RegisterFile } from './register.js';

export interface PrepareContext {
  /** The folder of the council files (see `geoBase`), if anything says where it is. */
  base: string | undefined;
  timeoutMs: number;
  signal: AbortSignal;
}

/** The register, fetched once per page from `base`. */
export function loadRegister(base: string, timeoutMs: number, signal: AbortSignal): Promise<Register> {
  return sharedFile(`${base}${REGISTER_FILE}`, (json) => new Register(json as RegisterFile), timeoutMs, signal);
}

/**
 * The dataset checked and completed from the register. When the register cannot be had, the dataset
 * is read as it is, with a note saying what to add, if it names councils by code alone.
 */
export async function withCouncils(input: unknown, context: PrepareContext): Promise<Checked> {
  if (!isDataset(input)) return { input, problems: [] };
  const { base, timeoutMs, signal } = context;
  const missing = (why: Problem | undefined): Checked => ({
    input,
    problems: needsNames(input)
      ? [{ path: '', warning: true, expected: 'registerMissing', params: { src: base ? `${base}${REGISTER_FILE}` : REGISTER_FILE }, ...(why ? { cause: why } : {}) }]
      : []
  });
  if (!base) return missing(undefined);
  try {
    return checkCouncils(input, await loadRegister(base, timeoutMs, signal));
  } catch (error) {
    if (signal.aborted) throw error;
    return missing(fileProblem(error, `${base}${REGISTER_FILE}`));
  }
}
