import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.ts';
import { createMockAdapter, type MockAdapter } from '../src/adapters/mock/mock-adapter.ts';
import { buildFlow, type StepName } from '../src/core/flows/build.ts';
import type { DotsContext } from '../src/core/flows/context.ts';
import { createFlowActor } from '../src/core/machine/actor.ts';
import type { FlowEvent, FlowSnapshot } from '../src/core/machine/types.ts';

/**
 * Every step of the flows, each in `<dots-flow>` on the mock ledger, in the states a person meets:
 * empty, invalid, failed. Screens further into a step (the one-time code, the profile) start from a
 * snapshot made by running the step machine headless, as a host resuming a session would.
 */
interface Loaded {
  adapter: MockAdapter;
  userId: string;
  ukUserId: string;
  snapshot?: FlowSnapshot<DotsContext>;
}

interface Setup {
  excluded?: Array<'ach' | 'paypal' | 'venmo' | 'cash_app' | 'intl_bank'>;
  methods?: boolean;
  failing?: string;
  /** Drive a headless actor through these events on a flow of `steps`, then hand the snapshot over. */
  drive?: { steps: StepName[]; signIn: boolean; until: string; events: (s: FlowSnapshot<DotsContext>) => FlowEvent[] };
}

async function load(setup: Setup = {}): Promise<Loaded> {
  const adapter = await createMockAdapter({
    persist: 'memory',
    seed: 'storybook-steps',
    app: { name: 'Storybook Marketplace', sandbox_magic_code: true, payout_fees: { paypal: 25 }, payout_options_exclude_list: setup.excluded ?? [] },
  });
  const { ledger, appId } = adapter;
  const user = ledger.createUserDirect(appId, { first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com', country_code: '1', phone_number: '2015550124' });
  const uk = ledger.createUserDirect(appId, { first_name: 'Alan', last_name: 'Turing', email: 'alan@example.co.uk', country_code: '44', phone_number: '7400123456' });
  if (setup.methods) {
    ledger.addPayoutMethod(appId, { platform: 'ach', user_id: user.id, routing_number: '011000015', account_number: '000123456789', account_type: 'checking' });
    ledger.addPayoutMethod(appId, { platform: 'paypal', user_id: user.id, email: 'grace@example.com' });
  }
  ledger.refillApp(appId, 500_00);
  ledger.transferToUser(appId, user.id, 75_00);
  const loaded: Loaded = { adapter, userId: user.id, ukUserId: uk.id };
  if (setup.drive) {
    const d = setup.drive;
    const actor = createFlowActor<DotsContext>({ definition: buildFlow(d.steps, { signIn: d.signIn }), adapter });
    const snapshot = await new Promise<FlowSnapshot<DotsContext>>((resolve) => {
      let sent = '';
      actor.subscribe((s) => {
        if (s.status !== 'editing') return;
        if (s.current === d.until) return resolve(s);
        if (sent === `${s.current}:${s.seq}`) return;
        sent = `${s.current}:${s.seq}`;
        for (const e of d.events(s)) actor.send(e);
      });
      actor.start();
    });
    loaded.snapshot = actor.getStorableSnapshot();
    actor.stop();
  }
  if (setup.failing) adapter.faults.failMethod(setup.failing, 'server');
  return loaded;
}

const phoneEvents = (s: FlowSnapshot<DotsContext>): FlowEvent[] =>
  s.current === 'sign-in-phone'
    ? [{ type: 'change', field: 'phone', value: '2015550199' }, { type: 'next' }]
    : s.current === 'sign-in-code'
      ? [{ type: 'change', field: 'code', value: '000000' }, { type: 'next' }]
      : [];

interface Args {
  lang: string;
  theme: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Flows/Steps',
  component: 'dots-flow',
  args: { lang: 'en', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'es', 'fr', 'pt-BR', 'ar'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
};
export default meta;

type Story = StoryObj<Args>;
const L = (loaded: Record<string, unknown>) => loaded as unknown as Loaded;

/** `<dots-flow>` for one step, as the signed-in Grace unless `user` says otherwise. */
function flow(a: Args, loaded: Loaded, steps: string, opts: { user?: string | null; snapshot?: unknown } = {}) {
  const user = opts.user === undefined ? loaded.userId : opts.user;
  return html`<dots-flow
    lang=${a.lang}
    theme=${a.theme}
    .adapter=${loaded.adapter}
    .userId=${user ?? undefined}
    .snapshot=${opts.snapshot}
    steps=${steps}
    redirect-url="https://example.com/thanks"
    redirect-seconds="20"
    no-draft
    @dots-flow-exit=${(e: Event) => e.preventDefault()}
  ></dots-flow>`;
}

export const SignInPhone: Story = {
  name: 'Sign in: phone',
  loaders: [() => load()],
  render: (a, { loaded }) => flow(a, L(loaded), 'compliance', { user: null }),
};

export const SignInCode: Story = {
  name: 'Sign in: one-time code',
  loaders: [() => load({ drive: { steps: ['compliance'], signIn: true, until: 'sign-in-code', events: phoneEvents } })],
  render: (a, { loaded }) => flow(a, L(loaded), 'compliance', { user: null, snapshot: L(loaded).snapshot }),
};

export const SignInProfile: Story = {
  name: 'Sign in: new payee profile',
  loaders: [() => load({ drive: { steps: ['compliance'], signIn: true, until: 'sign-in-profile', events: phoneEvents } })],
  render: (a, { loaded }) => flow(a, L(loaded), 'compliance', { user: null, snapshot: L(loaded).snapshot }),
};

export const W9: Story = {
  name: 'Compliance: W-9',
  loaders: [() => load()],
  render: (a, { loaded }) => flow(a, L(loaded), 'compliance'),
};

export const W9Invalid: Story = {
  name: 'Compliance: W-9 with problems',
  loaders: [() => load()],
  render: (a, { loaded }) => flow(a, L(loaded), 'compliance'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dots-flow')!;
    await new Promise((r) => setTimeout(r, 300));
    el.send({ type: 'change', field: 'tax_id', value: '666-00-1234' });
    el.send({ type: 'next' });
  },
};

export const W8BEN: Story = {
  name: 'Compliance: W-8BEN',
  loaders: [() => load()],
  render: (a, { loaded }) => flow(a, L(loaded), 'compliance', { user: L(loaded).ukUserId }),
};

export const IdVerification: Story = {
  name: 'Identity verification',
  loaders: [() => load()],
  render: (a, { loaded }) => flow(a, L(loaded), 'id-verification'),
};

export const ManagePayoutsEmpty: Story = {
  name: 'Payout methods: none yet',
  loaders: [() => load()],
  render: (a, { loaded }) => flow(a, L(loaded), 'manage-payouts'),
};

export const ManagePayoutsList: Story = {
  name: 'Payout methods: list and default',
  loaders: [() => load({ methods: true })],
  render: (a, { loaded }) => flow(a, L(loaded), 'manage-payouts'),
};

export const ManagePayoutsExclusions: Story = {
  name: 'Payout methods: app excludes Venmo and Cash App',
  loaders: [() => load({ excluded: ['venmo', 'cash_app'] })],
  render: (a, { loaded }) => flow(a, L(loaded), 'manage-payouts'),
};

export const Payout: Story = {
  name: 'Payout: withdraw',
  loaders: [() => load({ methods: true })],
  render: (a, { loaded }) => flow(a, L(loaded), 'payout'),
};

export const PayoutFailing: Story = {
  name: 'Payout: backend failing (Try again)',
  loaders: [() => load({ methods: true, failing: 'createPayout' })],
  render: (a, { loaded }) => flow(a, L(loaded), 'payout'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dots-flow')!;
    await new Promise((r) => setTimeout(r, 300));
    el.send({ type: 'next' });
  },
};

export const Redirect: Story = {
  name: 'Redirect',
  loaders: [() => load()],
  render: (a, { loaded }) => flow(a, L(loaded), 'redirect'),
};

export const RedirectUnsafe: Story = {
  name: 'Redirect: unsafe URL refused',
  loaders: [() => load()],
  render: (a, { loaded }) => html`<dots-flow
    lang=${a.lang}
    theme=${a.theme}
    .adapter=${L(loaded).adapter}
    user-id=${L(loaded).userId}
    steps="redirect"
    redirect-url="javascript:alert(1)"
    no-draft
  ></dots-flow>`,
};
