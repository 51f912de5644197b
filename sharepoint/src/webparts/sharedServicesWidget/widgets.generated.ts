// Made by scripts/sharepoint-widgets.mjs from scripts/library.mjs and custom-elements.json: do not edit.
import type { WidgetInfo } from './mapping';

export const WIDGETS: readonly WidgetInfo[] = [
  {
    name: "key-figures",
    tag: "shared-key-figures",
    title: "Key figures",
    summary: "Headline figures (e.g. 626 arrangements, £1.34bn saved) as tiles.",
    attributes: [
      {
        name: "src",
        description: "URL of a JSON file (`{ \"figures\": [...] }`, a list, or the shared dataset) or a CSV file (`value,label[,format][,source][,note]`)."
      },
      {
        name: "format",
        description: "`json` or `csv`: overrides the response's content type and the URL's extension."
      },
      {
        name: "timeout",
        description: "Seconds to wait for `src` before showing a message (default 15)."
      },
      {
        name: "refresh",
        description: "Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask."
      },
      {
        name: "heading",
        description: "A heading above the tiles."
      },
      {
        name: "heading-level",
        description: "The heading's level, 2 to 6, to fit the page's outline (default 2)."
      },
      {
        name: "currency",
        description: "ISO 4217 currency code for `currency` figures."
      },
      {
        name: "lang",
        description: "`en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page."
      }
    ]
  },
  {
    name: "savings-chart",
    tag: "shared-savings-chart",
    title: "Savings chart",
    summary: "Savings over time, in-year and cumulative, per partnership or overall.",
    attributes: [
      {
        name: "src",
        description: "URL of a JSON file (the shared dataset, `{ \"series\": [...] }` or a list of points) or a CSV file (`period,amount[,kind][,series][,status][,source]`)."
      },
      {
        name: "format",
        description: "`json` or `csv`: overrides the response's content type and the URL's extension."
      },
      {
        name: "timeout",
        description: "Seconds to wait for `src` before showing a message (default 15)."
      },
      {
        name: "refresh",
        description: "Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask."
      },
      {
        name: "mode",
        description: "`both` (default), `cumulative` or `in-year`."
      },
      {
        name: "partnership",
        description: "With the shared dataset: the id of the partnership to show (default: all, added up)."
      },
      {
        name: "heading",
        description: "A heading above the chart (default: the data's `title`)."
      },
      {
        name: "heading-level",
        description: "The heading's level, 2 to 6, to fit the page's outline (default 2)."
      },
      {
        name: "currency",
        description: "ISO 4217 code (default `GBP`)."
      },
      {
        name: "lang",
        description: "`en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page."
      }
    ]
  },
  {
    name: "partner-roster",
    tag: "shared-partner-roster",
    title: "Partner roster",
    summary: "The partners of a shared service: roles, shares, services, contacts.",
    attributes: [
      {
        name: "src",
        description: "URL of a JSON file (the shared dataset, `{ \"partners\": [...] }` or a list) or a CSV file (`council,name,role[,share][,joined][,services][,email][,phone]`)."
      },
      {
        name: "format",
        description: "`json` or `csv`: overrides the response's content type and the URL's extension."
      },
      {
        name: "timeout",
        description: "Seconds to wait for `src` before showing a message (default 15)."
      },
      {
        name: "refresh",
        description: "Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask."
      },
      {
        name: "partnership",
        description: "With the shared dataset: the id of the partnership to show (default: every partner of every partnership)."
      },
      {
        name: "council",
        description: "The GSS code of a council to highlight."
      },
      {
        name: "group-by",
        description: "`none` (default), `role` or `service`."
      },
      {
        name: "heading",
        description: "A heading above the roster."
      },
      {
        name: "heading-level",
        description: "The heading's level, 2 to 6 (default 2)."
      },
      {
        name: "lang",
        description: "`en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page."
      },
      {
        name: "filter",
        description: ""
      },
      {
        name: "sort",
        description: ""
      },
      {
        name: "descending",
        description: ""
      },
      {
        name: "drawn",
        description: "Rows drawn so far while showing all (grows a chunk a frame)."
      }
    ]
  },
  {
    name: "readiness-checklist",
    tag: "shared-readiness-checklist",
    title: "Readiness checklist",
    summary: "A readiness checklist for setting up a shared service, with progress that persists.",
    attributes: [
      {
        name: "src",
        description: "URL of a JSON checklist: `{ \"id\", \"title\", \"sections\": [{ \"id\", \"title\", \"items\": [{ \"id\", \"label\", \"hint\" }] }] }`."
      },
      {
        name: "format",
        description: "`json`: overrides the response's content type and the URL's extension."
      },
      {
        name: "timeout",
        description: "Seconds to wait for `src` before showing a message (default 15)."
      },
      {
        name: "refresh",
        description: "Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask."
      },
      {
        name: "storage-key",
        description: "Keeps the answers in `localStorage` under this key (none: answers last until the page closes)."
      },
      {
        name: "heading",
        description: "A heading above the checklist (default: the checklist's title)."
      },
      {
        name: "heading-level",
        description: "The heading's level, 2 to 6 (default 2); sections are one level below."
      },
      {
        name: "lang",
        description: "`en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page."
      }
    ]
  },
  {
    name: "partnership-map",
    tag: "shared-partnership-map",
    title: "Partnership map",
    summary: "Which councils share which services, on a map, a hex map or a network.",
    attributes: [
      {
        name: "src",
        description: "URL of the shared dataset (JSON)."
      },
      {
        name: "timeout",
        description: "Seconds to wait for `src`, `geo-src` or `hex-src` before showing a message (default 15)."
      },
      {
        name: "refresh",
        description: "Seconds between re-reading `src` for live data (off by default; a minute or more on busy pages). Unchanged files cost a 304; changes are announced politely; a hidden tab does not ask."
      },
      {
        name: "view",
        description: "`geo` (default), `hex` or `network`."
      },
      {
        name: "geo-src",
        description: "URL of a GeoJSON or TopoJSON boundary file in longitude and latitude, with GSS codes as `id` or in a property such as `LAD24CD` or `CTYUA23CD`. Without it, the built-in boundaries of every UK council (2014 to 2025) are drawn."
      },
      {
        name: "year",
        description: "The year of the built-in boundaries."
      },
      {
        name: "tier",
        description: "The built-in backdrop's tier."
      },
      {
        name: "geo-base",
        description: "The folder of the built-in council files (`geo/` beside the script by default)."
      },
      {
        name: "code-property",
        description: "The property of `geo-src` features that holds GSS codes (default: found automatically)."
      },
      {
        name: "hex-src",
        description: "URL of a HexJSON file (`odd-r`, `even-r`, `odd-q` or `even-q`) whose keys or `id`s are GSS codes."
      },
      {
        name: "partnership",
        description: "The id of a partnership to highlight."
      },
      {
        name: "zoom",
        description: "Zoomed to the highlighted councils (the user can reset it)."
      },
      {
        name: "council",
        description: "The GSS code of a council to highlight (its partnerships are listed)."
      },
      {
        name: "heading",
        description: "A heading above the map (default: the data's `title`)."
      },
      {
        name: "heading-level",
        description: "The heading's level, 2 to 6 (default 2)."
      },
      {
        name: "lang",
        description: "`en-GB` (default) or `cy` for Welsh; otherwise the nearest `lang` on the page."
      },
      {
        name: "active",
        description: "The item under the pointer or keyboard (its tooltip is shown)."
      },
      {
        name: "selected",
        description: "The item a user selected."
      }
    ]
  }
];
