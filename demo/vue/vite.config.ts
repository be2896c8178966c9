import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { isDotsElement } from 'dots-flows/vue';

export default defineConfig({
  plugins: [
    vue({
      // `dots-*` tags are custom elements, not Vue components: `tag => tag.startsWith('dots-')`.
      template: { compilerOptions: { isCustomElement: isDotsElement } },
    }),
  ],
});
