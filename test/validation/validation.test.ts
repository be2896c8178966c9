import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  normalizeDigits,
  checkRoutingNumber,
  checkAccountNumber,
  checkIban,
  checkBic,
  checkPhone,
  parsePhone,
  checkSsn,
  checkEin,
  checkCashTag,
  checkEmail,
  checkDateOfBirth,
  checkIsoDate,
  callingCodeOf,
  ibanCountry,
  type Check,
} from '../../src/core/validation/index.ts';
import { loadValidationRules } from '../../src/core/validation/index.ts';

// The phone and bank checks read libraries that load on demand (libraries.test.ts covers before).
before(() => loadValidationRules());

const reason = (c: Check<unknown>): string => (c.ok ? 'ok' : c.reason);

describe('normalizeDigits', () => {
  it('maps full-width, Arabic-Indic and Persian digits to ASCII', () => {
    expect(normalizeDigits('１２３')).to.equal('123');
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
    expect(normalizeDigits('०१२')).to.equal('012');
  });
  it('strips spaces, dashes, dots and invisible bidi marks but keeps other characters', () => {
    expect(normalizeDigits(' 12-34 – 56\u00a078.9 ')).to.equal('123456789');
    expect(normalizeDigits('\u202e12\u200b3\u2066')).to.equal('123');
    expect(normalizeDigits('12a3')).to.equal('12a3');
  });
});

describe('checkRoutingNumber', () => {
  it('accepts real routing numbers and normalises them', () => {
    expect(checkRoutingNumber('021000021')).to.deep.equal({ ok: true, value: '021000021' });
    expect(checkRoutingNumber('011 000 015')).to.deep.equal({ ok: true, value: '011000015' });
    expect(checkRoutingNumber('１２３４５６７８０')).to.deep.equal({ ok: true, value: '123456780' });
  });
  it('refuses a wrong check digit, a wrong length, letters and unissued prefixes', () => {
    expect(reason(checkRoutingNumber('021000022'))).to.equal('checksum');
    expect(reason(checkRoutingNumber('02100002'))).to.equal('length');
    expect(reason(checkRoutingNumber('0210000211'))).to.equal('length');
    expect(reason(checkRoutingNumber('02100002a'))).to.equal('format');
    expect(reason(checkRoutingNumber('000000000'))).to.equal('format');
    expect(reason(checkRoutingNumber(''))).to.equal('required');
    expect(reason(checkRoutingNumber('   '))).to.equal('required');
  });
  it('agrees with the 3-7-1 rule on every 9-digit string with a valid prefix', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(0[1-9]|1[0-2])[0-9]{7}$/), (s) => {
        const n = [...s].map(Number);
        const sum = [3, 7, 1, 3, 7, 1, 3, 7, 1].reduce((acc, w, i) => acc + w * n[i]!, 0);
        expect(checkRoutingNumber(s).ok).to.equal(sum % 10 === 0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkAccountNumber', () => {
  it('takes 4 to 17 digits', () => {
    expect(checkAccountNumber('1234')).to.deep.equal({ ok: true, value: '1234' });
    expect(checkAccountNumber('1234-5678-9012-34567')).to.deep.equal({ ok: true, value: '12345678901234567' });
    expect(reason(checkAccountNumber('123'))).to.equal('length');
    expect(reason(checkAccountNumber('123456789012345678'))).to.equal('length');
    expect(reason(checkAccountNumber('12x4'))).to.equal('format');
  });
});

describe('checkIban / checkBic', () => {
  it('accepts printed IBANs and returns the electronic format', () => {
    expect(checkIban('de89 3704 0044 0532 0130 00')).to.deep.equal({ ok: true, value: 'DE89370400440532013000' });
    expect(checkIban('GB29 NWBK 6016 1331 9268 19')).to.deep.equal({ ok: true, value: 'GB29NWBK60161331926819' });
    expect(ibanCountry('GB29NWBK60161331926819')).to.equal('GB');
  });
  it('maps ibantools error codes to our reasons', () => {
    expect(reason(checkIban('DE89370400440532013001'))).to.equal('checksum');
    expect(reason(checkIban('XX89370400440532013000'))).to.equal('country');
    expect(reason(checkIban('DE8937040044053201300'))).to.equal('length');
    expect(reason(checkIban('DE89-3704!0044'))).to.equal('format');
    expect(reason(checkIban(''))).to.equal('required');
  });
  it('checks BICs of 8 or 11 characters', () => {
    expect(checkBic('deut de ff')).to.deep.equal({ ok: true, value: 'DEUTDEFF' });
    expect(checkBic('DEUTDEFF500')).to.deep.equal({ ok: true, value: 'DEUTDEFF500' });
    expect(reason(checkBic('DEUTDEF'))).to.equal('length');
    expect(reason(checkBic('DEUT-DEFF'))).to.equal('format');
    expect(reason(checkBic('DEUTQQFF'))).to.equal('country');
  });
});

describe('checkPhone / parsePhone', () => {
  it('returns E.164, the calling code and the national number', () => {
    expect(checkPhone('(201) 555-0123', 'US')).to.deep.equal({
      ok: true,
      value: { e164: '+12015550123', country_code: '1', phone_number: '2015550123', country: 'US' },
    });
    const fr = checkPhone('06 12 34 56 78', 'fr');
    expect(fr.ok && fr.value.e164).to.equal('+33612345678');
    const pasted = parsePhone('＋４９ 30 901820', 'US');
    expect(pasted.ok && pasted.value.country_code).to.equal('49');
  });
  it('gives specific reasons', () => {
    expect(reason(checkPhone('20155501', 'US'))).to.equal('length');
    expect(reason(checkPhone('2015550123', 'ZZ'))).to.equal('country');
    expect(reason(checkPhone('call me', 'US'))).to.equal('format');
    expect(reason(checkPhone('', 'US'))).to.equal('required');
    expect(reason(parsePhone('2015550123'))).to.equal('country'); // national without a country
    expect(reason(parsePhone('+999 1234567'))).to.equal('country');
  });
  it('knows calling codes', () => {
    expect(callingCodeOf('us')).to.equal('1');
    expect(callingCodeOf('XX')).to.equal(null);
  });
});

describe('checkSsn / checkEin', () => {
  it('accepts formatted SSNs and refuses the never-issued ranges', () => {
    expect(checkSsn('123-45-6789')).to.deep.equal({ ok: true, value: '123456789' });
    for (const bad of ['000-12-3456', '666-12-3456', '900-12-3456', '999-12-3456', '123-00-4567', '123-45-0000', '078-05-1120']) {
      expect(reason(checkSsn(bad)), bad).to.equal('invalid');
    }
    expect(reason(checkSsn('12345678'))).to.equal('length');
    expect(reason(checkSsn('12345678a'))).to.equal('format');
  });
  it('accepts EINs only with an IRS prefix', () => {
    expect(checkEin('12-3456789')).to.deep.equal({ ok: true, value: '123456789' });
    expect(checkEin('98-7654321').ok).to.equal(true);
    for (const bad of ['00-1234567', '07-1234567', '17-1234567', '49-1234567', '69-1234567', '89-1234567', '96-1234567']) {
      expect(reason(checkEin(bad)), bad).to.equal('invalid');
    }
  });
});

describe('checkCashTag / checkEmail', () => {
  it('adds the $ and checks the cashtag rule', () => {
    expect(checkCashTag('jo_doe')).to.deep.equal({ ok: true, value: '$jo_doe' });
    expect(checkCashTag(' $JoDoe ')).to.deep.equal({ ok: true, value: '$JoDoe' });
    expect(reason(checkCashTag('$1abc'))).to.equal('format');
    expect(reason(checkCashTag('$'))).to.equal('required');
    expect(reason(checkCashTag('$a' + 'b'.repeat(20)))).to.equal('length');
  });
  it('checks email with zod and lower-cases the domain only', () => {
    expect(checkEmail(' Jo@Example.COM ')).to.deep.equal({ ok: true, value: 'Jo@example.com' });
    expect(reason(checkEmail('jo@'))).to.equal('format');
    expect(reason(checkEmail(`${'a'.repeat(250)}@b.co`))).to.equal('too_long');
  });
});

describe('checkDateOfBirth', () => {
  const today = '2024-06-15';
  it('accepts an adult born on a real date, including 29 February', () => {
    expect(checkDateOfBirth('2000-02-29', today)).to.deep.equal({ ok: true, value: '2000-02-29' });
    expect(checkDateOfBirth('2006-06-15', today).ok).to.equal(true); // eighteenth birthday today
  });
  it('refuses unreal dates, the future and minors', () => {
    expect(reason(checkDateOfBirth('2001-02-29', today))).to.equal('invalid');
    expect(reason(checkDateOfBirth('2001-13-01', today))).to.equal('invalid');
    expect(reason(checkDateOfBirth('15/06/2000', today))).to.equal('format');
    expect(reason(checkDateOfBirth('2024-06-16', today))).to.equal('future');
    expect(reason(checkDateOfBirth('2006-06-16', today))).to.equal('under_age');
    expect(checkDateOfBirth('2010-01-01', today, 13).ok).to.equal(true);
    expect(reason(checkDateOfBirth('1899-12-31', today))).to.equal('invalid');
  });
  it('takes today as a Date (read in UTC) too', () => {
    expect(reason(checkDateOfBirth('2006-06-16', new Date(Date.UTC(2024, 5, 15, 23))))).to.equal('under_age');
    expect(checkIsoDate('٢٠٠٠-٠١-٠١')).to.deep.equal({ ok: true, value: '2000-01-01' });
  });
});

describe('every check, any string', () => {
  const checks: Array<(s: string) => Check<unknown>> = [
    checkRoutingNumber,
    checkAccountNumber,
    checkIban,
    checkBic,
    (s) => checkPhone(s, 'US'),
    (s) => parsePhone(s, 'DE'),
    (s) => parsePhone(s),
    checkSsn,
    checkEin,
    checkCashTag,
    checkEmail,
    (s) => checkDateOfBirth(s, '2024-01-01'),
  ];
  it('never throws and always answers ok or a reason', () => {
    const nasty = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('\u202e123456789', '😀😀😀', '\u0000', '١٢٣', '+', '$', '@', '-0'),
    );
    fc.assert(
      fc.property(nasty, (s) => {
        for (const check of checks) {
          const r = check(s);
          expect(r.ok === true || typeof (r as { reason?: unknown }).reason === 'string').to.equal(true);
        }
      }),
      { numRuns: 150 },
    );
  });
  it('refuses huge input fast, as too_long', () => {
    const huge = '1'.repeat(1_000_000);
    for (const check of checks) expect(reason(check(huge))).to.equal('too_long');
  });
  it('treats non-strings as required instead of throwing', () => {
    for (const check of checks) expect(reason(check(undefined as unknown as string))).to.equal('required');
  });
});
