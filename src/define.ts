// Registers every dots-* element. Entry of the script-tag bundle, where Vite exposes these
// exports as `window.DotsFlows`.
import './components/dots-text-field/define.ts';
import './components/dots-select/define.ts';
import './components/dots-checkbox/define.ts';
import './components/dots-money-input/define.ts';
import './components/dots-phone-input/define.ts';
import './components/dots-otp-input/define.ts';
import './components/dots-button/define.ts';
import './components/dots-stepper/define.ts';
import './components/dots-error-summary/define.ts';
import './components/dots-live-region/define.ts';
import './components/dots-alert/define.ts';
import './components/dots-transfer-lifecycle/define.ts';
import './components/steps/define.ts';
import './components/flow/define.ts';
import './components/onboarding-flow/define.ts';
import './components/payout-claim-flow/define.ts';
import './components/status-badge/define.ts';
import './components/transfer-detail/define.ts';
import './components/transfers/define.ts';
import './components/ledger-inspector/define.ts';
export * from './index.ts';
