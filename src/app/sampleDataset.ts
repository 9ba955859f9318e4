import sampleText from '../../data/north-korea-troops.json?raw';
import { parseDataset, type ParseResult } from '../model/parseDataset';

/** The built-in sample, read through the same validation as any user's file. */
export function parseSampleDataset(): ParseResult {
  return parseDataset(sampleText);
}
