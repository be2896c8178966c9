/**
 * The stepper's names of the steps whose code loads later. The stepper shows them from the start;
 * the rest of each step's English arrives with the step's screen (addEnglish).
 */
export default {
  compliance: { label: 'Tax information' },
  idv: { label: 'Identity' },
  payouts: { label: 'Payout methods' },
  payout: { label: 'Withdraw' },
  redirect: { label: 'Finish' },
};
