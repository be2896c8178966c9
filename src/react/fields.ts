import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers the element (and what it renders) when a wrapper of this module is used: a bundler
// that skips the side-effect-free index still keeps it, and an app gets only what it uses.
import '../components/dots-text-field/define.ts';
import '../components/dots-select/define.ts';
import '../components/dots-checkbox/define.ts';
import '../components/dots-money-input/define.ts';
import '../components/dots-phone-input/define.ts';
import '../components/dots-otp-input/define.ts';
import { DotsTextField as DotsTextFieldElement } from '../components/dots-text-field/dots-text-field.ts';
import { DotsSelect as DotsSelectElement } from '../components/dots-select/dots-select.ts';
import { DotsCheckbox as DotsCheckboxElement } from '../components/dots-checkbox/dots-checkbox.ts';
import { DotsMoneyInput as DotsMoneyInputElement } from '../components/dots-money-input/dots-money-input.ts';
import { DotsPhoneInput as DotsPhoneInputElement } from '../components/dots-phone-input/dots-phone-input.ts';
import { DotsOtpInput as DotsOtpInputElement } from '../components/dots-otp-input/dots-otp-input.ts';
import { checkboxEvents, moneyEvents, otpEvents, phoneEvents, textEvents } from './events.ts';

export const DotsTextField = createComponent({
  react: React,
  tagName: 'dots-text-field',
  elementClass: DotsTextFieldElement,
  events: textEvents,
  displayName: 'DotsTextField',
});

export const DotsSelect = createComponent({
  react: React,
  tagName: 'dots-select',
  elementClass: DotsSelectElement,
  events: textEvents,
  displayName: 'DotsSelect',
});

export const DotsCheckbox = createComponent({
  react: React,
  tagName: 'dots-checkbox',
  elementClass: DotsCheckboxElement,
  events: checkboxEvents,
  displayName: 'DotsCheckbox',
});

/** Amounts in integer cents: `value={1500}` is 15.00. */
export const DotsMoneyInput = createComponent({
  react: React,
  tagName: 'dots-money-input',
  elementClass: DotsMoneyInputElement,
  events: moneyEvents,
  displayName: 'DotsMoneyInput',
});

export const DotsPhoneInput = createComponent({
  react: React,
  tagName: 'dots-phone-input',
  elementClass: DotsPhoneInputElement,
  events: phoneEvents,
  displayName: 'DotsPhoneInput',
});

export const DotsOtpInput = createComponent({
  react: React,
  tagName: 'dots-otp-input',
  elementClass: DotsOtpInputElement,
  events: otpEvents,
  displayName: 'DotsOtpInput',
});
