/**
 * A page of the table is made with DOM calls, a window of a long roster with templates (see
 * partner-roster.views.ts): both must draw the same rows. Every kind of row (flagged, illustrative,
 * highlighted, missing fields, a bad email or phone, partnerships shown) is drawn both ways and
 * compared element by element, attribute by attribute, and by each cell's text; then the kept rows
 * are checked to follow changes (highlight, language, sorting) and to keep focus.
 */
import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/partner-roster/partner-roster.js';
import type { SharedPartnerRoster } from '../../src/components/partner-roster/partner-roster.component.js';
import { readRoster } from '../../src/components/partner-roster/partner-roster.data.js';
import { layoutRoster, type RosterOptions } from '../../src/components/partner-roster/partner-roster.layout.js';
import { rosterMessages } from '../../src/components/partner-roster/partner-roster.messages.js';
import { renderTable, type ViewOptions } from '../../src/components/partner-roster/partner-roster.views.js';
import { catalogues } from '../../src/i18n/messages.js';
import { westMidlands } from '../fixtures/datasets.js';
import { settled, text } from '../helpers/element.js';

const list = [
  { council: 'E07000001', name: 'Plain', role: 'lead', share: 0.25, joined: '2019-04', services: ['Waste', 'Legal'], contact: { name: 'Ann', email: 'ann@example.org', phone: '024 7683 3333' } },
  { council: 'E07000002', name: 'Flagged', role: 'host', share: 'lots', joined: 'soon', services: ['ICT'], email: 'not an address', phone: 'x' },
  { council: 'E07000003', name: 'Illustrative', illustrative: true, contact: { email: 'b@example.org' } },
  { council: 'E07000004', name: 'Nothing else' },
  { council: 'E07000005', name: 'Highlighted', role: 'partner', share: 1.4, contact: { name: 'Cy', phone: '01234 567890', illustrative: true } },
  { council: 'E07000006', name: 'Bad role', role: 'boss', share: 0, services: [] },
  // Usual rows, also with no services, no date and a share of 0.
  { council: 'E07000007', name: 'Usual', role: 'partner', share: 0, services: [], contact: { name: 'Dee', email: 'dee@example.org', phone: '+44 20 7946 0000' } },
  { council: 'E07000008', name: 'Usual too', role: 'host', share: 0.5, joined: '2020-01', services: ['ICT'], contact: { name: 'Eve', email: 'eve@example.org', phone: '020 7946 0001' } }
];

/** An element's shape: tag, attributes but those only a window has, and children, whitespace and comments left out. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim() || undefined;
  if (node.nodeType !== Node.ELEMENT_NODE) return undefined;
  const e = node as Element;
  const attributes = [...e.attributes].filter((a) => !['data-index', 'aria-rowindex'].includes(a.name)).map((a) => `${a.name}=${a.value}`).sort();
  return { tag: e.tagName.toLowerCase(), ns: e.namespaceURI, attributes, children: [...e.childNodes].map(shape).filter((c) => c !== undefined) };
}

function draw(model: ReturnType<typeof readRoster>['value'], options: Partial<RosterOptions>, view: Partial<ViewOptions>, windowed: boolean) {
  const o: RosterOptions = { sort: 'council', descending: false, filter: '', group: 'none', m: rosterMessages.en, intlLocale: 'en-GB', ...options };
  const laid = layoutRoster(model!, windowed ? { ...o, window: [0, 1000] } : o);
  const box = document.createElement('div');
  document.body.append(box);
  render(
    renderTable(laid, {
      m: o.m,
      t: catalogues.en,
      caption: 'Partners',
      sort: o.sort,
      descending: o.descending,
      onSort: () => {},
      onSelect: () => {},
      council: 'E07000005',
      ...view,
      window: windowed ? { before: 0, after: 0 } : undefined
    }),
    box
  );
  return box;
}

const rows = (box: Element) => [...box.querySelectorAll('tbody:not(.spacer) > tr')];

describe('partner roster: a page made with DOM calls draws the rows a window does', () => {
  for (const [name, input, options, view] of [
    ['every kind of row', { partners: list }, {}, {}],
    ['grouped by role, in Welsh', { partners: list }, { group: 'role', m: rosterMessages.cy, intlLocale: 'cy' }, { t: catalogues.cy }],
    ['grouped by service, a row in two groups', { partners: list }, { group: 'service' }, {}],
    ['many partnerships, a council in two highlighted', westMidlands, { sort: 'partnership' }, { council: 'E08000026' }]
  ] as const) {
    it(name, () => {
      const model = readRoster(structuredClone(input)).value!;
      const page = draw(model, options as Partial<RosterOptions>, view as Partial<ViewOptions>, false);
      const window = draw(model, options as Partial<RosterOptions>, view as Partial<ViewOptions>, true);
      expect(rows(page).length).to.be.greaterThan(2);
      expect(rows(page).map(shape)).to.deep.equal(rows(window).map(shape));
      // Text as read, cell by cell (spaces between inline elements count).
      const cells = (box: Element) => rows(box).map((r) => [...r.children].map((c) => text(c)));
      expect(cells(page)).to.deep.equal(cells(window));
      expect(rows(page).map((r) => r.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(rows(window).map((r) => r.textContent!.replace(/\s+/g, ' ').trim()));
      page.remove();
      window.remove();
    });
  }
});

describe('partner roster: kept rows', () => {
  async function roster() {
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div style="width: 900px" lang="en-GB"><shared-partner-roster .data=${{ partners: list }}></shared-partner-roster></div>`);
    const el = wrapper.querySelector('shared-partner-roster') as SharedPartnerRoster;
    await settled(el);
    return el;
  }
  const tableRows = (el: Element) => [...el.shadowRoot!.querySelectorAll('[data-code]')];

  it('keeps a row in the page, with focus, when it is drawn again; makes rows again when the highlight or language changes', async () => {
    const el = await roster();
    const before = tableRows(el);
    const button = before[2]!.querySelector<HTMLButtonElement>('.council')!;
    button.focus();
    el.requestUpdate();
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal(before);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    el.council = 'E07000001';
    await el.updateComplete;
    const highlighted = el.shadowRoot!.querySelector('[data-code="E07000001"]')!;
    expect(highlighted.hasAttribute('data-highlighted')).to.equal(true);
    expect(highlighted.querySelector('.council')!.getAttribute('aria-current')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[data-highlighted]')).to.have.length(1);
    el.setAttribute('lang', 'cy');
    await waitUntil(() => text(el.shadowRoot!.querySelector('[data-code="E07000001"] .role-lead')) !== rosterMessages.en.roles.lead, 'the rows are in Welsh');
    expect(text(el.shadowRoot!.querySelector('[data-code="E07000001"] .role-lead'))).to.equal(rosterMessages.cy.roles.lead);
  });

  it('puts rows in the new order when sorted, and a click on a kept row still chooses its council', async () => {
    const el = await roster();
    const codes = () => tableRows(el).map((r) => r.getAttribute('data-code'));
    const byName = codes();
    el.descending = true;
    await el.updateComplete;
    expect(codes()).to.deep.equal([...byName].reverse());
    const chosen: string[] = [];
    el.addEventListener('shared-select', (e) => chosen.push((e as CustomEvent<{ id: string }>).detail.id));
    tableRows(el)[0]!.querySelector<HTMLButtonElement>('.council')!.click();
    tableRows(el)[0]!.querySelector<HTMLElement>('.code')!.click();
    expect(chosen).to.deep.equal([byName.at(-1)]);
  });
});
