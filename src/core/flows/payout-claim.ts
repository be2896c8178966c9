/**
 * The payout-link claim flow: a payee opens a link, sees who sends how much, signs in (or is
 * recognised), gives a tax form when none is on file, picks or adds a payout method, chooses the
 * amount where the link allows part of it, and claims. Built from the onboarding steps (as data,
 * wrapped where the claim needs more) plus three claim steps of its own:
 *
 * - `claim-unavailable`: shown instead of everything else when the link cannot be claimed
 *   (missing, unknown, expired, canceled, already claimed, undelivered);
 * - `claim-intro`: the sender, the amount and the memo;
 * - `claim-review`: method, amount, fee, and the claim itself (idempotent per intent).
 *
 * Tax rule: a payee who has no tax form on file when they sign in is asked for one (a W-9 for a
 * US person, a W-8BEN otherwise, the same choice as onboarding); a payee with a form on file is
 * not asked again. A host hides the step with `hidden: ['compliance']`.
 */
import type { PayoutLink, PayoutLinkStatus } from '../ledger/schemas.ts';
import { DotsError } from '../ledger/errors.ts';
import type { BackendErrorInfo, EffectResult, FlowDefinition, FlowSnapshot, StepDefinition, StepEnv, StepValues } from '../machine/types.ts';
import { buildFlow } from './build.ts';
import { call, countryOfUser, emptyContext, type DotsContext } from './context.ts';
import { form } from './form.ts';
import { loadValidationRules } from '../validation/libraries.ts';
import { phoneStep } from './sign-in.ts';
import { codeHead, later, managePayoutsHead, profileHead, w8benHead, w9Head } from './step-heads.ts';
import { addEnglish } from '../../i18n/catalog.ts';
import claimEn from '../../i18n/locales/en/claim.ts';

// This module's English travels with it, not with every element (see addEnglish).
addEnglish({ claim: claimEn });

/** Why a link cannot be claimed. `missing`: no link given; `failed`: its delivery failed. */
export const LINK_PROBLEMS = ['missing', 'unknown', 'expired', 'canceled', 'claimed', 'failed'] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];

/** What the flow keeps of a link: no token (it is the secret part of the URL) and no metadata. */
export interface ClaimLink {
  id: string;
  amount: number;
  currency: string;
  status: PayoutLinkStatus;
  sender_name: string;
  memo: string | null;
  allow_partial: boolean;
  expires_at: string;
  payee: { first_name?: string; last_name?: string; email?: string; country_code?: string; phone_number?: string } | null;
  transfer_id: string | null;
}

export interface ClaimContext extends DotsContext {
  link: ClaimLink | null;
  linkProblem: LinkProblem | null;
  /**
   * Whether the payee had a tax form on file when they became known. Fixed then (and not updated
   * when the form is sent), so the step list does not change under the person's feet.
   */
  taxFormOnFile: boolean | null;
}

export const CLAIM_FLOW_ID = 'dots:payout-claim';
export const CLAIM_GROUP = 'payout';
export const CLAIM_INTRO = 'claim-intro';
export const CLAIM_REVIEW = 'claim-review';
export const CLAIM_UNAVAILABLE = 'claim-unavailable';
export const CLAIM_AMOUNT_MODES = ['full', 'partial'] as const;

/** The API steps the claim's flow record lists. */
export const CLAIM_API_STEPS = ['compliance', 'manage-payouts', 'payout'] as const;

export function claimContext(): ClaimContext {
  return { ...emptyContext([...CLAIM_API_STEPS]), link: null, linkProblem: null, taxFormOnFile: null };
}

export function toClaimLink(link: PayoutLink): ClaimLink {
  const payee = link.payee
    ? (Object.fromEntries(Object.entries(link.payee).filter(([, v]) => typeof v === 'string' && v)) as ClaimLink['payee'])
    : null;
  return {
    id: link.id,
    amount: link.amount,
    currency: link.currency,
    status: link.status,
    sender_name: link.sender_name,
    memo: link.memo,
    allow_partial: link.allow_partial,
    expires_at: link.expires_at,
    payee,
    transfer_id: link.transfer_id,
  };
}

const STATUS_PROBLEMS: Partial<Record<PayoutLinkStatus, LinkProblem>> = {
  claimed: 'claimed',
  expired: 'expired',
  canceled: 'canceled',
  failed: 'failed',
};

/** The problem a link's status means, or null when it can be claimed. */
export const problemOfStatus = (status: PayoutLinkStatus): LinkProblem | null => STATUS_PROBLEMS[status] ?? null;

/** The problem a backend error about the link means (claim refused, link gone), or null. */
export function problemOfError(e: Pick<BackendErrorInfo, 'code' | 'field'>): LinkProblem | null {
  switch (e.code) {
    case 'link_claimed':
      return 'claimed';
    case 'link_expired':
      return 'expired';
    case 'link_canceled':
      return 'canceled';
    case 'not_found':
      return e.field === 'link' || e.field === 'payout_link_id' ? 'unknown' : null;
    case 'conflict':
      return e.field === 'link' ? 'failed' : null;
    default:
      return null;
  }
}

/**
 * Why the flow cannot go on with this link, or null. True on the unavailable step, and after a
 * claim the backend refused because of the link (claimed from another tab meanwhile).
 */
export function linkProblemOf(s: FlowSnapshot<ClaimContext>): LinkProblem | null {
  if (s.current === CLAIM_UNAVAILABLE && s.ready) return s.context.linkProblem ?? 'unknown';
  if (s.status === 'failed') return problemOfError(s.error);
  return null;
}

// ---- the sign-in and onboarding steps, as the claim needs them ----

/** Values for empty fields only: prefill never overwrites what the person typed. */
function fillEmpty(values: StepValues, defaults: Record<string, string | undefined>): StepValues | undefined {
  const out: StepValues = {};
  for (const [k, v] of Object.entries(defaults)) if (v && !values[k]) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/** The link's payee phone as the phone step's fields (country, national number). */
function payeePhone(link: ClaimLink | null): { country?: string; phone?: string } {
  const p = link?.payee;
  if (!p?.country_code || !p.phone_number) return {};
  const country = countryOfUser({ country_code: p.country_code, phone_number: p.phone_number });
  return country ? { country, phone: p.phone_number } : {};
}

function rememberTaxForm(r: EffectResult<DotsContext> | void, fallback: boolean | null): EffectResult<ClaimContext> | void {
  if (!r) return r;
  const user = r.context?.user;
  const taxFormOnFile = user ? user.compliance.form !== null : fallback;
  return { ...r, context: { ...r.context, taxFormOnFile } } as EffectResult<ClaimContext>;
}

/**
 * The phone screen comes after the intro here, so its body (the link's payee filled in) is what
 * brings its screen (the element's step views), not the claim's first download.
 */
const claimPhoneStep: StepDefinition<ClaimContext> = {
  ...(phoneStep as StepDefinition<ClaimContext>),
  body: async () => ({
    async load(io) {
      const p = payeePhone(io.context.link);
      // The link's country goes with its number only: a person who typed a number keeps their country.
      const values = io.stepValues['phone'] ? undefined : fillEmpty({}, p);
      return values ? { values } : {};
    },
  }),
};

type ClaimStep = StepDefinition<ClaimContext>;

// The onboarding steps' code loads later, as in `buildFlow`; the claim's own behaviour wraps what
// the body returns (effects) or the step itself (`when`, which the body cannot override).
const claimCodeStep = later(codeHead as ClaimStep, async (): Promise<Partial<ClaimStep>> => {
  const { codeStep } = await import('./sign-in-code.ts');
  return {
    ...(codeStep as ClaimStep),
    async submit(adapter, data, signal, io) {
      return rememberTaxForm(await codeStep.submit!(adapter, data, signal, io), io.context.taxFormOnFile);
    },
  };
});

const claimProfileStep = later(profileHead as ClaimStep, async (): Promise<Partial<ClaimStep>> => {
  const { profileStep } = await import('./sign-in-profile.ts');
  return {
    ...(profileStep as ClaimStep),
    async load(io) {
      const p = io.context.link?.payee;
      const values = fillEmpty(io.stepValues, { first_name: p?.first_name, last_name: p?.last_name, email: p?.email });
      return values ? { values } : {};
    },
    async submit(adapter, data, signal, io) {
      return rememberTaxForm(await profileStep.submit!(adapter, data, signal, io), false);
    },
  };
});

const needsTaxForm = (env: StepEnv<ClaimContext>): boolean => env.context.taxFormOnFile !== true;

const claimW9Step = later<ClaimContext>({ ...(w9Head as ClaimStep), when: (env) => needsTaxForm(env) && (w9Head.when?.(env) ?? true) }, () =>
  import('./compliance.ts').then((m) => m.w9Step as ClaimStep),
);
const claimW8Step = later<ClaimContext>({ ...(w8benHead as ClaimStep), when: (env) => needsTaxForm(env) && (w8benHead.when?.(env) ?? true) }, () =>
  import('./compliance.ts').then((m) => m.w8benStep as ClaimStep),
);
const claimManagePayoutsStep = later(managePayoutsHead as ClaimStep, () => import('./manage-payouts.ts').then((m) => m.managePayoutsStep as ClaimStep));

// ---- the claim's own steps ----

const linkOk = ({ context }: StepEnv<ClaimContext>): boolean => context.linkProblem === null;

export const claimUnavailableStep: StepDefinition<ClaimContext> = {
  id: CLAIM_UNAVAILABLE,
  title: 'claim.unavailable.title',
  when: ({ context }) => context.linkProblem !== null,
  // Nothing can be done here; a Continue that passed would end the flow as if it had worked.
  schema: form((f) => f.fail('_form', 'claim.unavailable.title')),
};

export const claimIntroStep: StepDefinition<ClaimContext> = {
  id: CLAIM_INTRO,
  title: 'claim.intro.title',
  label: 'claim.intro.label',
  initial: () => ({}),
  summary: ({ context }) => ({ payout_link_id: context.link?.id ?? null, amount: context.link?.amount ?? null, currency: context.link?.currency ?? null }),
};

/**
 * The claim step for the link the flow was opened with (its token or id). Its rules, its load and
 * the claim itself (payout-claim-review.ts) arrive while the person is on the intro screen.
 */
export const claimReviewStep = (linkRef: string | null): StepDefinition<ClaimContext> => ({
  id: CLAIM_REVIEW,
  group: CLAIM_GROUP,
  title: 'claim.review.title',
  label: 'claim.review.label',
  initial: () => ({ payout_method_id: '', amount_mode: 'full', amount: '' }),
  canRevisit: ({ context }) => !context.transfer,
  body: () => import('./payout-claim-review.ts').then((m) => m.claimReviewBody(linkRef)),
});

export interface ClaimFlowOptions {
  /** Add the sign-in screens (when the host gives no user id). */
  signIn: boolean;
  /**
   * The payout link's token or id, as the page was opened with it. Kept in the definition, never
   * in the snapshot: drafts and saved snapshots hold the link's id only.
   */
  link: string | null;
}

/** Every screen but the unavailable one shows only while the link can be claimed. */
const whileClaimable = (step: StepDefinition<ClaimContext>): StepDefinition<ClaimContext> => ({
  ...step,
  when: (env) => linkOk(env) && (step.when?.(env) ?? true),
});

/** No such link here: not found, or a reference no link can have (the adapter refuses `..`, `a/b`). */
const isNotFound = (e: unknown): boolean => {
  if (!e || typeof e !== 'object') return false;
  const { code, field } = e as { code?: unknown; field?: unknown };
  return code === 'not_found' || (code === 'validation' && field === 'link') || problemOfError(e as BackendErrorInfo) === 'unknown';
};

/**
 * The claim flow as data for the step machine. A missing, unknown or closed link leads to the
 * `claim-unavailable` step (and only it); `linkProblemOf(snapshot)` says which page to show.
 */
export function buildClaimFlow(options: ClaimFlowOptions): FlowDefinition<ClaimContext> {
  const flow: StepDefinition<ClaimContext>[] = [claimIntroStep];
  if (options.signIn) flow.push(claimPhoneStep, claimCodeStep, claimProfileStep);
  flow.push(claimW9Step, claimW8Step, claimManagePayoutsStep, claimReviewStep(options.link));
  const steps = [claimUnavailableStep, ...flow.map(whileClaimable)];
  // The onboarding flow's record keeping (completed_steps as groups finish) fits the claim as is.
  const base = buildFlow([...CLAIM_API_STEPS], { signIn: options.signIn });
  return {
    id: `${CLAIM_FLOW_ID}${options.signIn ? ':sign-in' : ''}`,
    steps,
    context: claimContext(),
    prepare: loadValidationRules,
    async init(io) {
      const { adapter, signal } = io;
      const ref = options.link?.trim();
      if (!ref) return { context: { linkProblem: 'missing' } };
      const settings = await adapter.getAppSettings(call(signal));
      let link: PayoutLink;
      try {
        link = await adapter.getPayoutLink(ref, call(signal));
      } catch (e) {
        if (isNotFound(e)) return { context: { settings, linkProblem: 'unknown' } };
        throw e;
      }
      const view = toClaimLink(link);
      const problem = problemOfStatus(link.status);
      if (problem) return { context: { settings, link: view, linkProblem: problem } };
      if (link.currency !== settings.currency) throw new DotsError('bad_response', `link currency ${link.currency} is not the app's ${settings.currency}`);
      const record = io.flowId
        ? await adapter.getFlow(io.flowId, call(signal))
        : await adapter.createFlow({ steps: io.context.flowSteps, payout_link_id: link.id, ...(io.userId ? { user_id: io.userId } : {}) }, call(signal));
      const user = io.userId ? await adapter.getUser(io.userId, call(signal)) : null;
      await loadValidationRules(); // countryOfUser reads the phone metadata
      const country = io.context.country ?? (user ? countryOfUser(user) : null);
      return {
        flowId: record.id,
        context: { settings, link: view, linkProblem: null, payoutLinkId: link.id, user, country, taxFormOnFile: user ? user.compliance.form !== null : null },
      };
    },
    ...(base.record ? { record: base.record as FlowDefinition<ClaimContext>['record'] } : {}),
  };
}
