// Test stand-in for @microsoft/sp-property-pane: each field is a plain record a test can read.
export interface IPropertyPaneField<T> {
  type: 'TextField' | 'Dropdown' | 'Label';
  targetProperty: string;
  properties: T;
}
export interface IPropertyPaneDropdownOption {
  key: string | number;
  text: string;
}
export interface IPropertyPaneGroup {
  groupName?: string;
  groupFields: IPropertyPaneField<unknown>[];
}
export interface IPropertyPaneConfiguration {
  pages: { header?: { description: string }; groups: IPropertyPaneGroup[] }[];
}

export const PropertyPaneTextField = <T>(targetProperty: string, properties: T): IPropertyPaneField<T> => ({ type: 'TextField', targetProperty, properties });
export const PropertyPaneDropdown = <T>(targetProperty: string, properties: T): IPropertyPaneField<T> => ({ type: 'Dropdown', targetProperty, properties });
export const PropertyPaneLabel = <T>(targetProperty: string, properties: T): IPropertyPaneField<T> => ({ type: 'Label', targetProperty, properties });
