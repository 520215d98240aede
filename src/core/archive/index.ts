export * from './central-directory';
export * from './limits';
