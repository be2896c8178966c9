// Storybook's Vite config: an app build (not the library build of the root vite.config.ts).
export default {};
