import sampleText from '../../data/north-korea-troops.json?raw';

/** The built-in sample's text; it goes through the same reading and validation as any file. */
export const SAMPLE_TEXT: string = sampleText;
