// Render a story the way Storybook does (loaders, meta and story args, render), then hand the
// canvas to the test; the canvas is removed and the loaded adapter closed afterwards.
import { render, type TemplateResult } from 'lit';

export type AnyStory = {
  name?: string;
  loaders?: Array<() => Promise<unknown>>;
  render?: (args: unknown, ctx: { loaded: unknown }) => TemplateResult;
  play?: (ctx: { canvasElement: HTMLElement }) => Promise<void>;
  args?: Record<string, unknown>;
};
export type AnyMeta = { args?: Record<string, unknown>; loaders?: Array<() => Promise<unknown>> };

export async function withStory(meta: AnyMeta, story: AnyStory, check: (canvas: HTMLElement) => Promise<void>): Promise<void> {
  const loaders = story.loaders ?? meta.loaders ?? [];
  const loaded = Object.assign({}, ...(await Promise.all(loaders.map((l) => l()))));
  const canvas = document.createElement('div');
  document.body.append(canvas);
  try {
    render(story.render!({ ...meta.args, ...story.args }, { loaded }), canvas);
    await check(canvas);
  } finally {
    canvas.remove();
    (loaded as { adapter?: { close(): void } }).adapter?.close();
  }
}
