import { describe, expect, it, vi } from 'vitest';
import { STATUS_CODES } from '../../data/index.ts';
import { correctTypos } from './alternatives.ts';
import { listMeanings } from './listing.ts';
import { TextIndexBuilder } from './text-index.ts';

const index = new TextIndexBuilder(listMeanings(STATUS_CODES)).ready();

describe('correctTypos', () => {
  it('corrects a typo, even in the longest word of the vocabulary', () => {
    expect(correctTypos(index, 'gatway timout')).toBe('gateway timeout');
    expect(correctTypos(index, 'missingservletrequestparamterexception')).toBe(
      'missingservletrequestparameterexception',
    );
  });

  it('does not ask the corrector about a word longer than any within reach', () => {
    const correct = vi.spyOn(index.typos, 'correct');
    const long = 'x'.repeat(index.typos.maxWordLength + 1);
    expect(correctTypos(index, `${long} gatway`)).toBe(`${long} gateway`);
    expect(correct).toHaveBeenCalledExactlyOnceWith('gatway');
    correct.mockRestore();
  });
});
