import type { ReadResult } from '../../model/readDataset';

/** What the page asks the dataset worker: read this file or text. */
export interface WorkerRequest {
  id: number;
  input: Blob | string;
}

export type LoadPhase = 'reading' | 'validating';

/** What the worker answers: progress, then a result (or a failure of the worker itself). */
export type WorkerReply =
  | { id: number; type: 'progress'; phase: LoadPhase }
  | { id: number; type: 'result'; result: ReadResult; text: string }
  | { id: number; type: 'failed'; message: string };
