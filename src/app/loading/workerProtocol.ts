import type { FileReadResult } from '../../model/readDataset';

/** What the page asks the dataset worker: read this file or text (a file's name tells its format). */
export interface WorkerRequest {
  id: number;
  input: Blob | string;
  name?: string;
  /** The title a converted file gets when it has none of its own (a saved session's file name). */
  title?: string;
}

export type LoadPhase = 'reading' | 'validating';

/**
 * What the worker answers: progress, then a result (or a failure of the worker itself). `text` is
 * what a session keeps to open the same data again: the file's text, or the dataset's JSON.
 */
export type WorkerReply =
  | { id: number; type: 'progress'; phase: LoadPhase }
  | { id: number; type: 'result'; result: FileReadResult; text: string | null }
  | { id: number; type: 'failed'; message: string };
