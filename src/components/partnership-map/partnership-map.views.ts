/** What surrounds the drawing: the legend, notes, the tooltip, the selection and the list view. */
import { html, nothing, svg } from 'lit';
import { cuePatterns } from './partnership-map.svg.js';
import { fill, plural, type Locale } from '../../i18n/messages.js';
import type { Category, Highlight, MapCouncil, MapModel } from './partnership-map.data.js';
import type { MapItem, MapRender } from './partnership-map.layout.js';
import type { Absence, BuiltInRender } from './partnership-map.areas.js';
import type { MapMessages } from './partnership-map.messages.js';

export const councilName = (c: MapCouncil) => `${c.name} (${c.code})`;

/** The names of a council's partnerships, in data order. */
export function partnershipNames(model: MapModel, council: MapCouncil): string[] {
  return council.partnerships.map((id) => model.partnerships.get(id)?.name ?? id);
}

/** What a screen reader hears for an item, and what the tooltip says first. */
export function describeItem(item: MapItem, model: MapModel, m: MapMessages, locale: Locale): string {
  if (item.kind === 'partnership') {
    const p = model.partnerships.get(item.id)!;
    return `${p.name}: ${plural(locale, p.councils.length, m.partnershipOf)}`;
  }
  const council = model.councils.get(item.id)!;
  const names = partnershipNames(model, council);
  const where = names.length ? fill(m.inPartnerships, { names: names.join(', ') }) : m.noPartnerships;
  // The kind of service is said, not only coloured (A-S3).
  return `${councilName(council)}, ${where}${item.highlighted && item.category !== 'none' ? `, ${m.categories[item.category]}` : ''}`;
}

/** A partnership's name with its kind of service: "Adoption Central England (Front line)". */
const withKind = (model: MapModel, id: string, m: MapMessages) => {
  const p = model.partnerships.get(id);
  return p ? (p.category ? `${p.name} (${m.categories[p.category]})` : p.name) : id;
};

export function renderLegend(r: MapRender, m: MapMessages) {
  const used = new Set<Category | 'mixed' | 'none'>(r.items.filter((i) => i.highlighted).map((i) => i.category));
  const kinds = (['back-office', 'shared-management', 'front-line', 'mixed', 'none'] as const).filter((c) => used.has(c));
  if (!kinds.length && r.view !== 'network') return nothing;
  return html`<ul part="legend" class="legend" aria-label=${m.legend}>
    ${kinds.map(
      (c) => html`<li>
        <svg class="swatch-svg cat-${c}" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          ${cuePatterns(`legend-cue-${c}-`, 1)}
          <rect class="swatch-fill" x="0.5" y="0.5" width="15" height="15"></rect>
          ${c === 'front-line' ? nothing : svg`<rect class="cue" x="0.5" y="0.5" width="15" height="15" fill=${`url(#legend-cue-${c}-${c})`}></rect>`}
        </svg>${m.categories[c]}
      </li>`
    )}
    ${r.view === 'network'
      ? html`<li><span class="swatch shape-council" aria-hidden="true"></span>${m.council}</li>
          <li><span class="swatch shape-partnership" aria-hidden="true"></span>${m.partnership}</li>`
      : nothing}
  </ul>`;
}

/** A council the map lacks, with the reason when the built-in boundaries say it ("Cumbria (E10000006) (abolished in 2023)"). */
function missingName(c: MapCouncil, absent: Absence | undefined, m: MapMessages): string {
  const name = councilName(c);
  if (!absent) return name;
  if ('ended' in absent) return fill(m.absent.ended, { name, year: absent.ended });
  if ('began' in absent) return fill(m.absent.began, { name, year: absent.began });
  return fill(m.absent.noBoundary, { name });
}

export function renderNotes(r: MapRender | undefined, marked: Highlight, m: MapMessages) {
  const absent = r && 'absent' in r ? (r as BuiltInRender).absent : undefined;
  const notes = [
    ...(marked.unknown ? [fill(m.unknown[marked.unknown.kind], { id: marked.unknown.id })] : []),
    ...(r?.missing.length ? [fill(m.notOnMap, { names: r.missing.map((c) => missingName(c, absent?.get(c.code), m)).join(', ') })] : [])
  ];
  return notes.length ? html`<ul part="notes" class="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing;
}

/**
 * A sentence saying what the map shows (part `summary`): with `council`, the partnerships that council
 * is in; with a partnership, its kind and how many of its councils the map has; otherwise the count.
 */
export function renderSummary(model: MapModel, marked: Highlight, r: MapRender | undefined, m: MapMessages, locale: Locale) {
  const own = marked.council;
  if (own) {
    const names = partnershipNames(model, own);
    return html`<p part="summary" class="summary">
      ${names.length ? fill(m.partnershipsOf, { name: own.name, names: names.join(', ') }) : `${own.name}: ${m.noPartnerships}`}
    </p>`;
  }
  if (!r || r.view === 'network') return nothing;
  const wanted = marked.councils.size;
  const shown = wanted - r.missing.length;
  const councils = plural(locale, wanted, m.councilCount);
  const onMap = shown === wanted ? m.allOnMap : fill(m.someOnMap, { n: shown });
  const what = marked.partnership ? withKind(model, marked.partnership.id, m) : fill(m.inAll, { n: model.partnerships.size });
  return html`<p part="summary" class="summary">${fill(m.summary, { what, councils, onMap })}</p>`;
}

/** Problems with the geography: an error (`failed`, the title given) when nothing could be drawn from it, else what was left out. */
export function renderProblems(problems: string[], failed: string | undefined, skipped: string) {
  if (!problems.length) return nothing;
  return html`<div part=${failed ? 'error' : 'warnings'} class="state ${failed ? 'state--error' : 'state--warnings'}" role=${failed ? 'alert' : 'status'}>
    <p class="state__title">${failed ?? skipped}</p>
    <ul class="problems">${problems.map((p) => html`<li>${p}</li>`)}</ul>
  </div>`;
}

/** The selected council or partnership, with a button to clear the selection. */
/**
 * The selected council or partnership, with a button to clear it: a status region present from the
 * first render and filled when a user selects, so that screen readers announce the selection.
 */
export function renderDetails(description: string | undefined, m: MapMessages, onClear: () => void) {
  return html`<div part="details" class="details" role="status" ?hidden=${!description}>
    ${description ? html`<p>${fill(m.selected, { name: description })}</p><button part="button" type="button" @click=${onClear}>${m.clear}</button>` : nothing}
  </div>`;
}

export function renderTooltip(item: MapItem, model: MapModel, m: MapMessages) {
  if (item.kind === 'partnership') {
    const p = model.partnerships.get(item.id)!;
    const names = p.councils.map((code) => model.councils.get(code)?.name ?? code);
    return html`<div part="tooltip" class="tooltip" role="tooltip" data-x=${item.x} data-y=${item.y}>
      <p class="tooltip__title">${p.name}</p>
      ${p.category ? html`<p>${m.categories[p.category]}${p.serviceArea ? ` · ${p.serviceArea}` : ''}</p>` : nothing}
      <p>${names.join(', ')}</p>
    </div>`;
  }
  const council = model.councils.get(item.id)!;
  const names = partnershipNames(model, council);
  return html`<div part="tooltip" class="tooltip" role="tooltip" data-x=${item.x} data-y=${item.y}>
    <p class="tooltip__title">${council.name}</p>
    <p class="tooltip__code">${council.code}</p>
    <p>${names.length ? council.partnerships.map((id) => withKind(model, id, m)).join(', ') : m.noPartnerships}</p>
  </div>`;
}

/** Councils and their partnerships as a table: the accessible alternative to the drawing. */
export function renderList(
  model: MapModel,
  marked: Highlight,
  r: MapRender | undefined,
  m: MapMessages,
  onSelect: (code: string) => void,
  /** How many rows to draw (the rest come a frame later: RevealController). */
  limit = Infinity
) {
  const onMap = new Set(r?.items.map((i) => i.id));
  const councils = [...model.councils.values()]
    .sort((a, b) => Number(marked.councils.has(b.code)) - Number(marked.councils.has(a.code)) || a.name.localeCompare(b.name))
    .slice(0, limit);
  // In a scrolling region of its own, so that a narrow screen (320 px) scrolls the table, not the page.
  return html`<div class="table-wrap" role="region" aria-labelledby="list-caption" tabindex="0"><table part="table" id="list" class="list">
    <caption id="list-caption">${m.listCaption}</caption>
    <thead><tr>
      <th scope="col">${m.columns.council}</th><th scope="col">${m.columns.code}</th>
      <th scope="col">${m.columns.partnerships}</th>${r ? html`<th scope="col">${m.columns.onMap}</th>` : nothing}
    </tr></thead>
    <tbody>
      ${councils.map(
        (c) => html`<tr data-code=${c.code} class=${marked.councils.has(c.code) ? 'marked' : ''}>
          <th scope="row"><button type="button" class="link-button" @click=${() => onSelect(c.code)}>${c.name}</button>
            ${marked.councils.has(c.code) ? html`<span class="tag">${m.highlighted}</span>` : nothing}</th>
          <td>${c.code}</td>
          <td>${c.partnerships.map((id) => withKind(model, id, m)).join(', ') || m.noPartnerships}</td>
          ${r ? html`<td>${onMap.has(c.code) ? m.yes : m.no}</td>` : nothing}
        </tr>`
      )}
    </tbody>
  </table></div>`;
}

/** Under a map of the built-in boundaries: the year, the source (the licence asks for it wherever they are drawn), and in Welsh, that area names are English. */
export function renderAttribution(r: BuiltInRender, m: MapMessages) {
  return html`<p part="attribution" class="attribution">
    ${fill(m.areasOf, { year: r.builtIn.year })} ${m.namesInEnglish ? html`${m.namesInEnglish} ` : nothing}${r.builtIn.attribution}
  </p>`;
}
