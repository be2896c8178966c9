// The peer's page (the Onfido web SDK from its npm package, script-tag build): mounts it with a
// dummy sandbox token whose API URLs point at this loopback server (the bench answers there with
// stub JSON, see peer.bench.ts). Records when its container first gets DOM (its loading spinner)
// and when its first screen (the welcome heading and its button, focusable) is there.
import { painted, until } from './common.ts';

interface OnfidoGlobal {
  init(options: Record<string, unknown>): { tearDown(): void };
}

function base64url(o: unknown): string {
  return btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** An unsigned JWT shaped like an SDK token: the SDK only decodes it in the browser. */
function dummyToken(): string {
  const api = `${location.origin}/offline-api`;
  const payload = {
    exp: Math.floor(Date.now() / 1000) + 3600,
    payload: { app: 'bench', client_uuid: '00000000-0000-4000-8000-000000000000', is_sandbox: true, ref: '*://*/*' },
    uuid: '00000000-0000-4000-8000-000000000001',
    enterprise_features: {},
    urls: { onfido_api_url: api, telephony_url: api, hosted_sdk_url: api, detect_document_url: api, sync_url: api, auth_url: api },
  };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.sig`;
}

const container = () => document.getElementById('onfido-mount')!;

const api = {
  scriptMs: () => window.__scriptReady - window.__scriptStart,
  scriptReadyAt: () => window.__scriptReady,
  longTasks: () => window.__longtasks,
  html: () => container().innerHTML.slice(0, 4000),
  text: () => container().innerText.slice(0, 1000),

  /** Calls Onfido.init and waits for the first DOM in its container and for its first screen. */
  async mount(): Promise<{ firstDom: number; firstScreen: number; painted: number; screen: string }> {
    const Onfido = (window as unknown as { Onfido: OnfidoGlobal }).Onfido;
    let firstDom = -1;
    const t0 = performance.now();
    new MutationObserver((_, obs) => {
      if (firstDom < 0) firstDom = performance.now() - t0;
      obs.disconnect();
    }).observe(container(), { childList: true, subtree: true });
    Onfido.init({ token: dummyToken(), containerId: 'onfido-mount', steps: ['welcome', 'document', 'face'] });
    // Its first screen: the welcome heading and its primary button, which takes focus (the first
    // control a person can use, as the phone input is on ours).
    await until(() => {
      const button = container().querySelector<HTMLButtonElement>('[class*=actionsContainer] button');
      if (!container().querySelector('h1') || !button) return false;
      button.focus();
      return document.activeElement === button;
    }, 30_000, 'the first screen');
    const t1 = performance.now();
    const t2 = await painted();
    return { firstDom, firstScreen: t1 - t0, painted: t2 - t0, screen: container().innerText.replace(/\s+/g, ' ').trim().slice(0, 200) };
  },
};

export type PeerBenchApi = typeof api;
(window as unknown as { bench: PeerBenchApi }).bench = api;
