import { useEffect, useState } from 'react';
import { createMockAdapter, type BackendAdapter, type DotsFlowErrorDetail } from 'dots-flows';
import { DotsOnboardingFlow } from 'dots-flows/react';
import { SANDBOX_CODE } from './sandbox.ts';

/** The onboarding flow on the in-browser mock ledger; the page follows the flow through its events. */
export function App() {
  const [adapter, setAdapter] = useState<BackendAdapter | null>(null);
  const [progress, setProgress] = useState('Step: starting');
  const [userId, setUserId] = useState<string | null>(null);
  const [error, setError] = useState<DotsFlowErrorDetail | null>(null);

  useEffect(() => {
    let live = true;
    // A fresh in-memory ledger per page load; its sandbox app accepts the magic code.
    void createMockAdapter({ persist: 'memory', app: { name: 'React example', sandbox_magic_code: true } }).then((a) => {
      if (live) setAdapter(a);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <main>
      <h1>dots-flows in React</h1>
      <p>Sandbox: any US phone number works, and the one-time code is {SANDBOX_CODE}.</p>
      <p role="status">{progress}</p>
      {userId ? <p role="status">Done: user {userId}</p> : null}
      {error ? <p role="alert">Error: {error.code}</p> : null}
      {adapter ? (
        <DotsOnboardingFlow
          adapter={adapter}
          noDraft
          onDotsReady={(e) => setProgress(`Step 1 of ${e.detail.steps.length}: ${e.detail.step}`)}
          onDotsStepChange={(e) => {
            const { index, total, step, screen } = e.detail;
            setError(null);
            setProgress(`Step ${index} of ${total}: ${step} (${screen})`);
          }}
          onDotsFlowError={(e) => setError(e.detail)}
          onDotsFlowComplete={(e) => setUserId(e.detail.userId)}
        />
      ) : null}
    </main>
  );
}
