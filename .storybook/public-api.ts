/**
 * The manifest as Storybook's Controls should show it: an element's public attributes and properties
 * only. The analyzer also lists static fields (`expectedWords`), private members and Lit's internal
 * state (`filter`, `zoomChoice`, …, declared `state: true`), which are not for pages to set.
 */
interface Member {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
}
interface Attribute {
  name: string;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

type Element = CustomElementConstructor & { elementProperties?: Map<PropertyKey, { state?: boolean }> };

/** True when `name` has a setter on the prototype chain (a public accessor such as the checklist's `state`). */
function settable(proto: object | null, name: string): boolean {
  for (let p = proto; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return typeof d.set === 'function';
  }
  return false;
}

export function publicApi(manifest: Manifest, lookup: (tag: string) => CustomElementConstructor | undefined = (tag) => customElements.get(tag)): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => {
        const cls = d.tagName ? (lookup(d.tagName) as Element | undefined) : undefined;
        if (!cls) return d;
        const keep = (m: Member) => {
          if (m.static || (m.privacy && m.privacy !== 'public')) return false;
          if (m.kind === 'method') return true;
          const property = cls.elementProperties?.get(m.name);
          return property ? !property.state : settable(cls.prototype, m.name);
        };
        const members = (d.members ?? []).filter(keep);
        const names = new Set(members.map((m) => m.name));
        return { ...d, members, attributes: (d.attributes ?? []).filter((a) => !a.fieldName || names.has(a.fieldName)) };
      })
    }))
  };
}
