/**
 * Issue 9: the phone and bank libraries load on demand. This file runs in a page of its own, so it
 * sees them before and after they arrive.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { checkIban, checkPhone, isLibraryLoaded, loadValidationRules, ValidationRulesNotLoaded } from '../../src/core/validation/index.ts';
import { phoneStep } from '../../src/core/flows/sign-in.ts';
import { form } from '../../src/core/flows/form.ts';
import { validateStep, type StepEnv } from '../../src/core/machine/index.ts';
import type { DotsContext } from '../../src/core/flows/context.ts';
import '../../src/components/dots-phone-input/define.ts';
import type { DotsPhoneInput } from '../../src/components/dots-phone-input/dots-phone-input.ts';

const env = { context: {}, values: {}, today: '2026-11-25' } as unknown as StepEnv<DotsContext>;

describe('validation libraries loaded on demand', () => {
  it('before loading, a check throws a named error that says what to await', () => {
    expect(isLibraryLoaded('phone')).to.equal(false);
    expect(isLibraryLoaded('bank')).to.equal(false);
    expect(() => checkPhone('2015550123', 'US')).to.throw(ValidationRulesNotLoaded, /loadValidationRules/);
    expect(() => checkIban('DE89370400440532013000')).to.throw(ValidationRulesNotLoaded, /bank/);
  });

  it('a phone input renders at once with its country, and reads and checks the number when the library arrives', async () => {
    const el = document.createElement('dots-phone-input') as DotsPhoneInput;
    el.value = '+442079460958';
    document.body.append(el);
    // Lit renders in a microtask; the library comes over the network, later.
    for (let i = 0; i < 10 && !el.hasUpdated; i++) await Promise.resolve();
    expect(el.hasUpdated).to.equal(true);
    expect(isLibraryLoaded('phone')).to.equal(false);
    const select = () => el.shadowRoot!.querySelector('select')!;
    expect(select().options.length).to.equal(1);
    expect(el.shadowRoot!.querySelector('input')).to.not.equal(null);
    // updateComplete waits for the library: then the number is read and checked.
    await el.updateComplete;
    expect(isLibraryLoaded('phone')).to.equal(true);
    expect(select().options.length).to.be.greaterThan(200);
    expect(el.country).to.equal('GB');
    expect(el.national).to.equal('2079460958');
    expect(el.value).to.equal('+442079460958');
    expect(el.reason).to.equal(null);
    el.remove();
  });

  it('a step checked before they arrive fails with a form message, and nothing throws', async () => {
    expect(isLibraryLoaded('bank')).to.equal(false);
    const ibanSchema = form((f) => f.check('iban', 'iban', checkIban));
    const iban = ibanSchema.safeParse({ iban: 'DE89370400440532013000' });
    expect(iban.success).to.equal(false);
    expect(iban.error?.issues.map((i) => i.message)).to.deep.equal(['errors.rules_unavailable']);
    // ...and the failed check started the load, so the next attempt has the rules.
    await loadValidationRules();
    expect(ibanSchema.safeParse({ iban: 'DE89370400440532013000' }).success).to.equal(true);
  });

  it('after loadValidationRules() every check runs synchronously', async () => {
    await loadValidationRules();
    expect(isLibraryLoaded('phone')).to.equal(true);
    expect(isLibraryLoaded('bank')).to.equal(true);
    const r = checkPhone('2015550123', 'US');
    expect(r.ok && r.value.e164).to.equal('+12015550123');
    expect(checkIban('DE89 3704 0044 0532 0130 00')).to.deep.equal({ ok: true, value: 'DE89370400440532013000' });
    const v = validateStep(phoneStep, env, { country: 'US', phone: '2015550123' });
    expect(v.ok).to.equal(true);
    const el = await fixture<DotsPhoneInput>(html`<dots-phone-input .value=${'+12015550123'}></dots-phone-input>`);
    expect(el.reason).to.equal(null);
  });
});
