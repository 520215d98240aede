export * from './model';
export * from './labels';
export * from './check';
export * from './apply';
export * from './compare';
export * from './report';
