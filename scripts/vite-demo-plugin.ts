import type { Plugin } from 'vite';
export function demoDevPlugin(): Plugin { return { name: 'dots-demo-dev' }; }
