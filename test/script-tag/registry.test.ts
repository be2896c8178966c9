/**
 * The script-tag entry's lazy element registry (src/script-tag/registry.ts), on tags of its own:
 * each test's loaders define fresh test elements, so nothing here depends on the library's.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { createRegistry } from '../../src/script-tag/registry.ts';

let n = 0;
/** A fresh tag and a loader that defines it (a Lit element with a `label` property), counting its calls. */
function lazyTag() {
  const tag = `test-lazy-${++n}-${Math.random().toString(36).slice(2, 8)}`;
  const loader = Object.assign(
    async () => {
      loader.calls++;
      await new Promise((r) => setTimeout(r, 5)); // a chunk takes a moment to arrive
      customElements.define(
        tag,
        class extends LitElement {
          static override properties = { label: {} };
          label = 'default';
          override render() {
            return html`<span>${this.label}</span>`;
          }
        },
      );
    },
    { calls: 0 },
  );
  return { tag, loader };
}

const defined = (tag: string) => customElements.get(tag) !== undefined;
async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
const settle = () => new Promise((r) => setTimeout(r, 100));

describe('script tag: lazy element registry', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  function watched<T extends Record<string, () => Promise<unknown>>>(loaders: T, logger?: Pick<Console, 'error'>) {
    const root = document.createElement('div');
    document.body.append(root);
    const registry = createRegistry(loaders, { base: 'https://cdn.example/dots-flows/dots-flows.js', ...(logger ? { logger } : {}) });
    const stop = registry.watch(root);
    cleanups.push(() => {
      stop();
      root.remove();
    });
    return { root, registry };
  }

  it('defines a tag already in the watched tree, and imports its module once for many elements', async () => {
    const a = lazyTag();
    const root = document.createElement('div');
    root.innerHTML = `<${a.tag}></${a.tag}><p><${a.tag}></${a.tag}></p>`;
    document.body.append(root);
    const registry = createRegistry({ [a.tag]: a.loader });
    expect(defined(a.tag)).to.equal(false);
    const stop = registry.watch(root);
    cleanups.push(() => (stop(), root.remove()));
    await until(() => defined(a.tag));
    await settle();
    expect(a.loader.calls).to.equal(1);
    expect(root.querySelectorAll(':not(:defined)').length).to.equal(0);
  });

  it('defines a tag added later, and one nested deep inside other light-DOM elements', async () => {
    const a = lazyTag();
    const b = lazyTag();
    const { root } = watched({ [a.tag]: a.loader, [b.tag]: b.loader });
    await settle();
    expect(a.loader.calls + b.loader.calls, 'nothing is loaded before it is used').to.equal(0);
    root.append(document.createElement(a.tag));
    await until(() => defined(a.tag));
    const outer = document.createElement('section');
    outer.innerHTML = `<div><ul><li><${b.tag}></${b.tag}></li></ul></div>`;
    root.append(outer);
    await until(() => defined(b.tag));
    expect(outer.querySelector(b.tag)!.shadowRoot!.textContent).to.equal('default');
  });

  it('keeps properties set on an element before it upgrades', async () => {
    const a = lazyTag();
    const { root } = watched({ [a.tag]: a.loader });
    const el = document.createElement(a.tag) as HTMLElement & { label: string; updateComplete?: Promise<boolean> };
    el.label = 'set before upgrade';
    root.append(el);
    expect(defined(a.tag)).to.equal(false);
    await until(() => defined(a.tag));
    await el.updateComplete;
    expect(el.label).to.equal('set before upgrade');
    expect(el.shadowRoot!.textContent).to.equal('set before upgrade');
  });

  it('does not see into shadow roots; define(tag) does it, and resolves once the tag is defined', async () => {
    const a = lazyTag();
    const { root, registry } = watched({ [a.tag]: a.loader });
    const host = document.createElement('div');
    root.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `<${a.tag}></${a.tag}>`;
    await settle();
    expect(a.loader.calls).to.equal(0);
    expect(defined(a.tag)).to.equal(false);
    await registry.define(a.tag);
    expect(defined(a.tag)).to.equal(true);
    expect(a.loader.calls).to.equal(1);
  });

  it('define() with tags defines only those; with none, every tag it knows', async () => {
    const [a, b, c] = [lazyTag(), lazyTag(), lazyTag()];
    const registry = createRegistry({ [a.tag]: a.loader, [b.tag]: b.loader, [c.tag]: c.loader });
    await registry.define(a.tag);
    expect([a, b, c].map((t) => defined(t.tag))).to.deep.equal([true, false, false]);
    await registry.define();
    expect([a, b, c].map((t) => defined(t.tag))).to.deep.equal([true, true, true]);
    expect([a, b, c].map((t) => t.loader.calls)).to.deep.equal([1, 1, 1]);
    let error: unknown;
    await registry.define('not-a-dots-tag' as never).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('<not-a-dots-tag>');
  });

  it('a chunk that fails to load: one console error per attempt naming the tag and the URL, define() rejects, and a later try loads it', async () => {
    const tag = `test-lazy-broken-${++n}`;
    const errors: string[] = [];
    const missing = new URL(`/no-such-chunk-${n}.js`, location.href).href;
    let attempts = 0;
    // The network fails twice, then is back.
    const loader = () => {
      attempts += 1;
      if (attempts <= 2) return import(/* @vite-ignore */ missing);
      return Promise.resolve().then(() => customElements.define(tag, class extends HTMLElement {}));
    };
    const { root, registry } = watched({ [tag]: loader }, { error: (m: string) => errors.push(m) });
    root.append(document.createElement(tag), document.createElement(tag));
    await until(() => errors.length > 0);
    await settle();
    expect(errors.length, 'two elements, one attempt, one message').to.equal(1);
    expect(errors[0]).to.contain(`<${tag}>`).and.to.contain(missing);
    let error: unknown;
    await registry.define(tag as never).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain(`<${tag}>`).and.to.contain(missing);
    expect(errors.length).to.equal(2);
    expect(defined(tag)).to.equal(false);
    root.append(document.createElement(tag));
    await until(() => defined(tag));
    expect(attempts).to.equal(3);
    expect(errors.length, 'the try that worked logs nothing').to.equal(2);
  });
});
