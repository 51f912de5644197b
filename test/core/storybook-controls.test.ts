// Storybook's Controls list only what a page may set (issue 16, "also found"): not expectedWords,
// private members or Lit's internal state.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import manifest from '../../custom-elements.json';
import registry from '../../src/widgets.json';
import { publicApi, type Manifest } from '../../.storybook/public-api.js';

const fields = (m: Manifest, tag: string) => {
  const d = m.modules.flatMap((mod) => mod.declarations ?? []).find((x) => x.tagName === tag)!;
  return { members: d.members!.map((x) => x.name), attributes: d.attributes!.map((a) => a.name) };
};

describe('Storybook controls', () => {
  it('leave out static fields, private members and internal state, and keep the public attributes and properties', () => {
    const before = fields(manifest as Manifest, 'shared-partnership-map');
    expect(before.members).to.include('expectedWords');
    const shown = publicApi(manifest as Manifest);
    for (const { tag } of registry.widgets) {
      const { members, attributes } = fields(shown, tag);
      expect(members, tag).to.not.include('expectedWords');
      expect(members, tag).to.not.include('m');
      expect(members, tag).to.include('data');
      expect(attributes, tag).to.include('src');
    }
    const roster = fields(shown, 'shared-partner-roster');
    for (const internal of ['filter', 'sort', 'descending', 'showAll', 'drawn']) {
      expect(roster.members, internal).to.not.include(internal);
      expect(roster.attributes, internal).to.not.include(internal);
    }
    expect(roster.members).to.include.members(['partnership', 'council', 'groupBy']);
    expect(roster.attributes).to.include.members(['partnership', 'council', 'group-by']);
    const map = fields(shown, 'shared-partnership-map');
    for (const internal of ['zoomChoice', 'active', 'selected', 'focusKey', 'listOpen']) expect(map.members, internal).to.not.include(internal);
    expect(map.members).to.include.members(['view', 'partnership', 'council']);
    expect(fields(shown, 'shared-readiness-checklist').members).to.include('state');
  });
});
