/**
 * The reasons a transfer carries are shown in the reader's language when they are the ledger's
 * own (sandbox outcomes, review, operator defaults), and as written when an operator typed them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/transfer-detail/define.ts';
import type { Transfer } from '../../src/core/ledger/schemas.ts';
import { payee } from './fixture.ts';

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function detail(transfer: Transfer, lang: string) {
  const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
    html`<div lang=${lang}><dots-transfer-detail .transfer=${transfer}></dots-transfer-detail></div>`,
  );
  const d = el.querySelector('dots-transfer-detail')!;
  await (d as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const root = d.shadowRoot!;
  const dts = [...root.querySelectorAll('[part=summary] dt')];
  const reasonDt = dts.find((dt) => /^(Reason|Motivo|Raison)$/.test(text(dt)));
  return {
    failure: reasonDt ? text(reasonDt.nextElementSibling) : null,
    history: [...root.querySelectorAll('[part=timeline-entry] .reason')].map(text),
    root,
  };
}

describe('transfer reasons', () => {
  it('a sandbox failure reads in the payee’s language, in the summary and the timeline', async () => {
    const f = await payee();
    const t = f.payout(45_00, f.failing.id);
    f.clock.advance(60_000);
    const failed = f.ledger.getTransfer(f.app.id, t.id);
    expect(failed.status).to.equal('failed');
    expect(failed.failure_reason).to.equal('account_closed');

    const es = await detail(failed, 'es');
    expect(es.failure).to.equal('La cuenta bancaria está cerrada.');
    expect(es.history).to.include('La cuenta bancaria está cerrada.');
    const en = await detail(failed, 'en');
    expect(en.failure).to.equal('The bank account is closed.');
  });

  it('review: the threshold as money, the release in words', async () => {
    const f = await payee({ flagThreshold: 500_00 });
    const t = f.payout(600_00);
    f.ledger.releaseTransfer(f.app.id, t.id);
    const released = f.ledger.getTransfer(f.app.id, t.id);
    const { history } = await detail(released, 'en');
    expect(history).to.deep.equal(['Payouts of $500.00 or more are reviewed first.', 'Released after review.']);
    const fr = await detail(released, 'fr');
    expect(fr.history[1]).to.equal('Débloqué après vérification.');
  });

  it('an operator’s own reason is shown as typed, as text', async () => {
    const f = await payee();
    const t = f.payout(10_00);
    f.ledger.failTransfer(f.app.id, t.id, '<b>Wrong</b> account, call us');
    const failed = f.ledger.getTransfer(f.app.id, t.id);
    const { failure, root } = await detail(failed, 'es');
    expect(failure).to.equal('<b>Wrong</b> account, call us');
    expect(root.querySelector('b')).to.equal(null);
    // The ledger's default words are translated.
    const u = f.payout(11_00);
    f.ledger.failTransfer(f.app.id, u.id);
    expect((await detail(f.ledger.getTransfer(f.app.id, u.id), 'es')).failure).to.equal('Detenido por la plataforma.');
  });
});
