import { runAdapterContract } from '../adapter-contract.ts';
import { indexedDbHarness, memoryHarness } from './mock-harness.ts';

runAdapterContract('mock (memory)', memoryHarness);
runAdapterContract('mock (IndexedDB, Web Locks, BroadcastChannel)', indexedDbHarness);
