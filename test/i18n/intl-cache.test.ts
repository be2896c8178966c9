import { expect } from '@open-wc/testing';
import { numberFormat, dateTimeFormat, pluralRules, displayNames, collator } from '../../src/i18n/intl-cache.ts';
import { formatMoney, formatNumber } from '../../src/i18n/index.ts';

describe('i18n Intl cache', () => {
  it('hands out one formatter per (locale, options)', () => {
    expect(numberFormat('fr')).to.equal(numberFormat('fr', {}));
    expect(numberFormat('fr', { maximumFractionDigits: 0 })).to.equal(numberFormat('fr', { maximumFractionDigits: 0 }));
    expect(numberFormat('fr', { maximumFractionDigits: 0 })).not.to.equal(numberFormat('fr'));
    expect(numberFormat('fr')).not.to.equal(numberFormat('en'));
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).to.equal(dateTimeFormat('en', { dateStyle: 'medium' }));
    expect(pluralRules('ar')).to.equal(pluralRules('ar'));
    expect(pluralRules('en', { type: 'ordinal' })).not.to.equal(pluralRules('en'));
    expect(displayNames('es', { type: 'region' })).to.equal(displayNames('es', { type: 'region' }));
    expect(collator('pt-BR')).to.equal(collator('pt-BR'));
  });

  it('keeps each formatter to its own options', () => {
    expect(numberFormat('en', { maximumFractionDigits: 0 }).format(1.6)).to.equal('2');
    expect(numberFormat('en').format(1234.5)).to.equal('1,234.5');
    expect(pluralRules('en', { type: 'ordinal' }).select(2)).to.equal('two');
    expect(pluralRules('en').select(2)).to.equal('other');
    expect(formatMoney('en', 123456, 'USD')).to.equal('$1,234.56');
    expect(formatMoney('en', 123456, 'USD', { currencyDisplay: 'code' })).to.match(/^USD\s1,234\.56$/);
    expect(formatNumber('de', 1234.5)).to.equal('1.234,5');
  });

  it('still answers after more distinct options than it keeps', () => {
    for (let i = 0; i <= 300; i++) numberFormat('en', { minimumIntegerDigits: 1 + (i % 21), maximumFractionDigits: i % 20 });
    expect(numberFormat('en', { minimumIntegerDigits: 3 }).format(7)).to.equal('007');
  });
});
