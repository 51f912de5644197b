import { DisplayMode, Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import {
  type IPropertyPaneConfiguration,
  type IPropertyPaneDropdownOption,
  type IPropertyPaneField,
  PropertyPaneDropdown,
  PropertyPaneLabel,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';

// The library's local build (../../../.library, made from dist/ by scripts/build-sharepoint.mjs):
// registers all five elements, bundled into this package with nothing fetched from elsewhere.
import 'shared-services-widgets';

import {
  type Choice,
  type FileChoices,
  type PaneOption,
  type WebPartProps,
  choicesFrom,
  elementFor,
  geoBaseFor,
  languageFor,
  optionsFor,
  tokensFor,
  widgetFor
} from './mapping';
import { WIDGETS } from './widgets.generated';
import { WORDS } from './words';

/** The library's version, as the bundle imported above records it on the page (SharedServicesWidgets.version). */
function libraryVersion(): string {
  return (globalThis as { SharedServicesWidgets?: { version?: string } }).SharedServicesWidgets?.version ?? 'unknown';
}

/** What the pane knows about the data file: read or not, its choices, and what went wrong. */
interface FileState {
  src: string;
  reading: boolean;
  choices?: FileChoices;
  hint?: string;
}

const DATA_ERROR = 'shared-data-error';
const DATA_LOAD = 'shared-data-load';

export default class SharedServicesWidgetWebPart extends BaseClientSideWebPart<WebPartProps> {
  private element: HTMLElement | undefined;
  private note: HTMLElement | undefined;
  private theme: IReadonlyTheme | undefined;
  private setTokens: string[] = [];
  private file: FileState = { src: '', reading: false };
  /** The widget's own message about the data file (from its `shared-data-error` event), for the pane. */
  private widgetProblem = '';
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  private reads = 0;

  public render(): void {
    const plan = elementFor(this.properties, WIDGETS, {
      lang: languageFor(this.context.pageContext.cultureInfo.currentUICultureName),
      geoBase: geoBaseFor(this.context.manifest.loaderConfig)
    });
    this.applyTheme();
    this.showNote(
      !plan
        ? WORDS.unknownWidget(String(this.properties.widget ?? ''))
        : this.displayMode === DisplayMode.Edit && !plan.attributes.src && plan.tag !== 'shared-readiness-checklist'
          ? WORDS.noFileYet
          : ''
    );
    if (!plan) {
      this.element?.remove();
      this.element = undefined;
      return;
    }
    if (!this.element || this.element.localName !== plan.tag) {
      this.element?.remove();
      this.element = document.createElement(plan.tag);
      this.element.addEventListener(DATA_ERROR, this.onDataError);
      this.element.addEventListener(DATA_LOAD, this.onDataLoad);
      this.domElement.appendChild(this.element);
    }
    const element = this.element;
    for (const name of element.getAttributeNames()) {
      if (!(name in plan.attributes)) element.removeAttribute(name);
    }
    for (const name of Object.keys(plan.attributes)) {
      if (element.getAttribute(name) !== plan.attributes[name]) element.setAttribute(name, plan.attributes[name]);
    }
  }

  /** Called by SPFx with the page's theme, or the section's variant of it, at start and on every change. */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = theme;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected onDispose(): void {
    clearTimeout(this.readTimer);
    this.element?.removeEventListener(DATA_ERROR, this.onDataError);
    this.element?.removeEventListener(DATA_LOAD, this.onDataLoad);
    this.element = undefined;
    super.onDispose();
  }

  protected onPropertyPaneConfigurationStart(): void {
    this.readFileSoon(0);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (propertyPath === 'src' && oldValue !== newValue) {
      this.widgetProblem = '';
      this.readFileSoon(600);
    }
    if (propertyPath === 'widget' && oldValue !== newValue) this.context.propertyPane.refresh();
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const widget = widgetFor(WIDGETS, this.properties.widget);
    const options = widget ? optionsFor(widget) : [];
    const dataFields: IPropertyPaneField<unknown>[] = [];
    if (!widget || widget.attributes.some((a) => a.name === 'src')) {
      dataFields.push(
        PropertyPaneTextField('src', { label: WORDS.src, description: WORDS.srcDescription, placeholder: WORDS.srcPlaceholder })
      );
      const hint = this.fileHint();
      if (hint) dataFields.push(PropertyPaneLabel('srcHint', { text: hint }));
    }
    // The file's type belongs with the file; the widget's other options follow.
    for (const option of options) if (option.attribute === 'format') dataFields.push(...this.fields(option));
    return {
      pages: [
        {
          header: { description: `${WORDS.paneDescription} ${WORDS.version(libraryVersion())}` },
          groups: [
            {
              groupName: WORDS.widgetGroup,
              groupFields: [
                PropertyPaneDropdown('widget', {
                  label: WORDS.widget,
                  options: WIDGETS.map((w) => ({ key: w.name, text: w.title })),
                  selectedKey: this.properties.widget
                })
              ]
            },
            { groupName: WORDS.dataGroup, groupFields: dataFields },
            { groupName: WORDS.optionsGroup, groupFields: options.filter((o) => o.attribute !== 'format').flatMap((o) => this.fields(o)) }
          ]
        }
      ]
    };
  }

  /** The pane's control for one option: a drop-down where the choices are known, else a text box (with its help). */
  private fields(option: PaneOption): IPropertyPaneField<unknown>[] {
    const field = this.field(option);
    return option.help && option.choices ? [field, PropertyPaneLabel(`${option.property}Help`, { text: option.help })] : [field];
  }

  private field(option: PaneOption): IPropertyPaneField<unknown> {
    const value = String(this.properties[option.property] ?? '');
    const fromFile = option.kind === 'partnership' ? this.file.choices?.partnerships : option.kind === 'council' ? this.file.choices?.councils : undefined;
    if (option.kind === 'partnership' || option.kind === 'council') {
      const what = option.kind === 'partnership' ? 'partnerships' : 'councils';
      if (!fromFile || fromFile.length === 0) {
        return PropertyPaneTextField(option.property, {
          label: option.label,
          description: this.file.reading ? WORDS.reading : this.file.choices ? WORDS.typeId(what) : undefined
        });
      }
      const first: Choice = { key: '', text: option.kind === 'partnership' ? WORDS.all(what) : WORDS.none };
      return PropertyPaneDropdown(option.property, {
        label: option.label,
        options: dropdown([first, ...fromFile], value),
        selectedKey: value
      });
    }
    if (option.choices) {
      return PropertyPaneDropdown(option.property, {
        label: option.label,
        options: dropdown([{ key: '', text: option.attribute === 'format' ? WORDS.formatDefault : WORDS.widgetDefault }, ...option.choices], value),
        selectedKey: value
      });
    }
    return PropertyPaneTextField(option.property, { label: option.label, description: option.help });
  }

  private fileHint(): string {
    if (this.widgetProblem) return WORDS.widgetProblem(this.widgetProblem);
    if (this.file.reading) return WORDS.reading;
    return this.file.hint ?? '';
  }

  private readFileSoon(delay: number): void {
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => {
      this.readFile().catch(() => undefined);
    }, delay);
  }

  /** Reads the data file as the reader (same-origin, with their sign-in) for the pane's drop-downs. */
  private async readFile(): Promise<void> {
    const src = String(this.properties.src ?? '').trim();
    const read = ++this.reads;
    if (!src) {
      this.file = { src, reading: false };
      this.context.propertyPane.refresh();
      return;
    }
    this.file = { src, reading: true };
    this.context.propertyPane.refresh();
    let next: FileState;
    try {
      const response = await fetch(new URL(src, document.baseURI).href, { credentials: 'same-origin', headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
      if (!response.ok) {
        next = { src, reading: false, hint: WORDS.cannotRead(`${response.status} ${response.statusText}`.trim()) };
      } else {
        const body = await response.text();
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = undefined;
        }
        next = json === undefined ? { src, reading: false, choices: { partnerships: [], councils: [] }, hint: WORDS.notJson } : { src, reading: false, choices: choicesFrom(json) };
      }
    } catch (error) {
      next = { src, reading: false, hint: WORDS.cannotRead(error instanceof Error ? error.message : String(error)) };
    }
    if (read !== this.reads) return; // a newer read started meanwhile
    this.file = next;
    this.context.propertyPane.refresh();
  }

  private readonly onDataError = (event: Event): void => {
    const detail = (event as CustomEvent<{ message?: string }>).detail;
    this.widgetProblem = detail?.message ?? '';
    if (this.context.propertyPane.isPropertyPaneOpen()) this.context.propertyPane.refresh();
  };

  private readonly onDataLoad = (): void => {
    if (!this.widgetProblem) return;
    this.widgetProblem = '';
    if (this.context.propertyPane.isPropertyPaneOpen()) this.context.propertyPane.refresh();
  };

  /** The theme's tokens on the web part's own element: custom properties inherit into the widget. */
  private applyTheme(): void {
    const tokens = tokensFor(this.theme);
    const style = this.domElement.style;
    for (const name of this.setTokens) if (!(name in tokens)) style.removeProperty(name);
    for (const name of Object.keys(tokens)) style.setProperty(name, tokens[name]);
    this.setTokens = Object.keys(tokens);
  }

  /** A line of text above the widget, for editors (no data file yet) or when the properties name no widget. */
  private showNote(text: string): void {
    if (!text) {
      this.note?.remove();
      this.note = undefined;
      return;
    }
    if (!this.note) {
      this.note = document.createElement('p');
      this.domElement.insertBefore(this.note, this.domElement.firstChild);
    }
    this.note.textContent = text;
  }
}

/** Drop-down options, keeping a value that is no longer among them (so opening the pane loses nothing). */
function dropdown(choices: readonly Choice[], value: string): IPropertyPaneDropdownOption[] {
  const options: IPropertyPaneDropdownOption[] = choices.map((c) => ({ key: c.key, text: c.text }));
  if (value && !choices.some((c) => c.key === value)) options.push({ key: value, text: WORDS.notInFile(value) });
  return options;
}
