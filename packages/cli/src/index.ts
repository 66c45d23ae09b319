// The command line, runnable in-process.
export { type CliIo, EXIT } from './cli-io.js';
// The Rego formatter behind `kitelogik fmt`.
export { formatSource } from './fmt/format-source.js';
export { run } from './run.js';
