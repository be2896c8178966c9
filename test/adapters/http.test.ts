import { runAdapterContract } from '../adapter-contract.ts';
import { httpHarness } from './http-harness.ts';

runAdapterContract('http (Dots v2 REST against the mock server)', httpHarness);
