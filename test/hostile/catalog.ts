/**
 * The hostile and odd input catalog: what people (and attackers) type into a payout form. Every
 * case is plain data; the suites under test/hostile run each one against every validation
 * function, every adapter input and the MockAdapter, and every field of every flow step.
 *
 * `expect` pins the outcome for the checks a case was written for: `'ok'` (accepted), `{ value }`
 * (accepted with exactly this normalised value), `'refused'` (any reason) or a reason code (refused
 * for that reason). Where
 * a case has no expectation for a check, the suites still require a well-formed answer: a
 * normalised value of the right shape, or a known reason; never a throw.
 *
 * Markup payloads call `window.__dotsHostile('<case id>')` if a browser ever runs them, so a test
 * can prove that none did.
 */
export const PAYLOAD_HOOK = '__dotsHostile';

export type Group =
  | 'injection'
  | 'long'
  | 'unicode'
  | 'bidi'
  | 'whitespace'
  | 'digits'
  | 'amount'
  | 'routing'
  | 'account'
  | 'iban'
  | 'bic'
  | 'phone'
  | 'dob'
  | 'taxid'
  | 'email'
  | 'cashtag'
  | 'url';

/** The checks a case may pin an outcome for. */
export type CheckName =
  | 'routing'
  | 'account'
  | 'iban'
  | 'bic'
  | 'phoneUS'
  | 'phoneGB'
  | 'phoneIntl'
  | 'ssn'
  | 'ein'
  | 'email'
  | 'cashtag'
  | 'isoDate'
  | 'dob'
  | 'amount'
  | 'money'
  | 'redirect';

export type Expected = 'ok' | { value: string | number } | string;

export interface HostileCase {
  /** unique and stable: `<group>-<n>` */
  id: string;
  group: Group;
  input: string | number;
  note: string;
  expect?: Partial<Record<CheckName, Expected>>;
  /** markup that would create elements or run script if it were ever parsed as HTML */
  markup?: boolean;
}

/** The date the catalog's date-of-birth expectations are written against. */
export const CATALOG_TODAY = '2026-01-15';

// ---- building blocks ----

const hook = (id: string) => `${PAYLOAD_HOOK}('${id}')`;
const VALID_ROUTING = '021000021';
const VALID_IBAN = 'DE89370400440532013000';
const NOT_DIGITS = { routing: 'format', account: 'format', ssn: 'format', ein: 'format', isoDate: 'refused', dob: 'refused' } as const;

let counter = new Map<Group, number>();
const cases: HostileCase[] = [];
function add(group: Group, input: string | number, note: string, expect?: HostileCase['expect'], markup?: boolean): void {
  const n = (counter.get(group) ?? 0) + 1;
  counter.set(group, n);
  cases.push({ id: `${group}-${n}`, group, input, note, ...(expect ? { expect } : {}), ...(markup ? { markup } : {}) });
}

// ---- script and HTML injection ----

const markup: Array<[string, (id: string) => string]> = [
  ['img onerror', (id) => `<img src=x onerror="${hook(id)}">`],
  ['script element', (id) => `<script>${hook(id)}</script>`],
  ['attribute break-out into svg onload', (id) => `"><svg onload="${hook(id)}">`],
  ['single-quote attribute break-out', (id) => `'><img src=x onerror=${hook(id)}>`],
  ['svg with script', (id) => `<svg><script>${hook(id)}</script></svg>`],
  ['iframe srcdoc', (id) => `<iframe srcdoc="<script>parent.${hook(id)}</script>"></iframe>`],
  ['textarea break-out', (id) => `</textarea><script>${hook(id)}</script>`],
  ['title break-out', (id) => `</title><img src=x onerror=${hook(id)}>`],
  ['style break-out', (id) => `</style><img src=x onerror=${hook(id)}>`],
  ['details ontoggle', (id) => `<details open ontoggle="${hook(id)}">x</details>`],
  ['input autofocus onfocus', (id) => `<input autofocus onfocus="${hook(id)}">`],
  ['video source onerror', (id) => `<video><source onerror="${hook(id)}"></video>`],
  ['body onload', (id) => `<body onload="${hook(id)}">`],
  ['anchor javascript href', (id) => `<a href="javascript:${hook(id)}">click</a>`],
  ['object data javascript', (id) => `<object data="javascript:${hook(id)}"></object>`],
  ['mXSS through math/style', (id) => `<math><mtext><table><mglyph><style><img src=x onerror=${hook(id)}>`],
  ['comment-wrapped img', (id) => `<!--<img src=x onerror=${hook(id)}>-->`],
  ['template content', (id) => `<template><img src=x onerror=${hook(id)}></template>`],
  ['nested unclosed tags', (id) => `<<img src=x onerror=${hook(id)}//<`],
  ['event handler in a custom element', (id) => `<dots-flow onclick="${hook(id)}"></dots-flow>`],
  ['lit marker look-alike', (id) => `<!--?lit$000$--><img src=x onerror=${hook(id)}>`],
  ['meta refresh', () => `<meta http-equiv="refresh" content="0;url=https://evil.example/">`],
  ['base href hijack', () => `<base href="https://evil.example/">`],
  ['form action to another origin', () => `<form action="https://evil.example/"><button>Pay</button></form>`],
  ['slot element', () => `<slot name="x"></slot>`],
  ['markup inside valid digits', (id) => `${VALID_ROUTING}<img src=x onerror=${hook(id)}>`],
];
markup.forEach(([note, make], i) => {
  const id = `injection-${i + 1}`;
  add('injection', make(id), note, NOT_DIGITS, true);
});
add('injection', 'javascript:alert(document.cookie)', 'javascript: URL', { ...NOT_DIGITS, redirect: 'refused' });
add('injection', 'JaVaScRiPt:alert(1)', 'mixed-case javascript: URL', { redirect: 'refused' });
add('injection', ' javascript:alert(1)', 'javascript: URL with a leading space', { redirect: 'refused' });
add('injection', 'java\tscript:alert(1)', 'javascript: URL split by a tab', { redirect: 'refused' });
add('injection', 'data:text/html,<script>alert(1)</script>', 'data: URL', { redirect: 'refused' });
add('injection', 'vbscript:msgbox(1)', 'vbscript: URL', { redirect: 'refused' });
add('injection', '&lt;script&gt;alert(1)&lt;/script&gt;', 'already entity-encoded markup (must not be decoded)');
add('injection', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'URL-encoded markup');
add('injection', '\\u003cscript\\u003e', 'escaped-unicode markup as literal text');
add('injection', "{{constructor.constructor('alert(1)')()}}", 'template-engine expression');
add('injection', '${alert(1)}', 'template-literal expression');
add('injection', "' OR '1'='1' --", 'SQL injection');
add('injection', "Robert'); DROP TABLE users;--", 'SQL injection (Bobby Tables)');
add('injection', '__proto__', 'prototype key as a value');
add('injection', 'constructor', 'constructor as a value');
add('injection', '{"__proto__":{"polluted":true}}', 'JSON prototype pollution');
add('injection', '../../../etc/passwd', 'path traversal');
add('injection', 'a\r\nSet-Cookie: session=stolen', 'CRLF header injection');
add('injection', 'a\u0000b', 'NUL byte', { ...NOT_DIGITS });
add('injection', '=HYPERLINK("https://evil.example","click")', 'CSV/spreadsheet formula injection');
add('injection', '@SUM(1+1)*cmd|\' /C calc\'!A0', 'DDE formula injection');
add('injection', '<', 'a lone angle bracket');
add('injection', '..', 'a dot-dot path segment as an id');
add('injection', '.', 'a dot path segment as an id');
add('injection', '%2e%2e', 'a percent-encoded dot-dot segment');
add('injection', '../../v2/apps', 'a relative path as an id');
add('injection', 'usr_1?admin=true#x', 'query and fragment in an id');

// ---- very long strings ----

add('long', 'a'.repeat(10_000), '10k letters', { routing: 'too_long', account: 'too_long', ssn: 'too_long', ein: 'too_long', email: 'too_long', iban: 'too_long', dob: 'too_long' });
add('long', '1'.repeat(10_000), '10k digits', { routing: 'too_long', account: 'too_long', ssn: 'too_long', iban: 'too_long', amount: 'nan', money: 'nan' });
add('long', '9'.repeat(400), '400 digits: just past the input guard', { routing: 'too_long', account: 'too_long', amount: 'nan', money: 'nan' });
add('long', '9'.repeat(25), '25 digits: past every number a payout needs', { routing: 'length', account: 'length', amount: 'nan', money: 'nan' });
add('long', 'x'.repeat(321), 'one over the 320-character guard', { email: 'too_long', routing: 'too_long' });
add('long', `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`, 'a 254-character email');
add('long', `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`, 'a 255-character email', { email: 'too_long' });
add('long', '😀'.repeat(5_000), '10k code units of emoji', { routing: 'too_long', email: 'too_long' });
add('long', `e${'\u0301'.repeat(10_000)}`, 'one letter under 10k combining accents (zalgo)', { routing: 'too_long' });
add('long', ' '.repeat(10_000), '10k spaces', { routing: 'too_long' });
add('long', '\n'.repeat(10_000), '10k newlines', { routing: 'too_long' });
add('long', `${'<b>'.repeat(3_000)}x`, '3k nested tags', { routing: 'too_long' }, true);
add('long', 'A'.repeat(200_000), '200k characters pasted', { routing: 'too_long', iban: 'too_long', email: 'too_long' });
add('long', '1,'.repeat(5_000) + '0', '5k thousands separators', { amount: 'nan' });

// ---- emoji, combining characters, scripts ----

add('unicode', '😀', 'an emoji', NOT_DIGITS);
add('unicode', '👩‍👩‍👧‍👦', 'a ZWJ family emoji', NOT_DIGITS);
add('unicode', '🇺🇸', 'a flag (regional indicators)', NOT_DIGITS);
add('unicode', '👍🏽', 'emoji with a skin tone');
add('unicode', 'José', 'precomposed é');
add('unicode', 'Jose\u0301', 'e plus a combining acute');
add('unicode', 'Z̸̡̢̛̗̘̙̜̝̞̟̠̊̋̌̍̎̏̐̑̒̓̔ạ̸̢̛̗̘̙̜̝̞̟̠̊̋̌̍̎̏̐̑̒̓̔lgo', 'zalgo text');
add('unicode', '李小龙', 'CJK name');
add('unicode', 'محمد بن سلمان', 'Arabic name');
add('unicode', 'דוד בן גוריון', 'Hebrew name');
add('unicode', 'देवनागरी', 'Devanagari');
add('unicode', 'สมชาย', 'Thai');
add('unicode', '\ud800', 'a lone high surrogate', NOT_DIGITS);
add('unicode', '\udc00x', 'a lone low surrogate', NOT_DIGITS);
add('unicode', '\ufffd', 'the replacement character');
add('unicode', '\ue000', 'a private-use character');
add('unicode', '\uffff', 'a noncharacter');
add('unicode', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'mathematical letters (astral plane)');
add('unicode', '𝟎𝟐𝟏𝟎𝟎𝟎𝟎𝟐𝟏', 'mathematical bold digits', { routing: 'format' });
add('unicode', '¹²³', 'superscript digits', { account: 'format' });
add('unicode', '①②③④', 'circled digits', { account: 'format' });
add('unicode', 'Ⅻ', 'a roman numeral');
add('unicode', 'pаypal@example.com', 'Cyrillic а homoglyph in an email');
add('unicode', 'ﬁnance@example.com', 'the ﬁ ligature in an email');
add('unicode', 'STRAßE', 'German sharp s');
add('unicode', 'İstanbul', 'Turkish dotted capital I');
add('unicode', 'O21OOOO21', 'letter O for zero', { routing: 'format' });
add('unicode', 'l23-45-6789', 'letter l for one', { ssn: 'format' });

// ---- right-to-left and invisible controls ----

add('bidi', '\u202egnp.exe', 'right-to-left override');
add('bidi', 'Ada\u202e Lovelace', 'RLO inside a name');
add('bidi', `\u202e${VALID_ROUTING}`, 'RLO before a routing number', { routing: { value: VALID_ROUTING } });
add('bidi', `${VALID_IBAN.slice(0, 4)}\u202e${VALID_IBAN.slice(4)}`, 'RLO inside an IBAN', { iban: { value: VALID_IBAN } });
add('bidi', '\u2066123-45-6789\u2069', 'LRI/PDI isolates around an SSN', { ssn: { value: '123456789' } });
add('bidi', '\u200f2015550123', 'RLM before a phone', { phoneUS: 'ok' });
add('bidi', 'ada\u202e@example.com', 'RLO inside an email', { email: { value: 'ada@example.com' } });
add('bidi', '\u061c021000021', 'Arabic letter mark before digits');
add('bidi', '\u202a\u202b\u202c\u202d', 'only embedding controls', { routing: 'required', email: 'required' });
add('bidi', '1990\u200e-01-15', 'LRM inside a date', { isoDate: { value: '1990-01-15' } });

// ---- whitespace and zero-width ----

add('whitespace', '', 'empty', { routing: 'required', account: 'required', iban: 'required', email: 'required', ssn: 'required', amount: 'required', money: 'required', dob: 'required', phoneUS: 'required' });
add('whitespace', '   ', 'only spaces', { routing: 'required', email: 'required', amount: 'required', money: 'required', phoneUS: 'required' });
add('whitespace', '\t\n\r', 'only control whitespace', { routing: 'required', email: 'required' });
add('whitespace', `  ${VALID_ROUTING}  `, 'leading and trailing spaces', { routing: { value: VALID_ROUTING } });
add('whitespace', `\u00a0${VALID_ROUTING}\u00a0`, 'no-break spaces', { routing: { value: VALID_ROUTING } });
add('whitespace', `\u3000${VALID_ROUTING}`, 'ideographic space', { routing: { value: VALID_ROUTING } });
add('whitespace', '  ada@example.com  ', 'email with spaces around', { email: { value: 'ada@example.com' } });
add('whitespace', `\u200b${VALID_ROUTING}\u200b`, 'zero-width spaces', { routing: { value: VALID_ROUTING } });
add('whitespace', `${VALID_ROUTING.slice(0, 4)}\u200d${VALID_ROUTING.slice(4)}`, 'a zero-width joiner inside', { routing: { value: VALID_ROUTING } });
add('whitespace', `\ufeff${VALID_ROUTING}`, 'a byte-order mark', { routing: { value: VALID_ROUTING } });
add('whitespace', `${VALID_ROUTING}\u2060`, 'a word joiner', { routing: { value: VALID_ROUTING } });
add('whitespace', '\u200b', 'only a zero-width space', { routing: 'required' });
add('whitespace', 'Ada\u2028Lovelace', 'a line separator inside a name');
add('whitespace', 'Ada\u0085Lovelace', 'a next-line control inside a name');
add('whitespace', ' 12.50 ', 'amount with spaces', { amount: { value: 1250 }, money: { value: 1250 } });
add('whitespace', '1990-01-15 ', 'date with a trailing space', { isoDate: { value: '1990-01-15' } });

// ---- digits in other scripts ----

add('digits', '０２１００００２１', 'full-width routing', { routing: { value: VALID_ROUTING } });
add('digits', '٠٢١٠٠٠٠٢١', 'Arabic-Indic routing', { routing: { value: VALID_ROUTING } });
add('digits', '۰۲۱۰۰۰۰۲۱', 'Persian routing', { routing: { value: VALID_ROUTING } });
add('digits', '०२१०००२१', 'Devanagari, one digit short', { routing: 'length' });
add('digits', '0２1０00٠２1', 'mixed scripts in one number', { routing: { value: VALID_ROUTING } });
add('digits', '021-000-021', 'dashes', { routing: { value: VALID_ROUTING } });
add('digits', '021.000.021', 'dots', { routing: { value: VALID_ROUTING } });
add('digits', '021 000 021', 'spaces', { routing: { value: VALID_ROUTING } });
add('digits', '１２３－４５－６７８９', 'full-width SSN with full-width dashes', { ssn: { value: '123456789' } });
add('digits', '＋１ ２０１ ５５５ ０１２３', 'full-width international phone', { phoneIntl: 'ok', phoneUS: 'ok' });
add('digits', '١٩٩٠-٠١-١٥', 'Arabic-Indic date', { isoDate: { value: '1990-01-15' }, dob: { value: '1990-01-15' } });
add('digits', '１２．５０', 'full-width amount', { amount: { value: 1250 } });
add('digits', '١٢٫٥٠', 'Arabic amount with the Arabic decimal mark', { amount: { value: 1250 }, money: { value: 1250 } });
add('digits', '0x10', 'hexadecimal', { amount: 'nan', money: 'nan', account: 'format' });
add('digits', '0b101', 'binary literal', { amount: 'nan', money: 'nan' });
add('digits', '1_000', 'numeric separator', { amount: 'nan', money: 'nan', account: 'format' });

// ---- amounts ----

add('amount', '1e9', 'exponent', { amount: 'nan', money: 'nan' });
add('amount', '1E9', 'upper-case exponent', { amount: 'nan', money: 'nan' });
add('amount', '-0', 'negative zero text', { money: 'negative' });
add('amount', '0', 'zero', { amount: 'zero', money: { value: 0 } });
add('amount', '0.00', 'zero with decimals', { amount: 'zero' });
add('amount', '0.001', 'a tenth of a cent', { amount: 'decimals', money: 'decimals' });
// parseAmount is locale-blind and documents `12.345` as twelve thousand; the English money input says decimals
add('amount', '12.345', 'three decimals', { money: 'decimals' });
add('amount', '-5', 'negative', { amount: 'negative', money: 'negative' });
add('amount', '\u22125', 'negative with a minus sign', { amount: 'negative', money: 'negative' });
add('amount', '(5.00)', 'accounting negative', { money: 'negative' });
add('amount', 'NaN', 'NaN text', { amount: 'nan', money: 'nan' });
add('amount', 'Infinity', 'Infinity text', { amount: 'nan', money: 'nan' });
add('amount', '-Infinity', 'negative Infinity text', { money: 'negative' });
add('amount', '9007199254740993', 'past the safe integer range', { amount: 'nan', money: 'nan' });
add('amount', '1,000,000,000,000,000,000', 'a quintillion', { amount: 'nan', money: 'nan' });
add('amount', '12.3.4', 'two decimal points', { amount: 'nan', money: 'nan' });
add('amount', '1,2,3', 'bad grouping', { amount: 'nan', money: 'nan' });
add('amount', '0,001', 'a leading zero group is no grouping', { amount: 'decimals' });
add('amount', '$12.50', 'with a dollar sign', { amount: { value: 1250 }, money: { value: 1250 } });
add('amount', '€12,50', 'euro with a decimal comma', { amount: { value: 1250 } });
add('amount', '1,234.56', 'grouped', { amount: { value: 123456 }, money: { value: 123456 } });
add('amount', '1.234,56', 'European grouping', { amount: { value: 123456 }, money: { value: 123456 } });
add('amount', '.5', 'no leading zero', { amount: { value: 50 }, money: { value: 50 } });
add('amount', '5.', 'trailing point', { amount: { value: 500 } });
add('amount', '+5', 'explicit plus', { money: { value: 500 } });
add('amount', '5-', 'trailing minus', { money: 'negative' });
add('amount', 'twelve', 'a word', { amount: 'nan', money: 'nan' });
add('amount', '12 dollars', 'a number and a word', { amount: 'nan', money: 'nan' });
add('amount', 0, 'number zero', { amount: 'zero' });
add('amount', -1, 'number negative', { amount: 'negative' });
add('amount', 0.5, 'number fractional cents', { amount: 'decimals' });
add('amount', Number.NaN, 'number NaN', { amount: 'nan' });
add('amount', Number.POSITIVE_INFINITY, 'number Infinity', { amount: 'nan' });
add('amount', Number.NEGATIVE_INFINITY, 'number -Infinity', { amount: 'nan' });
add('amount', 1e21, 'number 1e21', { amount: 'nan' });
add('amount', 2 ** 53 + 2, 'number past 2^53', { amount: 'nan' });
add('amount', -0, 'number negative zero', { amount: 'zero' });
add('amount', 1250, 'number of cents', { amount: { value: 1250 } });

// ---- routing numbers ----

add('routing', VALID_ROUTING, 'valid (JPMorgan Chase NY)', { routing: { value: VALID_ROUTING } });
add('routing', '011000015', 'valid (Federal Reserve Boston)', { routing: { value: '011000015' } });
add('routing', '021000022', 'bad checksum', { routing: 'checksum' });
add('routing', '011000016', 'bad checksum', { routing: 'checksum' });
add('routing', '123456789', 'a plausible prefix, bad checksum', { routing: 'checksum' });
add('routing', '000000000', 'all zeros: no such district', { routing: 'format' });
add('routing', '990000000', 'prefix 99 is never issued', { routing: 'format' });
add('routing', '02100002', 'eight digits', { routing: 'length' });
add('routing', '0210000210', 'ten digits', { routing: 'length' });
add('routing', '02100002a', 'a letter', { routing: 'format' });

// ---- account numbers ----

add('account', '000123456789', 'ordinary', { account: { value: '000123456789' } });
add('account', '123', 'three digits', { account: 'length' });
add('account', '123456789012345678', 'eighteen digits', { account: 'length' });
add('account', '1234 5678 9012', 'spaces', { account: { value: '123456789012' } });
add('account', '12345678901X', 'a letter', { account: 'format' });

// ---- IBANs ----

add('iban', VALID_IBAN, 'valid German IBAN', { iban: { value: VALID_IBAN } });
add('iban', 'DE89 3704 0044 0532 0130 00', 'printed grouping', { iban: { value: VALID_IBAN } });
add('iban', 'de89370400440532013000', 'lower case', { iban: { value: VALID_IBAN } });
add('iban', 'GB82WEST12345698765432', 'valid British IBAN', { iban: { value: 'GB82WEST12345698765432' } });
add('iban', 'DE88370400440532013000', 'bad check digits', { iban: 'checksum' });
add('iban', 'GB82WEST12345698765431', 'bad check digits (GB)', { iban: 'checksum' });
add('iban', 'XX89370400440532013000', 'unknown country', { iban: 'country' });
add('iban', 'DE8937040044053201300', 'one character short', { iban: 'length' });
add('iban', `${VALID_IBAN}00000000000000`, 'longer than any IBAN', { iban: 'length' });
add('iban', 'DE89-3704-0044-0532-0130-00', 'dashes', { iban: { value: VALID_IBAN } });
add('iban', 'ＤＥ８９３７０４００４４０５３２０１３０００', 'full-width IBAN');
add('iban', 'DE89370400440532013000<script>', 'markup after an IBAN', { iban: 'format' }, true);

// ---- BICs ----

add('bic', 'DEUTDEFF', 'valid 8', { bic: { value: 'DEUTDEFF' } });
add('bic', 'DEUTDEFF500', 'valid 11', { bic: { value: 'DEUTDEFF500' } });
add('bic', 'deut deff', 'lower case with a space', { bic: { value: 'DEUTDEFF' } });
add('bic', 'DEUTDEF', 'seven characters', { bic: 'length' });
add('bic', 'DEUT1EFF', 'digit where the country goes', { bic: 'country' });

// ---- phone numbers ----

add('phone', '2015550123', 'a US number', { phoneUS: 'ok' });
add('phone', '4155550123', 'a US number with the UK picked', { phoneUS: 'ok', phoneGB: 'refused' });
add('phone', '(201) 555-0123', 'US formatting', { phoneUS: 'ok' });
add('phone', '201.555.0123', 'dotted', { phoneUS: 'ok' });
add('phone', '+1 201 555 0123', 'international US', { phoneUS: 'ok', phoneIntl: 'ok' });
add('phone', '07400 123456', 'a UK mobile with the US picked', { phoneGB: 'ok', phoneUS: 'refused' });
add('phone', '+44 7400 123456', 'a UK mobile, international', { phoneIntl: 'ok' });
add('phone', '555-0123', 'seven digits', { phoneUS: 'length' });
add('phone', '12', 'two digits', { phoneUS: 'length', phoneIntl: 'country' });
add('phone', '201555012345678901', 'eighteen digits', { phoneUS: 'length' });
add('phone', '+999 123456789', 'an unassigned calling code', { phoneIntl: 'country' });
add('phone', '+1 201 555 0123 ext. 5', 'with an extension', { phoneUS: 'format' });
add('phone', '1-800-FLOWERS', 'vanity letters', { phoneUS: 'format' });
add('phone', '0000000000', 'all zeros');
add('phone', '2015550000', 'the sandbox failing Venmo number', { phoneUS: 'ok' });

// ---- dates of birth (today is CATALOG_TODAY) ----

add('dob', '2099-01-01', 'far future', { dob: 'future' });
add('dob', '2026-01-16', 'tomorrow', { dob: 'future' });
add('dob', '2026-01-15', 'born today', { dob: 'under_age' });
add('dob', '2008-01-16', 'eighteen tomorrow', { dob: 'under_age' });
add('dob', '2008-01-15', 'eighteen today', { dob: { value: '2008-01-15' } });
add('dob', '2001-02-31', '31 February', { isoDate: 'invalid', dob: 'invalid' });
add('dob', '2001-02-29', '29 February in a common year', { dob: 'invalid' });
add('dob', '2000-02-29', '29 February in a leap year', { dob: { value: '2000-02-29' } });
add('dob', '1990-13-01', 'month 13', { dob: 'invalid' });
add('dob', '1990-00-10', 'month 0', { dob: 'invalid' });
add('dob', '0000-00-00', 'all zeros', { dob: 'invalid' });
add('dob', '1899-12-31', 'before 1900', { dob: 'invalid' });
add('dob', '31/12/1990', 'day first with slashes', { dob: 'format' });
add('dob', '12/31/1990', 'US style', { dob: 'format' });
add('dob', '1990-1-5', 'no zero padding', { dob: 'format' });
add('dob', '19900115', 'no separators', { dob: 'format' });
add('dob', '1990-01-15T00:00:00Z', 'a timestamp', { dob: 'format' });

// ---- tax ids ----

add('taxid', '123-45-6789', 'valid SSN shape', { ssn: { value: '123456789' } });
add('taxid', '000-12-3456', 'SSN area 000', { ssn: 'invalid' });
add('taxid', '666-12-3456', 'SSN area 666', { ssn: 'invalid' });
add('taxid', '900-12-3456', 'SSN area 9xx (ITIN range)', { ssn: 'invalid' });
add('taxid', '123-00-4567', 'SSN group 00', { ssn: 'invalid' });
add('taxid', '123-45-0000', 'SSN serial 0000', { ssn: 'invalid' });
add('taxid', '078-05-1120', 'the Woolworth wallet SSN', { ssn: 'invalid' });
add('taxid', '219-09-9999', 'the advertised SSN', { ssn: 'invalid' });
add('taxid', '12345678', 'eight digits', { ssn: 'length', ein: 'length' });
add('taxid', '1234567890', 'ten digits', { ssn: 'length' });
add('taxid', '12-3456789', 'valid EIN shape', { ein: { value: '123456789' } });
add('taxid', '07-1234567', 'EIN prefix 07 is not assigned', { ein: 'invalid' });
add('taxid', '00-1234567', 'EIN prefix 00', { ein: 'invalid' });
add('taxid', '***-**-6789', 'a masked SSN pasted back', { ssn: 'format' });

// ---- emails ----

add('email', 'ada@example.com', 'ordinary', { email: { value: 'ada@example.com' } });
add('email', 'Ada@EXAMPLE.COM', 'upper-case domain', { email: { value: 'Ada@example.com' } });
add('email', 'plainaddress', 'no @', { email: 'format' });
add('email', '@example.com', 'no local part', { email: 'format' });
add('email', 'ada@', 'no domain', { email: 'format' });
add('email', 'ada@@example.com', 'two @', { email: 'format' });
add('email', 'ada lovelace@example.com', 'a space inside', { email: 'format' });
add('email', 'ada@example', 'no top-level domain', { email: 'format' });
add('email', '.ada@example.com', 'leading dot', { email: 'format' });
add('email', 'ada..l@example.com', 'two dots', { email: 'format' });
add('email', 'ada@example..com', 'two dots in the domain', { email: 'format' });
add('email', 'ada@-example.com', 'domain starting with a hyphen', { email: 'format' });
add('email', '<script>@example.com', 'markup as the local part', { email: 'format' }, true);
add('email', 'ada@example.com<img src=x>', 'markup after an email', { email: 'format' }, true);
add('email', 'ada@[127.0.0.1]', 'an IP literal');
add('email', 'ada@example.com\nBcc: victim@example.com', 'header injection', { email: 'format' });
add('email', 'fail@example.com', 'the sandbox failing PayPal email', { email: { value: 'fail@example.com' } });

// ---- cashtags ----

add('cashtag', '$ada', 'ordinary', { cashtag: { value: '$ada' } });
add('cashtag', 'ada', 'no dollar sign', { cashtag: { value: '$ada' } });
add('cashtag', '＄ada', 'full-width dollar sign', { cashtag: { value: '$ada' } });
add('cashtag', '$1ada', 'starts with a digit', { cashtag: 'format' });
add('cashtag', '$', 'only the sign', { cashtag: 'required' });
add('cashtag', `$${'a'.repeat(21)}`, 'too long', { cashtag: 'length' });
add('cashtag', '$ada-l', 'a hyphen', { cashtag: 'format' });

// ---- redirect URLs ----

add('url', 'https://host.example/done', 'https', { redirect: 'ok' });
add('url', 'http://localhost:8080/', 'plain http', { redirect: 'ok' });
add('url', '//evil.example/', 'protocol-relative', { redirect: 'refused' });
add('url', '/relative/path', 'a relative path', { redirect: 'refused' });
add('url', 'https://user:pass@evil.example/', 'credentials in the URL', { redirect: 'refused' });
add('url', 'file:///etc/passwd', 'file URL', { redirect: 'refused' });
add('url', 'blob:https://host.example/uuid', 'blob URL', { redirect: 'refused' });
add('url', 'https://host.example/?q=<script>', 'markup in a query', { redirect: 'ok' }, true);

export const HOSTILE_CASES: readonly HostileCase[] = cases;
counter = new Map();

/** Cases whose input is text (every field input takes these). */
export const TEXT_CASES: readonly (HostileCase & { input: string })[] = cases.filter((c): c is HostileCase & { input: string } => typeof c.input === 'string');

/** Cases that carry markup, for the rendering tests. */
export const MARKUP_CASES = TEXT_CASES.filter((c) => c.markup);

/**
 * A representative subset for expensive runs (every field of every rendered step): one case of
 * each group plus every markup case. Cheap runs use the whole catalog.
 */
export function sampleCases(perGroup = 2): (HostileCase & { input: string })[] {
  const seen = new Map<Group, number>();
  const out: (HostileCase & { input: string })[] = [];
  for (const c of TEXT_CASES) {
    const n = seen.get(c.group) ?? 0;
    if (c.markup || n < perGroup) out.push(c);
    seen.set(c.group, n + 1);
  }
  return out;
}
