// Registers every step view.
import './sign-in/define.ts';
import './compliance/define.ts';
import './id-verification/define.ts';
import './manage-payouts/define.ts';
import './payout/define.ts';
import './redirect/define.ts';
import './claim-intro/define.ts';
import './claim-review/define.ts';
