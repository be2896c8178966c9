/**
 * Auto-run for a manual clock: while on, advances the clock by the real time that passed
 * (times a speed factor), so a demo can let payouts settle on their own and still be paused.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Advanceable {
  advance(ms: number): void;
}

export const isAdvanceable = (clock: unknown): clock is Advanceable =>
  typeof (clock as Partial<Advanceable> | null)?.advance === 'function';

const TICK_MS = 100;

export class AutoClockController implements ReactiveController {
  #host: ReactiveControllerHost;
  #clock: Advanceable | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;
  #last = 0;
  #running = false;
  speed = 1;
  /** Called after each advance (e.g. to re-render), and with errors a timer callback threw. */
  onTick: (error?: unknown) => void = () => {};

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get running(): boolean {
    return this.#running;
  }

  start(clock: Advanceable): void {
    this.stop();
    this.#clock = clock;
    this.#running = true;
    this.#last = performance.now();
    this.#timer = setInterval(() => this.#tick(), TICK_MS);
    this.#host.requestUpdate();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#running) {
      this.#running = false;
      this.#host.requestUpdate();
    }
  }

  #tick(): void {
    const now = performance.now();
    const elapsed = now - this.#last;
    this.#last = now;
    try {
      this.#clock?.advance(Math.round(elapsed * this.speed));
      this.onTick();
    } catch (e) {
      this.onTick(e);
    }
  }

  hostDisconnected(): void {
    this.stop();
  }
}
