/**
 * The demo page's sections, in page order. Each lives in its own module under demo/sections/.
 * The ledger console is laid out beside the others on wide screens (demo.css).
 */
import type { DemoSection } from '../lib/context.ts';
import { claimSection } from './claim.ts';
import { consoleSection } from './console.ts';
import { onboardingSection } from './onboarding.ts';
import { transfersSection } from './transfers.ts';

export const sections: DemoSection[] = [onboardingSection, claimSection, transfersSection, consoleSection];
