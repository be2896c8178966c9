import type { Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * Minifies the HTML and CSS inside Lit's `html` and `css` templates of our own sources, for the
 * published builds (npm and script tag). A JS minifier leaves template text alone, and that text
 * was about a tenth of what the onboarding flow downloads: indentation, newlines and CSS as
 * written. Tests and `npm run dev` run the sources as they are.
 */
export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'dots-minify-templates',
    apply: 'build',
    async transform(code, id) {
      const file = id.split('?')[0]!.split('\\').join('/');
      if (!/\/src\/.*\.ts$/.test(file) || !/\b(html|css|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: file });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
