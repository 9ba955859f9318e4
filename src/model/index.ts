export * from './schema';
export * from './stances';
export * from './parseDataset';
