/** Rows one GraphQL batch may carry (~3 MB of JSON); bigger deliveries use `POST /imports/:feed`, which streams. */
export const MAX_API_BATCH_ROWS = 5_000;

/** Uploaded files: ~1.5 M rows of the widest feed. */
export const MAX_IMPORT_FILE_BYTES = 300 * 1024 * 1024;

/** Rows of "what will change" kept with a batch for the preview. */
export const CHANGE_SAMPLE_SIZE = 50;
