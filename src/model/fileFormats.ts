// The formats the app opens, as the file picker and messages name them. Kept apart from the
// readers so the page can use them without loading any reader.

/** The formats the app reads, as it names them to users. */
export const FORMATS_READ =
  'stancegraph JSON, Cytoscape JSON (.cyjs), GEXF (.gexf), GraphML (.graphml), ' +
  'DNA databases (.dna), and spreadsheets of statements (.csv, .tsv, .xlsx)';

/** The file name endings the file picker offers and a dropped file may have. */
export const FILE_EXTENSIONS = [
  '.json',
  '.cyjs',
  '.gexf',
  '.graphml',
  '.dna',
  '.csv',
  '.tsv',
  '.xlsx',
] as const;

/** The file picker's `accept`: every extension, and the media types browsers give such files. */
export const FILE_ACCEPT = [
  ...FILE_EXTENSIONS,
  'application/json',
  'text/csv',
  'text/tab-separated-values',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');
