// Modules made by .storybook/cem-plugin.ts.
declare module 'virtual:custom-elements-manifest' {
  const manifest: object;
  export default manifest;
}
