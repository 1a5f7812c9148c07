// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isDialog, nextDetails, type DetailsState } from '../../src/layout/details';

const closed: DetailsState = { openId: null, openReason: null };
const hoverA: DetailsState = { openId: 'a', openReason: 'hover' };
const focusA: DetailsState = { openId: 'a', openReason: 'focus' };
const dialogA: DetailsState = { openId: 'a', openReason: 'click' };
const keyboardA: DetailsState = { openId: 'a', openReason: 'keyboard' };

describe('isDialog', () => {
  it('click and keyboard open the dialog; hover and focus a preview', () => {
    expect(['hover', 'focus', 'click', 'keyboard', null].map((r) => isDialog(r as never))).toEqual([false, false, true, true, false]);
  });
});

describe('nextDetails: opening', () => {
  it('a click, Enter or Space opens the dialog of its card from any state, moving it from another card', () => {
    for (const from of [closed, hoverA, focusA, dialogA, keyboardA]) {
      expect(nextDetails(from, { open: true, cardId: 'b', reason: 'click' })).toEqual({ openId: 'b', openReason: 'click' });
      expect(nextDetails(from, { open: true, cardId: 'a', reason: 'keyboard' })).toEqual(keyboardA);
    }
  });

  it('hover previews a card when nothing is shown, or moves a hover preview', () => {
    expect(nextDetails(closed, { open: true, cardId: 'a', reason: 'hover' })).toEqual(hoverA);
    expect(nextDetails(hoverA, { open: true, cardId: 'b', reason: 'hover' })).toEqual({ openId: 'b', openReason: 'hover' });
  });

  it('hover never replaces a focus preview or a dialog', () => {
    for (const from of [focusA, dialogA, keyboardA]) {
      expect(nextDetails(from, { open: true, cardId: 'b', reason: 'hover' })).toBe(from);
      expect(nextDetails(from, { open: true, cardId: 'a', reason: 'hover' })).toBe(from);
    }
  });

  it('focus previews its card, replacing a preview or another card’s dialog', () => {
    expect(nextDetails(closed, { open: true, cardId: 'a', reason: 'focus' })).toEqual(focusA);
    expect(nextDetails(hoverA, { open: true, cardId: 'a', reason: 'focus' })).toEqual(focusA);
    expect(nextDetails(dialogA, { open: true, cardId: 'b', reason: 'focus' })).toEqual({ openId: 'b', openReason: 'focus' });
  });

  it('focus coming back to a card never turns its dialog into a preview', () => {
    expect(nextDetails(dialogA, { open: true, cardId: 'a', reason: 'focus' })).toBe(dialogA);
    expect(nextDetails(keyboardA, { open: true, cardId: 'a', reason: 'focus' })).toBe(keyboardA);
  });

  it('asking for what is already shown keeps it', () => {
    expect(nextDetails(hoverA, { open: true, cardId: 'a', reason: 'hover' })).toEqual(hoverA);
    expect(nextDetails(dialogA, { open: true, cardId: 'a', reason: 'click' })).toEqual(dialogA);
  });
});

describe('nextDetails: closing', () => {
  it('the pointer leaving closes only a preview that hover opened', () => {
    expect(nextDetails(hoverA, { open: false, reason: 'hover' })).toEqual(closed);
    for (const from of [focusA, dialogA, keyboardA]) {
      expect(nextDetails(from, { open: false, reason: 'hover' })).toBe(from);
    }
  });

  it('a card losing focus closes its own preview, not another card’s, and never a dialog', () => {
    expect(nextDetails(focusA, { open: false, reason: 'focus', cardId: 'a' })).toEqual(closed);
    expect(nextDetails(hoverA, { open: false, reason: 'focus', cardId: 'a' })).toEqual(closed);
    expect(nextDetails(focusA, { open: false, reason: 'focus', cardId: 'b' })).toBe(focusA);
    expect(nextDetails(dialogA, { open: false, reason: 'focus', cardId: 'a' })).toBe(dialogA);
  });

  it('focus leaving the dialog and every dismissal close whatever is shown', () => {
    for (const from of [hoverA, focusA, dialogA, keyboardA]) {
      expect(nextDetails(from, { open: false, reason: 'dismiss' })).toEqual(closed);
      expect(nextDetails(from, { open: false, reason: 'focus-out' })).toEqual(closed);
    }
  });

  it('closing what is closed changes nothing', () => {
    expect(nextDetails(closed, { open: false, reason: 'dismiss' })).toBe(closed);
  });
});
