// The builder page end to end in Chromium: a workbook dropped, a problem shown at its place, a widget
// chosen, the embed code copied and, pasted into a plain page, rendering the same widget.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import writeXlsxFile from 'write-excel-file/universal';
import type { LitElement } from 'lit';
import { readWorkbook } from '../../src/cli/excel.js';
import { buildDataset } from '../../src/cli/workbook.js';
import { settled } from '../helpers/element.js';

const HEAD = {
  partnerships: ['Partnership', 'Category', 'Service area', 'Started'],
  partners: ['Partnership', 'Council code', 'Council', 'Role', 'Share %', 'Joined'],
  savings: ['Partnership', 'Financial year', 'Amount (£)', 'Kind']
};
const ACE = 'Adoption Central England';
const CODES = ['E08000026', 'E08000029', 'E10000031', 'E10000034', 'E06000019'];

async function workbook(): Promise<File> {
  const sheets = [
    { sheet: 'partnerships', data: [HEAD.partnerships, [ACE, 'front-line', 'Adoption', 'February 2018']] },
    {
      sheet: 'partners',
      data: [
        HEAD.partners,
        [ACE, 'E08000026', 'Coventry City Council', 'host', '20%', '2018-02'],
        [ACE, 'E08000029', 'Solihull Metropolitan Borough Council', 'partner', '20%', '2018-02'],
        // The broken cell: a share over 100%, at partners!E4.
        [ACE, 'E10000031', 'Warwickshire County Council', 'partner', '140%', '2018-02'],
        [ACE, 'E10000034', 'Worcestershire County Council', 'partner', '20%', '2018-02'],
        [ACE, 'E06000019', 'Herefordshire Council', 'partner', '20%', '2018-02']
      ]
    },
    { sheet: 'savings', data: [HEAD.savings, [ACE, '2018/19', '£1.2m', 'in-year'], [ACE, '2019/20', '£1.35m', 'in-year']] }
  ];
  const blob = await writeXlsxFile(sheets as never).toBlob();
  return new File([blob], 'ace.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const codes = (el: Element | null | undefined) => [...(el?.shadowRoot?.querySelectorAll('[data-code]') ?? [])].map((x) => x.getAttribute('data-code')).filter((c, i, all) => all.indexOf(c) === i);

function setValue(selector: string, value: string, type: 'input' | 'change') {
  const field = $<HTMLInputElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(type, { bubbles: true }));
}

before(async function () {
  // The first import brings in every widget and the workbook readers through the test server.
  this.timeout(60_000);
  const app = document.createElement('div');
  app.id = 'app';
  const main = document.createElement('main');
  const h1 = document.createElement('h1');
  h1.textContent = 'Builder';
  main.append(h1, app);
  document.body.append(main);
  document.documentElement.lang = 'en-GB';
  await import('../../builder/builder.js');
});

describe('the builder page', function () {
  // A busy machine (the whole suite in parallel with other builds) has taken more than 30 s here.
  this.timeout(60_000);

  it('a dropped workbook: problems listed and shown at their place; a widget chosen and previewed; embed code that renders the same widget in a plain page', async () => {
    // Dropped onto the drop zone.
    const transfer = new DataTransfer();
    transfer.items.add(await workbook());
    $('#drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => $('#problems'), 'problems are listed', { timeout: 10_000 });
    await waitUntil(() => /^ace\.xlsx read: 1 problem, 0 warnings\.$/.test($('#status')!.textContent!), 'what was found is announced');
    const item = [...document.querySelectorAll('#problems li')].find((li) => li.textContent!.includes('partners!E4'))!;
    expect(item.textContent).to.contain('Share %: expected a share such as 25, 25% or 0.25 (from 0 to 100%), got "140%"');

    // The problem at its place: the sheet around the cell, the cell marked and focused.
    item.querySelector('button')!.click();
    await waitUntil(() => document.activeElement?.id === 'place', 'the place is focused', { timeout: 5_000 });
    const place = document.activeElement as HTMLElement;
    expect(place.getAttribute('data-cell')).to.equal('E4');
    expect(place.textContent).to.contain('140%');
    expect(place.closest('table')!.querySelector('caption')!.textContent).to.contain('Sheet partners');

    // A widget and its options, from what the file holds.
    setValue('#widget', 'partner-roster', 'change');
    await waitUntil(() => $('#partnership'), 'partnership choices', { timeout: 5_000 });
    const partnerships = [...$<HTMLSelectElement>('#partnership')!.options].map((o) => o.value);
    expect(partnerships).to.deep.equal(['', 'adoption-central-england']);
    setValue('#partnership', 'adoption-central-england', 'change');
    setValue('#heading', 'Our adoption partners', 'input');
    const preview = () => $('#preview shared-partner-roster');
    await waitUntil(() => codes(preview()).length === 5, 'the preview shows the five partners', { timeout: 10_000 });
    expect(preview()!.getAttribute('partnership')).to.equal('adoption-central-england');
    expect(codes(preview())).to.have.members(CODES);

    // The converted dataset, saved (caught on its way to the download), put where the code says.
    const made: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (made.push(blob), 'blob:caught');
    try {
      $<HTMLButtonElement>('#save')!.click();
    } finally {
      URL.createObjectURL = create;
    }
    const dataset = JSON.parse(await made[0]!.text());
    expect(dataset.partnerships[0].partners.map((p: { council: string }) => p.council)).to.deep.equal(CODES);
    const file = `builder-${Math.random().toString(36).slice(2)}`;
    await fetch(`/test-server/live-set/${file}?body=${encodeURIComponent(JSON.stringify(dataset))}`);
    setValue('#src', `/test-server/live/${file}`, 'input');
    setValue('#script', '/dist/shared-services-widgets.js', 'input');

    // Copied.
    let copied = '';
    const clipboard = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void (copied = text);
    try {
      const button = $<HTMLButtonElement>('#copy-html')!;
      expect(button.textContent).to.equal('Copy HTML');
      button.click();
      await waitUntil(() => copied, 'the code is copied', { timeout: 5_000 });
    } finally {
      navigator.clipboard.writeText = clipboard;
    }
    await waitUntil(() => $('#status')!.textContent === 'HTML copied.', 'copying is announced', { timeout: 5_000 });
    expect(copied).to.contain(`<shared-partner-roster src="/test-server/live/${file}" partnership="adoption-central-england" heading="Our adoption partners"></shared-partner-roster>`);
    expect($<HTMLTextAreaElement>('#embed-shortcode')!.value).to.equal(
      `[shared_partner_roster src="/test-server/live/${file}" partnership="adoption-central-england" heading="Our adoption partners"]`
    );
    expect($<HTMLTextAreaElement>('#embed-block')!.value).to.equal(
      `<!-- wp:shared-services-widgets/partner-roster {"src":"/test-server/live/${file}","partnership":"adoption-central-england","heading":"Our adoption partners"} /-->`
    );
    expect(JSON.parse($<HTMLTextAreaElement>('#embed-sharepoint')!.value)).to.deep.equal({
      widget: 'partner-roster',
      src: `/test-server/live/${file}`,
      partnership: 'adoption-central-england',
      heading: 'Our adoption partners'
    });

    // Pasted into a plain page: the same widget, the same partners, the same heading.
    const frame = document.createElement('iframe');
    frame.title = 'A plain page with the pasted code';
    frame.srcdoc = `<!doctype html><html lang="en-GB"><head><title>Pasted</title></head><body>${copied}</body></html>`;
    document.body.append(frame);
    const pasted = () => frame.contentDocument?.querySelector('shared-partner-roster');
    await waitUntil(() => codes(pasted()).length === 5, 'the pasted code renders the widget', { timeout: 10_000 });
    expect(codes(pasted())).to.deep.equal(codes(preview()));
    const heading = (el: Element | null | undefined) => el?.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim();
    expect(heading(pasted())).to.equal('Our adoption partners');
    expect(heading(pasted())).to.equal(heading(preview()));
    frame.remove();

    await expect(document.body).to.be.accessible();
  });

  it('a JSON file with a problem: shown at its line, with the line marked', async () => {
    const text = '{\n  "partnerships": [\n    { "id": "p", "name": "P",\n      "savings": [ { "period": "2018/19", "amount": "lots" } ] }\n  ]\n}\n';
    const input = $<HTMLInputElement>('#file')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'data.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => $('#status')!.textContent!.startsWith('data.json read'), 'read', { timeout: 10_000 });
    const item = document.querySelector('#problems li')!;
    expect(item.textContent).to.contain('data.json:4:');
    expect(item.textContent).to.contain('partnerships[0].savings[0].amount: expected a number, got "lots"');
    item.querySelector('button')!.click();
    await waitUntil(() => document.activeElement?.id === 'place', 'the line is focused', { timeout: 5_000 });
    expect(document.activeElement!.getAttribute('data-line')).to.equal('4');
    expect(document.activeElement!.textContent).to.contain('"amount": "lots"');
    await aTimeout(50);
    await expect(document.body).to.be.accessible();
  });
});

describe('the builder page in Welsh', function () {
  this.timeout(60_000);

  it('a language choice: the page’s words change, the problems are read again in Welsh and still shown at their place; back in English', async () => {
    const transfer = new DataTransfer();
    transfer.items.add(await workbook());
    $('#drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => /^ace\.xlsx read: 1 problem, 0 warnings\.$/.test($('#status')!.textContent!), 'read in English', { timeout: 10_000 });
    const english = {
      file: $('#step-file')!.textContent,
      widget: $('#step-widget')!.textContent,
      label: $('label[for="heading"]')!.textContent
    };
    expect(english).to.deep.equal({ file: '1. Your data file', widget: '3. Widget and options', label: 'Heading' });
    setValue('#widget', 'partner-roster', 'change');

    setValue('#page-lang', 'cy', 'change');
    await waitUntil(() => $('#status')!.textContent === 'Darllenwyd ace.xlsx: 1 broblem, 0 rhybudd.', 'read again, in Welsh', { timeout: 10_000 });
    expect(document.documentElement.lang).to.equal('cy');
    expect($('#step-file')!.textContent).to.equal('1. Eich ffeil ddata');
    expect($('#step-widget')!.textContent).to.equal('3. Teclyn a dewisiadau');
    expect($('label[for="heading"]')!.textContent).to.equal('Pennawd');
    expect($<HTMLSelectElement>('#widget')!.value, 'the widget chosen is kept').to.equal('partner-roster');
    expect($('#copy-shortcode')!.textContent).to.equal('Copïo’r cod byr');
    // The problem in Welsh, at the same place.
    const item = [...document.querySelectorAll('#problems li')].find((li) => li.textContent!.includes('partners!E4'))!;
    expect(item.textContent).to.contain('disgwylid cyfran fel 25, 25% neu 0.25 (o 0 i 100%)');
    expect(item.textContent).not.to.contain('expected a share');
    expect(item.querySelector('.tag')!.textContent).to.equal('Problem');
    const button = item.querySelector('button')!;
    expect(button.textContent).to.equal('Dangos dalen partners, cell E4');
    button.click();
    await waitUntil(() => document.activeElement?.id === 'place', 'the place is focused', { timeout: 5_000 });
    expect(document.activeElement!.getAttribute('data-cell')).to.equal('E4');
    expect(document.activeElement!.closest('table')!.querySelector('caption')!.textContent).to.equal('Dalen partners, rhesi 1 i 6');
    // The preview follows the page's language (no language chosen for the widget).
    await waitUntil(() => /Cynghorau partner/.test($('#preview shared-partner-roster')?.shadowRoot?.textContent ?? ''), 'the preview in Welsh', { timeout: 10_000 });
    await expect(document.body).to.be.accessible();

    setValue('#page-lang', 'en', 'change');
    await waitUntil(() => $('#status')!.textContent === 'ace.xlsx read: 1 problem, 0 warnings.', 'read again, in English', { timeout: 10_000 });
    expect(document.documentElement.lang).to.equal('en-GB');
    expect($('#step-file')!.textContent).to.equal(english.file);
    expect(document.querySelector('#problems li')!.textContent).to.contain('expected a share such as 25, 25% or 0.25');
  });
});

describe('the built builder page (dist/builder/) under a strict Content-Security-Policy', function () {
  this.timeout(30_000);

  it('reads a file and shows the widget with no policy violation', async function () {
    const check = await fetch('/dist/builder/index.html');
    if (!check.ok) this.skip(); // Only after `npm run build` (npm test builds first).
    const policy = (await fetch('/dist/builder/index.html?csp')).headers.get('content-security-policy');
    expect(policy).to.match(/^script-src 'self'; style-src 'self';.* require-trusted-types-for 'script'$/);
    const frame = document.createElement('iframe');
    frame.title = 'The built builder';
    frame.src = '/dist/builder/index.html?csp';
    document.body.append(frame);
    await new Promise((done) => frame.addEventListener('load', done, { once: true }));
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    await waitUntil(() => doc.querySelector('#file'), 'the builder is drawn', { timeout: 10_000 });
    const input = doc.querySelector<HTMLInputElement>('#file')!;
    // The file is made in the page's own window, as a file chosen there would be.
    const view = frame.contentWindow as Window & typeof globalThis;
    const transfer = new view.DataTransfer();
    transfer.items.add(new view.File([await (await workbook()).arrayBuffer()], 'ace.xlsx'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => doc.querySelector('#preview shared-key-figures, #preview shared-savings-chart, #preview shared-partner-roster, #preview shared-partnership-map'), 'a preview', { timeout: 10_000 });
    await waitUntil(() => doc.querySelector('#preview > *')?.shadowRoot?.querySelector('[part~="base"], [part~="figures"], svg'), 'the preview renders', { timeout: 10_000 });
    expect(doc.querySelectorAll('#problems li').length).to.equal(1);
    expect(violations).to.deep.equal([]);
    frame.remove();
  });

  it('opened as the WordPress plugin opens it (?host=wordpress&lang=cy&url=…&src=…): in Welsh, the file read once, the shortcode first with the address given', async function () {
    if (!(await fetch('/dist/builder/index.html')).ok) this.skip();
    const name = `builder-url-${Math.random().toString(36).slice(2)}`;
    await fetch(`/test-server/live-set/${name}?reset&body=${encodeURIComponent(JSON.stringify({ figures: [{ value: 626, label: 'Arrangements' }] }))}`);
    const frame = document.createElement('iframe');
    frame.title = 'The built builder, as WordPress opens it';
    frame.src = `/dist/builder/index.html?csp&host=wordpress&lang=cy&url=${encodeURIComponent(`/test-server/live/${name}`)}&src=412`;
    document.body.append(frame);
    await new Promise((done) => frame.addEventListener('load', done, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('#status')?.textContent === `Darllenwyd ${name}.json: 0 problem, 0 rhybudd.`, 'the file read, said in Welsh', { timeout: 10_000 });
    expect(doc.documentElement.lang).to.equal('cy');
    expect(doc.querySelector('#step-file')!.textContent).to.equal('1. Eich ffeil ddata');
    expect([...doc.querySelectorAll('.embed textarea')].map((t) => t.id)).to.deep.equal(['embed-shortcode', 'embed-block', 'embed-html', 'embed-sharepoint']);
    expect(doc.querySelector<HTMLTextAreaElement>('#embed-shortcode')!.value).to.equal('[shared_key_figures src="412"]');
    // Read once: a second read (say, on every status message) would show in the file's log.
    await aTimeout(1000);
    const log = (await (await fetch(`/test-server/live-log/${name}`)).json()) as unknown[];
    expect(log.length, 'requests for the file').to.equal(1);
    frame.remove();
  });
});

describe('a dataset built from a workbook (the command line’s build, run here)', function () {
  this.timeout(30_000);

  it('renders in every widget, with no error and nothing left out', async () => {
    const file = await workbook();
    const built = buildDataset(await readWorkbook(await file.arrayBuffer()));
    // The one broken cell (a share of 140%) is reported and its share left empty; the rest is whole.
    expect(built.problems.map((p) => `${p.sheet}!${p.row}:${p.column}`)).to.deep.equal(['partners!4:4']);
    const tags = ['shared-key-figures', 'shared-savings-chart', 'shared-partner-roster', 'shared-partnership-map', 'shared-readiness-checklist'];
    const box = document.createElement('div');
    box.style.width = '800px';
    document.body.append(box);
    for (const tag of tags) {
      const el = document.createElement(tag) as LitElement & { data?: unknown };
      el.setAttribute('partnership', 'adoption-central-england');
      // The council register and boundaries, from the sources (the package serves them from geo/).
      el.setAttribute('geo-base', '/src/councils/geo/');
      el.data = built.dataset;
      box.append(el);
      await settled(el, 10_000);
      expect(el.shadowRoot!.querySelector('[part~="error"]'), `${tag} shows no error`).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="empty"]'), `${tag} is not empty`).to.equal(null);
    }
    const [figures, chart, roster, map] = tags.map((t) => box.querySelector(t)!.shadowRoot!);
    expect(figures!.textContent).to.contain('£2.55m');
    expect([...chart!.querySelectorAll('[data-kind="in-year"]:not(tr)')].map((b) => b.getAttribute('data-period'))).to.deep.equal(['2018/19', '2019/20']);
    expect(new Set([...roster!.querySelectorAll('[data-code]')].map((r) => r.getAttribute('data-code')))).to.have.property('size', 5);
    for (const code of CODES) expect(map!.querySelector(`[data-code="${code}"]`), code).to.exist;
    box.remove();
  });
});
