// `import 'dots-flows/onboarding'`: registers <dots-onboarding-flow> and the elements it renders
// (step views, stepper, buttons, fields), and nothing else: no ledger, inspector, transfer list,
// HTTP adapter or claim flow. Backends come from the main entry, which tree-shakes:
// `import { HttpAdapter } from 'dots-flows'`.
import './components/onboarding-flow/define.ts';

export { DotsOnboardingFlow } from './components/onboarding-flow/onboarding-flow.ts';
export { adapterContext, provideAdapter } from './components/flow/context.ts';
export * from './components/flow/events.ts';
