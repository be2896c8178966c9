import type { Namespace } from '../../types.ts';
import labels from './step-labels.ts';

/** Withdrawing the balance to a payout method. */
export default {
  label: labels.payout.label,
  title: 'Withdraw your money',
  balance: 'Available to withdraw: {amount}',
  'method.label': 'Send to',
  'amount_mode.label': 'How much',
  'amount_mode.full': 'Everything ({amount})',
  'amount_mode.partial': 'Another amount',
  'amount.label': 'Amount',
  'amount.hint': 'From {min} to {max}.',
  'fee.none': 'No fee',
  'fee.amount': 'Fee: {fee}',
  receive: 'You receive {amount}',
  submit: 'Withdraw',
  'sent.title': 'Your withdrawal is on its way',
  'sent.body': 'We are sending {amount} to {method}.',
  'status.label': 'Status: {status}',
  'status.created': 'Created',
  'status.flagged': 'In review',
  'status.pending': 'Pending',
  'status.completed': 'Completed',
  'status.failed': 'Failed',
  'status.reversed': 'Reversed',
  'status.canceled': 'Canceled',
  'errors.method.required': 'Choose where to send the money.',
  'errors.method.none': 'Add a payout method before you withdraw.',
  'errors.no_balance': 'You have no money to withdraw right now.',
  'errors.balance_unknown': 'We could not load your balance. Try again.',
} satisfies Namespace;
