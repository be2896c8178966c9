import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createFlowActor, type FlowActor, type FlowActorOptions } from '../core/machine/actor.ts';
import type { FlowEvent, FlowNotice, FlowSnapshot } from '../core/machine/types.ts';

/**
 * Bridges a flow actor to an element: owns the actor, re-renders the host on every snapshot,
 * hands notices to the host, starts the actor when the host connects and stops it (aborting any
 * call in flight) when the host disconnects. When the configuration changes (`configure` with a
 * different key) a new actor replaces the old one.
 */
export class FlowController<C> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onNotice: (notice: FlowNotice, snapshot: FlowSnapshot<C>) => void;
  private current: FlowActor<C> | null = null;
  private key: string | null = null;
  private connected = false;
  private offs: Array<() => void> = [];

  constructor(host: ReactiveControllerHost, options: { onNotice: (notice: FlowNotice, snapshot: FlowSnapshot<C>) => void }) {
    this.host = host;
    this.onNotice = options.onNotice;
    host.addController(this);
  }

  /** The running actor, or null before the host is configured (no adapter yet). */
  get actor(): FlowActor<C> | null {
    return this.current;
  }

  get snapshot(): FlowSnapshot<C> | null {
    return this.current?.getSnapshot() ?? null;
  }

  send(event: FlowEvent): void {
    this.current?.send(event);
  }

  /**
   * Sets up the actor for the options `make` returns, unless `key` equals the last one (then
   * nothing changes and `make` is not called: hosts call this on every update, and building a
   * definition is work). `null` tears the actor down (no adapter, no steps).
   */
  configure(key: string, make: (() => FlowActorOptions<C>) | null): void {
    if (key === this.key && (make === null) === (this.current === null)) return;
    this.key = key;
    this.teardown();
    if (!make) return;
    const actor = createFlowActor(make());
    this.current = actor;
    this.offs.push(actor.subscribe(() => this.host.requestUpdate()));
    this.offs.push(actor.onNotice((n, s) => this.onNotice(n, s)));
    // Called from the host's willUpdate: the render that follows already shows the new actor.
    if (this.connected) queueMicrotask(() => this.current === actor && actor.start());
  }

  private teardown(): void {
    for (const off of this.offs.splice(0)) off();
    this.current?.stop();
    this.current = null;
  }

  hostConnected(): void {
    this.connected = true;
    const actor = this.current;
    // After the host's first render, so listeners on the element hear `dots-ready`.
    if (actor) queueMicrotask(() => this.current === actor && this.connected && actor.start());
  }

  hostDisconnected(): void {
    this.connected = false;
    this.current?.stop();
  }
}
