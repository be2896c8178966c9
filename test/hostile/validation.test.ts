// The hostile catalog against every validation function: each case gives a normalised value of
// the right shape or a specific reason, never a throw; where a case pins an outcome, it is that.
import { expect } from '@open-wc/testing';
import { HOSTILE_CASES, MARKUP_CASES, type Group } from './catalog.ts';
import { CHECK_NAMES, CHECKS, runCheck, shapeOk } from './checks.ts';
import { loadValidationRules } from '../../src/core/validation/index.ts';

// The phone and bank checks read libraries that load on demand (libraries.test.ts covers before).
before(() => loadValidationRules());

const show = (v: unknown) => JSON.stringify(v)?.slice(0, 160);

describe('hostile catalog: the catalog itself', () => {
  it('holds at least 200 cases with unique ids, covering every group', () => {
    expect(HOSTILE_CASES.length).to.be.at.least(200);
    expect(new Set(HOSTILE_CASES.map((c) => c.id)).size).to.equal(HOSTILE_CASES.length);
    const groups: Group[] = ['injection', 'long', 'unicode', 'bidi', 'whitespace', 'digits', 'amount', 'routing', 'account', 'iban', 'bic', 'phone', 'dob', 'taxid', 'email', 'cashtag', 'url'];
    for (const g of groups) expect(HOSTILE_CASES.some((c) => c.group === g), g).to.equal(true);
    expect(MARKUP_CASES.length).to.be.at.least(25);
    expect(HOSTILE_CASES.some((c) => typeof c.input === 'string' && c.input.length >= 10_000)).to.equal(true);
  });
});

describe('hostile catalog: every validation function', () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.id}: ${c.note}`, () => {
      const problems: string[] = [];
      for (const name of CHECK_NAMES) {
        const r = runCheck(name, c.input);
        if ('threw' in r) {
          problems.push(`${name} threw ${r.threw}`);
          continue;
        }
        if (r.ok) {
          if (!shapeOk(name, r.value)) problems.push(`${name} accepted a badly normalised value ${show(r.value)}`);
          if (CHECKS[name].stable) {
            const again = runCheck(name, r.value);
            if (!('ok' in again) || !again.ok || again.value !== r.value) problems.push(`${name} is not stable: ${show(r.value)} -> ${show(again)}`);
          }
        } else if (!CHECKS[name].reasons.includes(r.reason)) {
          problems.push(`${name} gave an unknown reason ${show(r.reason)}`);
        }
        const want = c.expect?.[name];
        if (want === undefined) continue;
        const met =
          want === 'ok' ? r.ok : want === 'refused' ? !r.ok : typeof want === 'object' ? r.ok && r.value === want.value : !r.ok && r.reason === want;
        if (!met) problems.push(`${name}: expected ${show(want)}, got ${show(r)}`);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
