import type { Namespace } from '../../types.ts';

/** The implicit sign-in step: phone, one-time code, profile of a new user. */
export default {
  label: 'Sign in',
  'phone.title': 'Sign in with your phone',
  'phone.intro': 'We will text you a 6-digit code to confirm it is you.',
  'phone.country': 'Country',
  'phone.label': 'Mobile phone number',
  'phone.hint': 'Without the country code.',
  'phone.submit': 'Send code',
  'code.title': 'Enter your code',
  'code.intro': 'We sent a 6-digit code to the phone number ending in {last4}.',
  'code.label': '6-digit code',
  'code.submit': 'Verify',
  'code.resend': 'Send a new code',
  'code.resent': 'We sent you a new code.',
  'code.change_phone': 'Use a different phone number',
  'profile.title': 'Tell us about you',
  'profile.intro': 'Your phone is verified. We need a few details to set up your account.',
  'profile.first_name': 'First name',
  'profile.last_name': 'Last name',
  'profile.email': 'Email address',
  'profile.email_hint': 'We send receipts to this address.',
} satisfies Namespace;
