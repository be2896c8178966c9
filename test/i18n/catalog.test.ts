import { expect } from '@open-wc/testing';
import enCatalog from '../../src/i18n/locales/en/index.ts';
import es from '../../src/i18n/locales/es/index.ts';
import fr from '../../src/i18n/locales/fr/index.ts';
import ptBR from '../../src/i18n/locales/pt-BR/index.ts';
import ar from '../../src/i18n/locales/ar/index.ts';
import { SUPPORTED_LOCALES, type Message } from '../../src/i18n/types.ts';
import { ERROR_CODES } from '../../src/core/ledger/errors.ts';
import type { Reason } from '../../src/core/validation/index.ts';

// Listing every validation reason as a typed record makes a new reason a type error here.
const REASONS: Record<Reason, true> = {
  required: true, format: true, checksum: true, length: true, country: true, invalid: true, future: true, under_age: true, too_long: true,
};

type Ns = Record<string, Message>;
// Every shipped catalog, straight from its files (the library loads all but English on demand).
const catalogs: Record<(typeof SUPPORTED_LOCALES)[number], unknown> = { en: enCatalog, es, fr, 'pt-BR': ptBR, ar };
const en = catalogs.en as Record<string, Ns>;
const placeholders = (m: Message): Set<string> => {
  const texts = typeof m === 'string' ? [m] : Object.values(m);
  return new Set(texts.flatMap((t) => [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)));
};

// Iterates whatever namespaces the English catalog has, so namespaces added later are covered.
describe('i18n catalogs', () => {
  it('has at least the common and errors namespaces', () => {
    expect(Object.keys(en)).to.include.members(['common', 'errors']);
  });

  for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
    describe(locale, () => {
      const cat = catalogs[locale] as unknown as Record<string, Ns>;
      it('has exactly the namespaces of English', () => {
        expect(Object.keys(cat).sort()).to.deep.equal(Object.keys(en).sort());
      });
      for (const ns of Object.keys(en)) {
        it(`namespace ${ns}: no key missing, no extra key`, () => {
          const theirs = Object.keys(cat[ns] ?? {});
          const ours = Object.keys(en[ns]!);
          expect(ours.filter((k) => !theirs.includes(k)), `missing in ${locale}/${ns}`).to.deep.equal([]);
          expect(theirs.filter((k) => !ours.includes(k)), `not in en/${ns}`).to.deep.equal([]);
        });
        it(`namespace ${ns}: non-empty messages with English's placeholders`, () => {
          for (const [key, msg] of Object.entries(cat[ns] ?? {})) {
            const source = en[ns]![key]!;
            if (typeof msg === 'string') expect(msg.trim(), `${locale} ${ns}.${key}`).to.not.equal('');
            else expect(msg.other, `${locale} ${ns}.${key} needs other`).to.be.a('string').and.not.equal('');
            const mine = placeholders(msg);
            const theirs = placeholders(source);
            for (const p of mine) expect(theirs.has(p), `${locale} ${ns}.${key} uses {${p}} unknown to English`).to.equal(true);
            // A plain message must keep every placeholder; plural forms may drop {count} ("one problem").
            if (typeof msg === 'string' && typeof source === 'string') {
              expect([...mine].sort(), `${locale} ${ns}.${key} placeholders`).to.deep.equal([...theirs].sort());
            }
          }
        });
      }
    });
  }

  it('has a generic message for every validation reason', () => {
    for (const reason of Object.keys(REASONS)) expect(en['errors']!, reason).to.have.property(reason);
  });

  it('has a backend message for every DotsError code', () => {
    for (const code of Object.keys(ERROR_CODES)) {
      expect(en['errors']!, code).to.have.property(`backend.${code}`);
    }
  });
});
