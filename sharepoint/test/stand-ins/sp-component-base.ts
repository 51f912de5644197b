// Test stand-in for @microsoft/sp-component-base (the web part imports only the IReadonlyTheme type).
export interface IReadonlyTheme {
  isInverted?: boolean;
  palette?: { [name: string]: string | undefined };
  semanticColors?: { [name: string]: string | undefined };
}
