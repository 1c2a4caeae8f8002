export * from './rules';
export * from './operators';
