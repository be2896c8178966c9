import { defineConfig } from 'vite';

// One config, two library builds: the default mode emits the npm ES modules,
// `--mode iife` emits the single-file script-tag bundle (Vite builds an IIFE only from one entry).
export default defineConfig(({ mode }) => {
  if (mode === 'iife') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        lib: {
          entry: 'src/define.ts',
          name: 'DotsFlows',
          formats: ['iife'],
          fileName: () => 'dots-flows.iife.js',
        },
      },
    };
  }
  return {
    server: { host: '127.0.0.1', open: false },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry: { index: 'src/index.ts', define: 'src/define.ts' },
        formats: ['es'],
      },
      rollupOptions: {
        // Lit and zod stay external in the npm build so the host's bundler can dedupe them.
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/, /^ibantools/, /^libphonenumber-js/],
      },
    },
  };
});
