// Custom elements manifest (custom-elements.json): properties, attributes, events, slots, CSS parts
// and custom properties of every public element, read from the JSDoc in src/components. Storybook
// builds its controls and docs from it (.storybook/cem-plugin.ts) and the npm package ships it.
export default {
  globs: ['src/components/**/*.ts'],
  // The element modules and their define.ts (where the tag name is registered); styles hold no API.
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.test.ts', 'src/components/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
};
