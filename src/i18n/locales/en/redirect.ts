import type { Namespace } from '../../types.ts';
import labels from './step-labels.ts';

/** The last step: back to the host's site. */
export default {
  label: labels.redirect.label,
  title: 'All done',
  body: 'You are finished here. Continue to go back.',
  countdown: {
    one: 'Continuing automatically in {count} second.',
    other: 'Continuing automatically in {count} seconds.',
  },
  paused: 'Automatic redirect stopped. Continue when you are ready.',
  continue: 'Continue',
  stay: 'Stay on this page',
  destination: 'You will go to {host}.',
  'errors.unsafe_url': 'We cannot send you on: the address given to this page is not a web address we can safely open.',
} satisfies Namespace;
