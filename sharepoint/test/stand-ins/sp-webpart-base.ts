// Test stand-in for @microsoft/sp-webpart-base: a BaseClientSideWebPart that a test drives the way
// SPFx does (its DOM element, properties, page context, theme, property pane), and nothing more.
import { DisplayMode } from './sp-core-library';
import type { IReadonlyTheme } from './sp-component-base';
import type { IPropertyPaneConfiguration } from './sp-property-pane';

export interface StandInContext {
  pageContext: { cultureInfo: { currentUICultureName: string; currentCultureName: string } };
  manifest: { loaderConfig: { internalModuleBaseUrls: string[] } };
  propertyPane: { refresh(): void; isPropertyPaneOpen(): boolean; refreshes: number; open: boolean };
}

export class BaseClientSideWebPart<P extends object> {
  domElement!: HTMLElement;
  properties!: P;
  context!: StandInContext;
  displayMode: DisplayMode = DisplayMode.Read;
  render(): void {}
  protected onThemeChanged(_theme: IReadonlyTheme | undefined): void {}
  protected onDispose(): void {}
  protected onPropertyPaneFieldChanged(_path: string, _old: unknown, _new: unknown): void {}
  protected onPropertyPaneConfigurationStart(): void {}
  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [] };
  }
}

/** What a test gives the stand-in SPFx: the page's culture, the package's base URL, the theme, the mode. */
export interface Mount {
  properties: object;
  culture?: string;
  baseUrl?: string;
  theme?: IReadonlyTheme;
  displayMode?: DisplayMode;
}

type Internals = {
  onThemeChanged(theme: IReadonlyTheme | undefined): void;
  onDispose(): void;
  onPropertyPaneFieldChanged(path: string, old: unknown, value: unknown): void;
  onPropertyPaneConfigurationStart(): void;
  getPropertyPaneConfiguration(): IPropertyPaneConfiguration;
};
const internals = (part: object): Internals => part as unknown as Internals;

/** Starts a web part as SPFx does: element, properties and context set, theme given, then render(). */
export function mountWebPart<T extends BaseClientSideWebPart<object>>(Part: new () => T, options: Mount): T {
  const part = new Part();
  part.domElement = document.createElement('div');
  document.body.appendChild(part.domElement);
  part.properties = structuredClone(options.properties) as T['properties'];
  const pane = {
    refreshes: 0,
    open: false,
    refresh(): void {
      pane.refreshes++;
    },
    isPropertyPaneOpen(): boolean {
      return pane.open;
    }
  };
  part.context = {
    pageContext: { cultureInfo: { currentUICultureName: options.culture ?? 'en-GB', currentCultureName: options.culture ?? 'en-GB' } },
    manifest: { loaderConfig: { internalModuleBaseUrls: [options.baseUrl ?? 'https://contoso.sharepoint.com/sites/apps/ClientSideAssets/5ae4640a/'] } },
    propertyPane: pane
  };
  part.displayMode = options.displayMode ?? DisplayMode.Read;
  internals(part).onThemeChanged(options.theme);
  part.render();
  return part;
}

/** An editor changing a field in the property pane: the property, the change hook, then render() (SPFx's reactive mode). */
export function changeProperty(part: BaseClientSideWebPart<object>, path: string, value: unknown): void {
  const properties = part.properties as Record<string, unknown>;
  const old = properties[path];
  properties[path] = value;
  internals(part).onPropertyPaneFieldChanged(path, old, value);
  part.render();
}

/** The page or section theme changing: onThemeChanged, then render() (as SPFx does when a web part overrides it). */
export function changeTheme(part: BaseClientSideWebPart<object>, theme: IReadonlyTheme | undefined): void {
  internals(part).onThemeChanged(theme);
  part.render();
}

export function openPane(part: BaseClientSideWebPart<object>): IPropertyPaneConfiguration {
  part.context.propertyPane.open = true;
  internals(part).onPropertyPaneConfigurationStart();
  return internals(part).getPropertyPaneConfiguration();
}

export function paneOf(part: BaseClientSideWebPart<object>): IPropertyPaneConfiguration {
  return internals(part).getPropertyPaneConfiguration();
}

export function disposeWebPart(part: BaseClientSideWebPart<object>): void {
  internals(part).onDispose();
  part.domElement.remove();
}
