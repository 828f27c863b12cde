export * from './diff';
export * from './fields';
export * from './limits';
export * from './validate';
