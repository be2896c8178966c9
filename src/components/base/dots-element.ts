import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController, STRINGS_SCOPE, notifyStringsChanged } from '../../controllers/localize.ts';
import type { StringOverrides } from '../../i18n/catalog-types.ts';
import type { DotsAppearance } from '../../styles/appearance.ts';
import { appearanceModule, loadAppearance } from '../../styles/appearance-loader.ts';
import { hostStyles } from '../../styles/host.ts';

/**
 * How long an element waits for its language's catalog (or its `appearance` module) before it
 * renders without it meanwhile.
 */
const CATALOG_WAIT_MS = 5000;

/**
 * Base of every dots element: localization (`lang`, `strings`), theme (`theme` attribute,
 * `appearance` object) and the shared host styles. Not registered as a tag.
 */
export class DotsElement extends LitElement {
  static override styles = [hostStyles];

  /**
   * Per-instance message overrides: `{ 'common.continue': 'Next' }`. They also apply to dots
   * elements rendered inside this one.
   */
  @property({ type: Object }) strings: StringOverrides | undefined;

  /** Pins the colour scheme; by default the element follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** Token values from JS (camelCase keys, see `DotsAppearance`); updatable at any time. */
  @property({ type: Object }) appearance: DotsAppearance | undefined;

  protected readonly localize = new LocalizeController(this);

  /** Lets `strings` set here reach the dots elements rendered inside. */
  readonly [STRINGS_SCOPE] = true;

  /**
   * Waits for the catalog of the element's language when it is still being loaded (locales other
   * than English arrive on demand), so the element renders in its language from the start and
   * `updateComplete` settles once it has; likewise for the `appearance` module, so a host's look
   * shows from the first paint. A stalled network does not keep it blank: after CATALOG_WAIT_MS it
   * renders in English (or with the theme's tokens), and again when the module arrives.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const catalog = this.localize.ready;
    const look = this.appearance && !appearanceModule() ? loadAppearance().catch(() => undefined) : undefined;
    const loading = catalog && look ? Promise.all([catalog, look]) : (catalog ?? look);
    if (!loading) return super.scheduleUpdate();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<void>((resolve) => (timer = setTimeout(resolve, CATALOG_WAIT_MS)));
    return Promise.race([loading, stalled]).then(() => {
      clearTimeout(timer);
      return super.scheduleUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('appearance')) return;
    const module = appearanceModule();
    if (module) module.applyAppearance(this, this.appearance);
    // Arrived late (a stalled network): apply it then. An invalid object still throws, visibly.
    else if (this.appearance) void loadAppearance().then((m) => m.applyAppearance(this, this.appearance), () => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('strings')) notifyStringsChanged(this);
  }
}
