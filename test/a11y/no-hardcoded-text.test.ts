// Every element and every step rendered in French and in Arabic shows no English: no string equal
// to an English catalog message (where the locale says something else), and no common English
// word outside user data, brand names and codes listed here.
import { expect } from '@open-wc/testing';
import en from '../../src/i18n/locales/en/index.ts';
import { catalogs, loadCatalog } from '../../src/i18n/index.ts';
import type { Message } from '../../src/i18n/index.ts';
import { ALL_SCENES, USER_DATA, type Host } from './scenes.ts';
import { ELEMENT_SCENES } from './elements.ts';
import { blocks, visibleStrings } from './visible-text.ts';

type Locale = 'fr' | 'ar';
const LOCALES: Locale[] = ['fr', 'ar'];

/** Words that only English text would contain (none is a French or Arabic word). */
const ENGLISH_WORDS = new Set(
  'the your you and with continue back loading error retry again submit close cancel next required optional show hide remove add payment account bank transfer amount balance step please select choose enter edit sign phone profile verify identity number country address city state email name first last money claim review status failed pending completed created canceled reversed flagged under send sent resend new different default method methods fee receive available withdraw stay link expired this that what where when which will would could should have has been from into here there thank thanks'.split(' '),
);

/** Shown as given in every language: brands, codes, the sample data of the scenes. */
// The US routing number keeps its English name in brackets in some translations, on purpose.
const ALLOWED = [...USER_DATA, 'routing number', 'Routing number', 'Thanks for the review!', 'Acme', 'Dots', 'PayPal', 'Venmo', 'Cash App', 'ACH', 'IBAN', 'BIC', 'SWIFT', 'USD', 'W-9', 'W-8BEN', 'SSN', 'ITIN', 'EIN'];

interface Rule {
  key: string;
  english: string;
  test: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const forms = (m: Message | undefined): string[] => (m === undefined ? [] : typeof m === 'string' ? [m] : Object.values(m as Record<string, string>));

/** English messages that the locale words differently, as whole-string patterns ({x} is anything). */
function rules(locale: Locale): Rule[] {
  const other = catalogs[locale] as unknown as Record<string, Record<string, Message>>;
  const out: Rule[] = [];
  for (const [ns, messages] of Object.entries(en as unknown as Record<string, Record<string, Message>>)) {
    for (const [key, message] of Object.entries(messages)) {
      const theirs = new Set(forms(other[ns]?.[key]));
      for (const english of forms(message)) {
        if (theirs.has(english) || english.replace(/\{[^}]+\}/g, '').trim().length < 3) continue;
        const pattern = escape(english).replace(/\\\{[^}]+\\\}/g, '.+');
        out.push({ key: `${ns}.${key}`, english, test: new RegExp(`^${pattern}$`) });
      }
    }
  }
  return out;
}

function englishIn(strings: string[], locale: Locale, table: Rule[]): string[] {
  const found = new Set<string>();
  for (const s of strings) {
    for (const r of table) if (r.test.test(s)) found.add(`${JSON.stringify(s)} = en ${r.key}`);
    // Backend data passes through as the API gives it: addresses and snake_case codes.
    let rest = s.replace(/https?:\/\/\S+/g, ' ').replace(/\b[a-z0-9]+(?:_[a-z0-9]+)+\b/g, ' ');
    for (const a of ALLOWED) rest = rest.split(a).join(' ');
    const words = rest.toLowerCase().split(/[^\p{L}]+/u).filter((w) => ENGLISH_WORDS.has(w));
    if (words.length) found.add(`${JSON.stringify(s)} has English words (${words.join(', ')}) in ${locale}`);
  }
  return [...found];
}

describe('no visible English outside the catalog (fr, ar)', () => {
  const tables = new Map<Locale, Rule[]>();
  before(async () => {
    for (const l of LOCALES) {
      await loadCatalog(l);
      tables.set(l, rules(l));
    }
  });

  it('has English messages to look for', () => {
    for (const l of LOCALES) expect(tables.get(l)!.length, l).to.be.greaterThan(300);
  });

  for (const locale of LOCALES) {
    for (const scene of ALL_SCENES) {
      it(`${scene.name} in ${locale}`, async () => {
        const problems = new Set<string>();
        let visits = 0;
        await scene.run(locale, async (state, el: Host) => {
          visits += 1;
          for (const p of englishIn([...visibleStrings(el), ...blocks(el)], locale, tables.get(locale)!)) problems.add(`${state}: ${p}`);
        });
        expect(visits).to.equal(scene.states.length);
        expect([...problems]).to.deep.equal([]);
      });
    }
    for (const scene of ELEMENT_SCENES) {
      it(`${scene.name} in ${locale}`, async () => {
        const { el, close } = await scene.mount(locale);
        try {
          const strings = [...visibleStrings(el), ...blocks(el)];
          expect(strings.length).to.be.greaterThan(0);
          expect(englishIn(strings, locale, tables.get(locale)!)).to.deep.equal([]);
        } finally {
          close();
        }
      });
    }
  }
});
