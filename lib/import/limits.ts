/** The largest file the importer reads (the CLI, the browser and the API alike). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
