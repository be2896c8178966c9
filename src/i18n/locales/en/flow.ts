import type { Namespace } from '../../types.ts';

/** The flow frame around the steps: completion, exit, announcements. */
export default {
  'complete.title': 'You are all set',
  'complete.body': 'Everything is saved. You can close this page.',
  'complete.announce': 'All steps are complete.',
  exit: 'Exit',
  'no_adapter': 'This flow is not connected to a backend.',
  'no_steps': 'This flow has no steps to show.',
  'loading.announce': 'Loading.',
  'submitting.announce': 'Saving.',
} satisfies Namespace;
