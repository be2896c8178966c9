import { expect } from '@open-wc/testing';
import {
  translate, matchLocale, resolveLocale, formattingLocale, directionOf, formatMoney, formatDate,
  validationMessageKey, backendMessageKey, isMessageKey, loadCatalog,
} from '../../src/i18n/index.ts';
import { addEnglish } from '../../src/i18n/catalog.ts';
import stepErrorsEn from '../../src/i18n/locales/en/errors-steps.ts';
import backendEn from '../../src/i18n/locales/en/errors-backend.ts';

describe('i18n runtime', () => {
  // Catalogs other than English load on demand (test/i18n/loading.test.ts); headless use awaits them.
  before(() => Promise.all((['es', 'fr', 'ar'] as const).map((l) => loadCatalog(l))));

  it('interpolates {name} and formats numbers for the locale', () => {
    expect(translate('en', 'common.progress.step_of', { current: 2, total: 5 })).to.equal('Step 2 of 5');
    expect(translate('fr', 'common.progress.step_of', { current: 2, total: 5 })).to.equal('Étape 2 sur 5');
    expect(translate('en', 'common.progress.step_of', { current: 1, total: 1200 })).to.equal('Step 1 of 1,200');
  });

  it('selects plural forms with Intl.PluralRules', () => {
    expect(translate('en', 'common.error_summary.count', { count: 1 })).to.equal('There is 1 problem with this form.');
    expect(translate('en', 'common.error_summary.count', { count: 3 })).to.equal('There are 3 problems with this form.');
    expect(translate('ar', 'common.error_summary.count', { count: 2 })).to.equal('توجد مشكلتان في هذا النموذج.');
    expect(translate('ar', 'common.error_summary.count', { count: 0 })).to.equal('لا توجد مشكلات في هذا النموذج.');
    // 3..10 is "few" in Arabic
    expect(translate('ar', 'common.error_summary.count', { count: 3 })).to.contain('مشكلات');
  });

  it('applies overrides, falls back to the key for unknown messages', () => {
    expect(translate('en', 'common.continue', undefined, { 'common.continue': 'Next {x}' }, 'en')).to.equal('Next {x}');
    expect(translate('es', 'common.continue', undefined, { 'common.back': 'x' })).to.equal('Continuar');
    expect(translate('en', 'nope.missing')).to.equal('nope.missing');
    expect(isMessageKey('common.continue')).to.equal(true);
    expect(isMessageKey('Continue')).to.equal(false);
  });

  it('maps language tags to the nearest catalog', () => {
    expect(matchLocale('pt')).to.equal('pt-BR');
    expect(matchLocale('pt-PT')).to.equal('pt-BR');
    expect(matchLocale('PT-br')).to.equal('pt-BR');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('es-419')).to.equal('es');
    expect(matchLocale('de')).to.equal(undefined);
    expect(matchLocale('not a tag!')).to.equal(undefined);
    expect(resolveLocale('de')).to.equal('en');
    expect(resolveLocale(null)).to.equal('en');
    expect(formattingLocale('en-GB', 'en')).to.equal('en-GB');
    expect(formattingLocale('de-DE', 'en')).to.equal('en');
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('fr')).to.equal('ltr');
  });

  it('formats money from integer cents and dates without shifting the day', () => {
    expect(formatMoney('en-US', 123456, 'USD')).to.equal('$1,234.56');
    expect(formatMoney('en-US', 500, 'JPY')).to.equal('¥500');
    expect(formatMoney('fr', 123456, 'EUR').replace(/\s/g, ' ')).to.equal('1 234,56 €');
    expect(formatDate('en-US', '2024-03-01')).to.equal('Mar 1, 2024');
  });

  it('finds specific validation messages before generic ones, once their English has arrived', () => {
    // The later fields' messages travel with their screens, the backend's with the alert (addEnglish).
    expect(validationMessageKey('routing_number', 'checksum')).to.equal('errors.format');
    expect(backendMessageKey('network')).to.equal('errors.backend.unknown');
    addEnglish({ errors: stepErrorsEn });
    expect(validationMessageKey('routing_number', 'checksum')).to.equal('errors.routing_number.checksum');
    expect(validationMessageKey('account_holder', 'checksum')).to.equal('errors.checksum');
    expect(validationMessageKey('nickname', 'too_long')).to.equal('errors.too_long');
    expect(validationMessageKey(undefined, 'weird')).to.equal('errors.format');
    addEnglish({ errors: backendEn });
    expect(backendMessageKey('network')).to.equal('errors.backend.network');
    expect(backendMessageKey('whatever')).to.equal('errors.backend.unknown');
  });
});
