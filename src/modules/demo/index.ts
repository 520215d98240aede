// The demo: what `doithoai serve --demo` uses to load the two demo spaces once.
export { loadDemo } from './demo.seed';
