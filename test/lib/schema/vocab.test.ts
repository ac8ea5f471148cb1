import { describe, expect, it } from 'vitest';
import { CHANNEL_WORDS, PRIORITY_WORDS, STATUS_WORDS, isSatisfied, scoreOnScale, vocabKey } from '../../../src/lib/schema/vocab.ts';

describe('vocabularies', () => {
  it('map Chinese, English and vendor spellings onto canonical values', () => {
    expect(CHANNEL_WORDS.get(vocabKey('在线客服'))).toBe('chat');
    expect(CHANNEL_WORDS.get(vocabKey('Phone call (incoming)'))).toBe('phone');
    expect(CHANNEL_WORDS.get(vocabKey('Web_form'))).toBe('web');
    expect(CHANNEL_WORDS.get(vocabKey('传真'))).toBeUndefined();
    expect(PRIORITY_WORDS.get(vocabKey('紧急'))).toBe('urgent');
    expect(PRIORITY_WORDS.get(vocabKey('Medium'))).toBe('normal');
    expect(STATUS_WORDS.get(vocabKey('已解决'))).toBe('resolved');
    expect(STATUS_WORDS.get(vocabKey('Waiting on Customer'))).toBe('pending');
  });

  it('reads scores per scale and decides "satisfied" as the design says', () => {
    expect(scoreOnScale('非常满意', '5')).toBe(5);
    expect(scoreOnScale('一般', '5')).toBe(3);
    expect(scoreOnScale('4', '5')).toBe(4);
    expect(scoreOnScale('6', '5')).toBeNull();
    expect(scoreOnScale('满意', '3')).toBe(3);
    expect(scoreOnScale('Good', 'binary')).toBe(1);
    expect(scoreOnScale('9', '10')).toBe(9);
    expect([5, 4, 3].map((s) => isSatisfied(s, '5'))).toEqual([true, true, false]);
    expect([3, 2].map((s) => isSatisfied(s, '3'))).toEqual([true, false]);
    expect([1, 0].map((s) => isSatisfied(s, 'binary'))).toEqual([true, false]);
    expect([10, 9, 8].map((s) => isSatisfied(s, '10'))).toEqual([true, true, false]);
  });
});
