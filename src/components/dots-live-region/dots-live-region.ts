import { DotsElement } from '../base/dots-element.ts';
import { AnnouncerController } from '../../controllers/announcer.ts';
import { srOnly } from '../../styles/shared.ts';

/**
 * @summary A visually hidden polite live region. Call `announce(text)`. Elements built with
 * Lit can use `AnnouncerController` instead; a flow has exactly one of either.
 *
 * @csspart live-region - The region (role status).
 */
export class DotsLiveRegion extends DotsElement {
  static override styles = [...DotsElement.styles, srOnly];

  private readonly announcer = new AnnouncerController(this);

  /** Announces `text` politely; the same text twice is announced twice. */
  announce(text: string): void {
    this.announcer.announce(text);
  }

  clear(): void {
    this.announcer.clear();
  }

  get message(): string {
    return this.announcer.message;
  }

  override render() {
    return this.announcer.region;
  }
}
