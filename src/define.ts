// Registers every dots-* element. Entry of the script-tag bundle, where Vite exposes these
// exports as `window.DotsFlows`.
export * from './index.ts';
