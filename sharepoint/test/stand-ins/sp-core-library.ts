// Test stand-in for @microsoft/sp-core-library: only what the web part uses.
export enum DisplayMode {
  Read = 1,
  Edit = 2
}

export class Version {
  private constructor(readonly text: string) {}
  static parse(text: string): Version {
    return new Version(text);
  }
  toString(): string {
    return this.text;
  }
}
