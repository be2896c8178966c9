/** The Dots flows: step definitions (zod schemas, adapter effects) and the flow builder. */
export { buildFlow, parseStepNames, STEP_DEFINITIONS, ONBOARDING_STEPS, type StepName, type BuildFlowOptions } from './build.ts';
export { emptyContext, countryOfUser, type DotsContext, type TransferSummary } from './context.ts';
export { form, FormCheck, errorKey } from './form.ts';
export { countries, US_STATES, isCountry } from './geo.ts';
export { signInSteps, phoneStep, maskPhone, SIGN_IN_GROUP } from './sign-in.ts';
export { codeStep } from './sign-in-code.ts';
export { profileStep } from './sign-in-profile.ts';
export { complianceSteps, w9Step, w8benStep, ENTITY_TYPES, TAX_ID_TYPES, MIN_AGE, COMPLIANCE_GROUP } from './compliance.ts';
export { idVerificationStep, DOCUMENT_TYPES, type DocumentType } from './id-verification.ts';
export { managePayoutsStep, allowedPlatforms, describeMethod, PLATFORMS, PLATFORM_FIELDS, ACCOUNT_TYPES, type Platform, type PayoutsData } from './manage-payouts.ts';
export { payoutStep, feeFor, AMOUNT_MODES, type PayoutData } from './payout.ts';
export { redirectStep, safeRedirectUrl } from './redirect.ts';
export { parseAmount, minorDigits, type AmountCheck, type AmountReason } from './money.ts';
