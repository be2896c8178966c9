// The claim flow on the real MockAdapter (persist 'memory') and a ManualClock: a funded app, links
// made by the operator path, and an actor running the claim definition.
import type { BackendAdapter } from '../../src/adapters/types.ts';
import type { CreatePayoutLinkInput } from '../../src/core/ledger/inputs.ts';
import type { PayoutLink } from '../../src/core/ledger/schemas.ts';
import { buildClaimFlow, type ClaimContext } from '../../src/core/flows/payout-claim.ts';
import { createFlowActor, type FlowActor, type FlowActorOptions } from '../../src/core/machine/index.ts';
import { bench, editing, fill, type Bench } from '../machine/harness.ts';

export { bench, editing, fill, until, notices, recordingStore, type Bench } from '../machine/harness.ts';

export const TODAY = '2026-01-15';
export const SSN = '123-45-6789';
export const ACCOUNT = '000123456789';
export const W9 = { legal_name: 'Ada Lovelace', tax_id: SSN, address_line1: '1 Main St', city: 'Springfield', region: 'IL', postal_code: '62701', certified: true };
export const ACH = { platform: 'ach', routing_number: '011000015', account_number: ACCOUNT, account_type: 'checking' };

/** A bench whose app holds money for links. */
export async function claimBench(app: Parameters<typeof bench>[0] = {}): Promise<Bench> {
  const b = await bench({ sandbox_magic_code: false, ...app });
  b.ledger.refillApp(b.appId, 10_000_00);
  return b;
}

export function link(b: Bench, input: Partial<CreatePayoutLinkInput> = {}): PayoutLink {
  return b.ledger.createPayoutLink(b.appId, { amount: 125_00, memo: 'Thanks for the <b>great</b> work', ...input });
}

export type ClaimActor = FlowActor<ClaimContext>;

export function claimActor(b: Bench, linkRef: string | null, opts: Partial<FlowActorOptions<ClaimContext>> = {}): ClaimActor {
  return createFlowActor<ClaimContext>({
    definition: buildClaimFlow({ signIn: !opts.userId, link: linkRef }),
    adapter: b.adapter,
    today: TODAY,
    ...opts,
  });
}

/** Phone, code (and the profile when the phone is new, with what is already filled in kept). */
export async function signIn(b: Bench, a: ClaimActor, phone: string, profile?: Record<string, string>): Promise<void> {
  await editing(a, 'sign-in-phone');
  const s = a.getSnapshot();
  if (s.values['sign-in-phone']?.['phone'] !== phone) fill(a, { country: 'US', phone });
  a.send({ type: 'next' });
  await editing(a, 'sign-in-code');
  fill(a, { code: b.codeFor({ country_code: '1', phone_number: phone }) });
  a.send({ type: 'next' });
  if (profile) {
    await editing(a, 'sign-in-profile');
    fill(a, profile);
    a.send({ type: 'next' });
  }
}

/** Payout transfers made for a link. */
export const linkPayouts = (b: Bench, linkId: string) => b.ledger.listTransfers(b.appId, { payout_link_id: linkId, type: 'payout' }).data;

/**
 * The adapter with some methods replaced (a flaky network, a backend without events). A Proxy
 * rather than a subclass: the mock adapter's private fields need the real instance as `this`.
 */
export function withOverrides(adapter: BackendAdapter, overrides: Partial<BackendAdapter>): BackendAdapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop in overrides) return overrides[prop as keyof BackendAdapter];
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
