import type { Namespace } from '../../types.ts';

/** Strings of <dots-transfer-lifecycle> (status names come from the `status` namespace). */
export default {
  'lifecycle.title': 'Transfer statuses',
  'lifecycle.diagram_label': 'Diagram of the statuses a transfer goes through',
  'lifecycle.start': 'A new transfer starts as {status}.',
  'lifecycle.can_become': '{from} can become {to}.',
  'lifecycle.final': '{status} is final.',
  'lifecycle.current': 'This transfer is now: {status}.',
  'lifecycle.path': 'It went through: {path}.',
  'lifecycle.new': 'New',
} satisfies Namespace;
