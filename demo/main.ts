/**
 * The demo host page. It uses the library only through `window.DotsFlows`, which the script-tag
 * entry (a module script before this one) set, exactly as a customer's page would: `load()` for
 * the API, and the elements are defined by the entry as the sections put them on the page.
 */
import { createDemoAdapter, type DemoAdapter } from './lib/adapters.ts';
import { LOCALES, type AdapterKind, type DemoContext, type DemoLocale, type ThemeName } from './lib/context.ts';
import { clear, h } from './lib/dom.ts';
import { sections } from './sections/index.ts';

interface DemoState {
  adapter: AdapterKind;
  locale: DemoLocale;
  theme: ThemeName;
}

const statusEl = document.getElementById('demo-status')!;
const form = document.getElementById('demo-controls') as HTMLFormElement;

function status(message: string, kind: 'info' | 'error' = 'info'): void {
  statusEl.textContent = message;
  statusEl.dataset['kind'] = kind;
}

function readState(): DemoState {
  const q = new URLSearchParams(location.search);
  const locale = LOCALES.find((l) => l === q.get('locale')) ?? 'en';
  return {
    adapter: q.get('adapter') === 'http' ? 'http' : 'mock',
    locale,
    theme: q.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

function writeState(state: DemoState): void {
  const q = new URLSearchParams(location.search);
  q.set('adapter', state.adapter);
  q.set('locale', state.locale);
  q.set('theme', state.theme);
  history.replaceState(null, '', `${location.pathname}?${q}${location.hash}`);
}

/** Locale, direction and theme on the page root: the flows read them from there. */
function applyLook(state: DemoState): void {
  const root = document.documentElement;
  root.lang = state.locale;
  root.dir = state.locale === 'ar' ? 'rtl' : 'ltr';
  root.dataset['theme'] = state.theme;
}

function syncForm(state: DemoState): void {
  (form.elements.namedItem('locale') as HTMLSelectElement).value = state.locale;
  (form.elements.namedItem('theme') as HTMLSelectElement).value = state.theme;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="adapter"]')) radio.checked = radio.value === state.adapter;
}

function renderSkeleton(): Map<string, HTMLElement> {
  const hosts = new Map<string, HTMLElement>();
  const nav = document.getElementById('demo-nav')!;
  const main = document.getElementById('demo-sections')!;
  nav.replaceChildren(h('ul', {}, ...sections.map((s) => h('li', {}, h('a', { href: `#${s.id}` }, s.title)))));
  main.replaceChildren(
    ...sections.map((s) => {
      const host = h('div', { class: 'demo-section-body' });
      hosts.set(s.id, host);
      return h(
        'section',
        { class: 'demo-section', id: s.id, 'data-section': s.id, 'aria-labelledby': `${s.id}-title` },
        h('h2', { id: `${s.id}-title` }, s.title),
        s.description ? h('p', {}, s.description) : null,
        host,
      );
    }),
  );
  return hosts;
}

let current: { controller: AbortController; backend: DemoAdapter | null } | null = null;

async function mountAll(lib: DotsLib, kind: AdapterKind, hosts: Map<string, HTMLElement>): Promise<void> {
  current?.controller.abort();
  current?.backend?.dispose();
  const controller = new AbortController();
  current = { controller, backend: null };
  document.documentElement.dataset['demoReady'] = 'false';
  const backend = await createDemoAdapter(kind, lib);
  if (controller.signal.aborted) return backend.dispose();
  current.backend = backend;
  window.dotsDemo = { adapter: backend.adapter, adapterKind: kind };
  const ctx: DemoContext = { lib, adapter: backend.adapter, adapterKind: kind, signal: controller.signal, status };
  for (const section of sections) {
    const host = hosts.get(section.id)!;
    clear(host);
    try {
      await section.mount(host, ctx);
    } catch (e) {
      status(`The ${section.title} section failed to start: ${e instanceof Error ? e.message : String(e)}`, 'error');
      throw e;
    }
  }
  // The entry defines each element as it appears; the page is ready once all of them are.
  const pending = new Set([...document.querySelectorAll(':not(:defined)')].map((el) => el.localName).filter((name) => name.startsWith('dots-')));
  await window.DotsFlows.define(...([...pending] as Parameters<Window['DotsFlows']['define']>));
  if (controller.signal.aborted) return;
  status(kind === 'http' ? 'Using the HTTP adapter against the mock Dots API at /api.' : 'Using the in-browser mock ledger.');
  document.documentElement.dataset['demoReady'] = 'true';
}

async function start(): Promise<void> {
  if (!window.DotsFlows) {
    status('The script-tag entry did not load: build it with `npx vite build --mode script`.', 'error');
    throw new Error('window.DotsFlows is missing');
  }
  let lib: DotsLib;
  try {
    lib = await window.DotsFlows.load();
  } catch (e) {
    status(`The library did not load: ${e instanceof Error ? e.message : String(e)}`, 'error');
    throw e;
  }
  const state = readState();
  applyLook(state);
  syncForm(state);
  const hosts = renderSkeleton();
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'adapter') {
      state.adapter = target.value === 'http' ? 'http' : 'mock';
      void mountAll(lib, state.adapter, hosts);
    } else if (target.name === 'locale') {
      state.locale = LOCALES.find((l) => l === target.value) ?? 'en';
    } else if (target.name === 'theme') {
      state.theme = target.value === 'dark' ? 'dark' : 'light';
    }
    applyLook(state);
    writeState(state);
  });
  await mountAll(lib, state.adapter, hosts);
}

void start();
