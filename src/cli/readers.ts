/**
 * The widgets' own readers, run as the widgets run them, so that a file the checker passes is a file
 * the widgets show: the shared dataset (`readDataset`) and each widget's reading of it (the savings
 * chart's repeated periods and falling totals, the roster's emails and phone numbers, …), each
 * widget's own JSON and CSV forms, the checklist and its answers. Problems found by more than one
 * reader are reported once.
 */
import { isDataset, readDataset } from '../data/dataset.js';
import type { Outcome, Problem } from '../data/problem.js';
import { readKeyFigures, readKeyFiguresCsv } from '../components/key-figures/key-figures.data.js';
import { readRoster, readRosterCsv } from '../components/partner-roster/partner-roster.data.js';
import { readMapData } from '../components/partnership-map/partnership-map.data.js';
import { readChecklist } from '../components/readiness-checklist/readiness-checklist.data.js';
import { BUILTIN_ID, builtinChecklist } from '../components/readiness-checklist/readiness-checklist.builtin.js';
import { readState, reconcile } from '../components/readiness-checklist/readiness-checklist.state.js';
import { readSavings, readSavingsCsv } from '../components/savings-chart/savings-chart.data.js';
import { checkCouncils } from '../councils/checks.js';
import registerFile from '../councils/geo/councils.json';
import { Register, type RegisterFile } from '../councils/register.js';
import type { FileKind } from './words.js';

let register: Register | undefined;
/** The council register the widgets fetch from `geo/councils.json`, here built in. */
export const councilRegister = (): Register => (register ??= new Register(registerFile as unknown as RegisterFile));

const id = (p: Problem) => JSON.stringify([p.line, p.path, p.expected, p.params, p.text, p.received]);

/** Problems of several readers, each reported once, in the order found. */
function merge(...lists: Problem[][]): Problem[] {
  const seen = new Set<string>();
  return lists.flat().filter((p) => !seen.has(id(p)) && seen.add(id(p)));
}

/** A reader that throws is a bug, but the checker still reports it as a problem, not a crash. */
function guard<T>(read: () => Outcome<T>): Outcome<T> {
  try {
    return read();
  } catch (error) {
    return { problems: [{ path: '', text: { key: 'unexpected', values: { detail: error instanceof Error ? error.message : String(error) } } }] };
  }
}

const rosterFlags = (outcome: ReturnType<typeof readRoster>): Problem[] => (outcome.value?.rows ?? []).flatMap((row) => row.flags);

/**
 * Checks the shared dataset as the widgets do: its council codes against the council register (the
 * problems found are warnings), then, with its councils completed from the register, every reader
 * that takes it. `dataset` is the input as given (the widgets complete it themselves).
 */
export function checkDataset(input: unknown, councils: Register = councilRegister()): { dataset?: unknown; problems: Problem[] } {
  const completed = checkCouncils(input, councils);
  const dataset = guard(() => readDataset(completed.input));
  if (!dataset.value) return { problems: merge(dataset.problems, completed.problems) };
  const given = input;
  input = completed.input;
  const roster = guard(() => readRoster(input));
  return {
    dataset: given,
    problems: merge(
      completed.problems,
      dataset.problems,
      guard(() => readSavings(input)).problems,
      roster.problems,
      rosterFlags(roster),
      guard(() => readKeyFigures(input)).problems,
      guard(() => readMapData(input)).problems
    )
  };
}

/** What a parsed JSON file is, from its shape; undefined when it is none of the files widgets read. */
export function jsonKind(input: unknown): FileKind | undefined {
  if (Array.isArray(input)) {
    const first = input.find((x) => typeof x === 'object' && x !== null) as Record<string, unknown> | undefined;
    if (!first) return undefined;
    if ('period' in first) return 'savings';
    if ('council' in first) return 'roster';
    if ('value' in first) return 'key-figures';
    return undefined;
  }
  if (typeof input !== 'object' || input === null) return undefined;
  if ('sections' in input) return 'checklist';
  if ('items' in input && 'checklist' in input) return 'answers';
  if (isDataset(input)) return 'dataset';
  if ('figures' in input) return 'key-figures';
  if ('series' in input) return 'savings';
  if ('partners' in input) return 'roster';
  return undefined;
}

/** Checks parsed JSON of a known kind with the widget's reader. */
export function checkJson(kind: FileKind, input: unknown): Problem[] {
  switch (kind) {
    case 'dataset':
      return checkDataset(input).problems;
    case 'key-figures':
      return guard(() => readKeyFigures(input)).problems;
    case 'savings':
      return guard(() => readSavings(input)).problems;
    case 'roster': {
      const roster = guard(() => readRoster(input));
      return merge(roster.problems, rosterFlags(roster));
    }
    case 'checklist':
      return guard(() => readChecklist(input)).problems;
    case 'answers': {
      const read = guard(() => readState(input));
      // Answers to the built-in checklist are also checked against its items.
      if (read.value?.checklist !== BUILTIN_ID) return read.problems;
      const { dropped } = reconcile(read.value.answers, builtinChecklist('en'));
      const unknown = dropped.map((item): Problem => ({ path: `items[${JSON.stringify(item)}]`, expected: 'oneOf', params: { options: 'an item of the built-in checklist' }, received: item }));
      return merge(read.problems, unknown);
    }
    default:
      return [];
  }
}

const CSV_KINDS: [FileKind, string[]][] = [
  ['savings', ['period', 'amount']],
  ['roster', ['council', 'name', 'role']],
  ['key-figures', ['value', 'label']]
];

/** What a CSV file is, by its header; undefined when it matches no widget's columns. */
export function csvKind(text: string): FileKind | undefined {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '')
    .split(',')
    .map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
  return CSV_KINDS.find(([, required]) => required.every((column) => header.includes(column)))?.[0];
}

/** Checks CSV text of a known kind; problems carry their file line, and `path` names the column. */
export function checkCsv(kind: FileKind, text: string): Problem[] {
  if (kind === 'savings') return guard(() => readSavingsCsv(text)).problems;
  if (kind === 'key-figures') return guard(() => readKeyFiguresCsv(text)).problems;
  if (kind === 'roster') {
    const roster = guard(() => readRosterCsv(text));
    return merge(roster.problems, rosterFlags(roster));
  }
  return [];
}
