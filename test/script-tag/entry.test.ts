/**
 * The script-tag entry itself (src/script-tag/index.ts) on a page: `window.DotsFlows`, the real
 * tags defined as they appear, and `load()` giving working classes.
 */
import { expect } from '@open-wc/testing';
import * as entry from '../../src/script-tag/index.ts';
import { DOTS_TAGS } from '../../src/script-tag/tags.ts';
import pkg from '../../package.json';

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('script tag: the entry', () => {
  it('sets window.DotsFlows to its load, define and version', () => {
    expect(Object.keys(window.DotsFlows).sort()).to.deep.equal(['define', 'load', 'version']);
    expect(window.DotsFlows.load).to.equal(entry.load);
    expect(window.DotsFlows.define).to.equal(entry.define);
    expect(entry.version).to.equal(pkg.version);
  });

  it('defines a real tag when it is added to the document, keeping what was set on it before', async () => {
    expect(customElements.get('dots-button'), 'nothing is defined up front').to.equal(undefined);
    const wrapper = document.createElement('div');
    const button = document.createElement('dots-button');
    button.variant = 'secondary'; // a property, set before the element is defined
    button.textContent = 'Go';
    wrapper.append(button);
    document.body.append(wrapper);
    await until(() => customElements.get('dots-button') !== undefined);
    await button.updateComplete;
    expect(button.variant).to.equal('secondary');
    expect(button.shadowRoot).to.not.equal(null);
    expect(customElements.get('dots-transfers'), 'only what the page uses').to.equal(undefined);
    await entry.define('dots-status-badge');
    expect(customElements.get('dots-status-badge')).to.not.equal(undefined);
    expect(DOTS_TAGS).to.include.members(['dots-onboarding-flow', 'dots-payout-claim-flow', 'dots-ledger-inspector']);
    wrapper.remove();
  });

  it('load() gives working classes: a mock adapter answers; load("http") the HTTP adapter', async () => {
    const lib = await entry.load();
    const adapter = await lib.createMockAdapter({ persist: 'memory', seed: 'entry-test', app: { name: 'Entry', sandbox_magic_code: true } });
    const settings = await adapter.getAppSettings();
    expect(settings).to.be.an('object');
    adapter.close();
    const mock = await entry.load('mock');
    expect(mock.MockAdapter).to.equal(lib.MockAdapter, 'one module, whichever way it is loaded');
    const http = await entry.load('http');
    expect(http.HttpAdapter).to.equal(lib.HttpAdapter);
    expect(new http.HttpAdapter({ baseUrl: 'https://api.example/', getToken: async () => 't' })).to.be.instanceOf(lib.HttpAdapter);
  });

  it('define() of a flow also warms it up, once, in idle time: a hidden flow rendered and taken out', async () => {
    const added: HTMLElement[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node instanceof HTMLElement && node.querySelector('dots-onboarding-flow')) added.push(node);
    });
    observer.observe(document.body, { childList: true });
    try {
      await entry.define('dots-onboarding-flow');
      expect(added, 'not before the browser is idle').to.have.length(0);
      await entry.define('dots-onboarding-flow', 'dots-status-badge');
      // The one warm-up define() started (DotsFlow.warmUp runs once per class).
      await (customElements.get('dots-onboarding-flow') as unknown as { warmUp(): Promise<void> }).warmUp();
    } finally {
      observer.disconnect();
    }
    expect(added, 'one warm-up for two calls').to.have.length(1);
    const box = added[0]!;
    expect(box.hidden).to.equal(true);
    expect(box.isConnected, 'taken out').to.equal(false);
    const screen = box.querySelector('dots-onboarding-flow')!.shadowRoot!.querySelector('[data-step-view]');
    expect(screen?.localName, 'its first screen was rendered').to.equal('dots-sign-in-step');
  });
});
