// Registers every dots-* element (`dots-flows/define`), and exports the whole API. The script-tag
// entry (src/script-tag/index.ts) defines the same elements lazily instead.
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
