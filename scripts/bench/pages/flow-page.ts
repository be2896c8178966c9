// The onboarding bench page: mounts <dots-onboarding-flow> from the script-tag bundle on a mock
// adapter (persist 'memory') and times what a person waits for. Node drives it with real key
// presses (scripts/bench/flows.bench.ts); times are taken here, on the page's own clock, from the
// key event's timestamp, so the driver's round trips are not counted.
import { deepActive, deepQuery, longTasksSince, painted, tick, until } from './common.ts';

type Flow = HTMLElement & {
  adapter: unknown;
  actor: { getSnapshot(): { current: string; status: string } } | null;
};
type Adapter = Awaited<ReturnType<typeof window.dotsLib.createMockAdapter>>;

// The API from the script-tag entry's lazy chunks; the element is defined by the entry when mounted.
window.dotsLib = await window.DotsFlows.load('mock');

let adapter: Adapter | null = null;
let flow: Flow | null = null;

async function freshAdapter(): Promise<Adapter> {
  adapter?.close();
  // The documented sandbox code (000000) signs anyone in, as on the demo.
  adapter = await window.dotsLib.createMockAdapter({ persist: 'memory', seed: 'bench', app: { name: 'Bench', sandbox_magic_code: true } });
  return adapter;
}

function createFlow(a: Adapter): Flow {
  const el = document.createElement('dots-onboarding-flow') as Flow;
  el.adapter = a;
  // No sessionStorage draft: every run starts on the first screen.
  el.setAttribute('no-draft', '');
  return el;
}

/** The phone number's <input>, if rendered. */
function phoneInput(f: Flow): HTMLInputElement | null {
  // No shadow root yet while the element's chunk loads (the script tag defines it when it appears).
  if (!f.shadowRoot) return null;
  return deepQuery<HTMLInputElement>(f.shadowRoot, 'dots-phone-input')?.shadowRoot?.querySelector<HTMLInputElement>('input#input') ?? null;
}

/** True once the phone input exists and takes focus. */
function phoneFocusable(f: Flow): boolean {
  const input = phoneInput(f);
  if (!input) return false;
  input.focus();
  return deepActive() === input;
}

/** The step view's field element named `name`. */
function field(name: string): HTMLElement {
  const view = flow!.shadowRoot!.querySelector('[data-step-view]');
  const el = view?.shadowRoot?.querySelector<HTMLElement>(`[name="${name}"]`);
  if (!el) throw new Error(`no field ${name} on ${flow!.actor?.getSnapshot().current}`);
  return el;
}

function control(name: string): HTMLInputElement | HTMLSelectElement {
  const el = field(name).shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>('input#input, input#checkbox, select#select');
  if (!el) throw new Error(`no control in ${name}`);
  return el;
}

const heading = (): HTMLElement | null => flow!.shadowRoot!.querySelector<HTMLElement>('[data-step-heading]');

/** Records the timestamp of the first keydown after arming (the key that starts what is measured). */
function firstKeydown(): Promise<number> {
  return new Promise((resolve) => {
    window.addEventListener('keydown', (e) => resolve(e.timeStamp), { capture: true, once: true });
  });
}

let armed: Promise<{ ms: number; paintedMs: number; screen: string }> | null = null;

const api = {
  scriptMs: () => window.__scriptReady - window.__scriptStart,

  /**
   * What a page that inserts the flow later does at load (README): `define()` the tag so its
   * chunks are in before the insertion (and, in idle time after, the flow is warmed up). Resolves
   * with the time define() took, in ms; `withWarmUp`: until the warm-up is done too.
   */
  async defineFlow(withWarmUp = false): Promise<number> {
    const t0 = performance.now();
    await window.DotsFlows.define('dots-onboarding-flow');
    // The warm-up define() starts in idle time, awaited here when its cost must be counted.
    if (withWarmUp) await (customElements.get('dots-onboarding-flow') as unknown as { warmUp(): Promise<void> }).warmUp();
    return performance.now() - t0;
  },
  scriptReadyAt: () => window.__scriptReady,
  /** Waits `ms` (a page doing other things before it inserts the flow). */
  wait: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  longTasks: (since = 0) => longTasksSince(since),
  now: () => performance.now(),

  /**
   * Inserts a flow and waits until the phone input takes focus: { focusable, painted } in ms from
   * the insertion. Removes the previous flow first.
   */
  async mount(latencyMs = 0): Promise<{ focusable: number; painted: number }> {
    flow?.remove();
    const a = await freshAdapter();
    // A backend that takes this long to answer each call (the flow's start makes two or three).
    if (latencyMs) a.faults.configure({ enabled: true, latencyMs });
    await painted();
    const el = createFlow(a);
    const t0 = performance.now();
    document.body.append(el);
    flow = el;
    await until(() => phoneFocusable(el), 20_000, 'the phone input');
    const t1 = performance.now();
    const t2 = await painted();
    return { focusable: t1 - t0, painted: t2 - t0 };
  },

  /** Focuses a field's control (Node then types into it with real key presses). */
  focus(name: string): void {
    const c = control(name);
    c.focus();
    if (deepActive() !== c) throw new Error(`${name} did not take focus`);
    // The caret at the end, where a person continues typing (email inputs have no selection API).
    if (c instanceof HTMLInputElement && ['text', 'tel', 'search', 'url', 'password'].includes(c.type)) c.setSelectionRange(c.value.length, c.value.length);
  },

  /** Picks an option of a select the way the element reports a choice. */
  choose(name: string, value: string): void {
    const c = control(name) as HTMLSelectElement;
    c.value = value;
    c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  },

  screen: () => flow?.actor?.getSnapshot().current ?? '',
  status: () => flow?.actor?.getSnapshot().status ?? '',

  /**
   * Arms a step-change measurement: from the next keydown (Enter) to focus on the heading of
   * another screen (or of the completion message).
   */
  armStep(): void {
    const from = api.screen();
    const start = firstKeydown();
    armed = (async () => {
      const t0 = await start;
      await until(() => {
        const s = flow!.actor!.getSnapshot();
        const moved = s.current !== from || s.status === 'complete';
        return moved && s.status !== 'submitting' && flow!.shadowRoot!.activeElement === heading();
      }, 20_000, `a new heading after ${from}`).catch((e: unknown) => {
        // Say where the flow is, so a failed run can be read.
        const s = flow!.actor!.getSnapshot() as { current: string; status: string; error?: unknown; errors?: unknown };
        throw new Error(`${String(e)}; the flow is at ${s.current} (${s.status}) ${JSON.stringify({ error: s.error, errors: s.errors })}, focus on ${deepActive()?.localName ?? 'nothing'}`);
      });
      const t1 = performance.now();
      const t2 = await painted();
      return { ms: t1 - t0, paintedMs: t2 - t0, screen: api.status() === 'complete' ? 'complete' : api.screen() };
    })();
  },

  /**
   * Arms a validation-message measurement on a touched field: from the next keydown to its
   * message in the DOM (`shown`), or gone again (`!shown`).
   */
  armMessage(name: string, shown: boolean): void {
    const start = firstKeydown();
    const errorText = () => field(name).shadowRoot!.querySelector('[part=error]')?.textContent?.trim() ?? '';
    armed = (async () => {
      const t0 = await start;
      await until(() => (errorText() !== '') === shown, 20_000, `the ${name} message ${shown ? 'shown' : 'gone'}`);
      const t1 = performance.now();
      const t2 = await painted();
      return { ms: t1 - t0, paintedMs: t2 - t0, screen: errorText() };
    })();
  },

  /** The armed measurement's result. */
  async measured() {
    const r = await armed!;
    armed = null;
    return r;
  },

  /** Mounts and removes `n` flows on one adapter, each until its first field takes focus. */
  async churn(n: number): Promise<void> {
    flow?.remove();
    flow = null;
    const a = adapter ?? (await freshAdapter());
    for (let i = 0; i < n; i++) {
      const el = createFlow(a);
      document.body.append(el);
      await until(() => phoneFocusable(el), 20_000, 'the phone input');
      el.remove();
      await tick();
    }
  },

  /** Flow records kept by the shared adapter's ledger (one per mounted flow: data, not a leak). */
  ledgerFlows(): number {
    const a = adapter!;
    let n = 0;
    let after: string | undefined;
    for (;;) {
      const page = a.ledger.listFlows(a.appId, { limit: 100, ...(after ? { starting_after: after } : {}) });
      n += page.data.length;
      if (!page.has_more || page.data.length === 0) return n;
      after = page.data.at(-1)!.id;
    }
  },

  /** Drops the shared adapter (and its ledger with the flow records) for a fresh, empty one. */
  async replaceAdapter(): Promise<void> {
    flow?.remove();
    flow = null;
    await freshAdapter();
  },
};

export type FlowBenchApi = typeof api;
(window as unknown as { bench: FlowBenchApi }).bench = api;
