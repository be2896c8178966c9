/** Export and import of a ledger snapshot as a JSON file, checked before the ledger sees it. */
import { LedgerSnapshot } from '../../core/ledger/snapshot.ts';

export type SnapshotRead =
  | { ok: true; snapshot: LedgerSnapshot }
  | { ok: false; reason: 'not_json' | 'invalid'; detail: string };

/** Parses and validates text as a `LedgerSnapshot`; `detail` names the first wrong field. */
export function readSnapshot(text: string): SnapshotRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'not_json', detail: e instanceof Error ? e.message : String(e) };
  }
  const r = LedgerSnapshot.safeParse(data);
  if (r.success) return { ok: true, snapshot: r.data };
  const issue = r.error.issues[0]!;
  const at = issue.path.map(String).join('.');
  return { ok: false, reason: 'invalid', detail: at ? `${at}: ${issue.message}` : issue.message };
}

/** `dots-ledger-2024-01-01T00-00-05Z.json` from the ledger's clock. */
export function snapshotFileName(nowMs: number): string {
  return `dots-ledger-${new Date(nowMs).toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.json`;
}

/** Offers `json` as a file download. */
export function downloadJson(doc: Document, fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
