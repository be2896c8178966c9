/**
 * The operator actions on a transfer, derived from TRANSFER_TRANSITIONS: exactly the moves the
 * table allows from the current status, each with its label and the ledger call that makes it.
 * Nothing else is ever offered. Lit-free.
 */
import type { Ledger } from '../../core/ledger/ledger.ts';
import { TRANSFER_TRANSITIONS } from '../../core/ledger/transitions.ts';
import type { Transfer, TransferStatus } from '../../core/ledger/schemas.ts';
import type { MessageKey } from '../../i18n/catalog-types.ts';
import { addEnglish } from '../../i18n/catalog.ts';
import inspectorEn from '../../i18n/locales/en/inspector.ts';
import stepErrorsEn from '../../i18n/locales/en/errors-steps.ts';
import backendEn from '../../i18n/locales/en/errors-backend.ts';

// The inspector's English travels with it, not with every element (see addEnglish). Here, at the
// bottom of the inspector's imports, so every part of it (and this Lit-free helper alone) has it.
addEnglish({ inspector: inspectorEn, errors: { ...stepErrorsEn, ...backendEn } }); // errors: the amount and backend messages

export type OperatorActionName = 'release' | 'submit' | 'flag' | 'complete' | 'fail' | 'reverse' | 'cancel';

export interface OperatorAction {
  name: OperatorActionName;
  from: TransferStatus;
  to: TransferStatus;
  label: MessageKey;
  run(ledger: Ledger, appId: string, transferId: string): Transfer;
}

function nameOf(from: TransferStatus, to: TransferStatus): OperatorActionName {
  switch (to) {
    case 'pending':
      return from === 'flagged' ? 'release' : 'submit';
    case 'flagged':
      return 'flag';
    case 'completed':
      return 'complete';
    case 'failed':
      return 'fail';
    case 'reversed':
      return 'reverse';
    default:
      return 'cancel';
  }
}

// The named ledger methods add the operator reason to the status history.
const RUN: Record<OperatorActionName, (l: Ledger, appId: string, id: string, to: TransferStatus) => Transfer> = {
  release: (l, a, id) => l.releaseTransfer(a, id),
  submit: (l, a, id, to) => l.transitionTransfer(a, id, to, 'submitted by operator'),
  flag: (l, a, id, to) => l.transitionTransfer(a, id, to, 'flagged by operator'),
  complete: (l, a, id) => l.completeTransfer(a, id, 'completed by operator'),
  fail: (l, a, id) => l.failTransfer(a, id),
  reverse: (l, a, id) => l.reverseTransfer(a, id),
  cancel: (l, a, id) => l.cancelTransfer(a, id),
};

/** The actions an operator may take on a transfer in `status`, in the table's order. */
export function operatorActions(status: TransferStatus): OperatorAction[] {
  return (TRANSFER_TRANSITIONS[status] ?? []).map((to) => {
    const name = nameOf(status, to);
    return { name, from: status, to, label: `inspector.action.${name}` as MessageKey, run: (l, a, id) => RUN[name](l, a, id, to) };
  });
}
