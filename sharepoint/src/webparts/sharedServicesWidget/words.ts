/** The property pane's words, for the editors who fill it in (the widgets bring their own words, in English and Welsh). */
export const WORDS = {
  paneDescription: 'Shows one of the shared services widgets. Give it a data file, then choose what it shows.',
  version: (version: string): string => `Version ${version} (give this number when you report a problem).`,
  widgetGroup: 'Widget',
  widget: 'Widget to show',
  dataGroup: 'Data',
  src: 'Data file',
  srcDescription:
    'The address of a JSON or CSV file, usually in a document library of this site (open the file, copy its address). ' +
    'Each reader sees it with their own sign-in, so they need permission to read it.',
  srcPlaceholder: '/sites/your-site/Shared Documents/shared-services.json',
  optionsGroup: 'Options',
  all: (what: string): string => `All ${what}`,
  none: 'None',
  widgetDefault: 'The widget\u2019s default',
  formatDefault: 'Work it out from the file',
  notInFile: (value: string): string => `${value} (not in the data file)`,
  fromFile: 'Choices come from the data file.',
  typeId: (what: string): string => `The data file lists no ${what}: type the id as the file gives it.`,
  reading: 'Reading the data file\u2026',
  cannotRead: (why: string): string => `The data file could not be read (${why}). Check the address, and that readers may open the file.`,
  notJson: 'The file is not JSON, so there is nothing to choose from: type ids as the file gives them.',
  widgetProblem: (message: string): string =>
    `The widget cannot use this file: ${message.trim().replace(/[.\s]*$/, '.')} The page shows the same message where the widget would be.`,
  noFileYet: 'Edit this web part and give the address of a data file (the Data file box in its settings).',
  unknownWidget: (name: string): string =>
    `This web part was set up to show \u201c${name}\u201d, which this version of the package does not have. Edit the web part and choose a widget.`
};
