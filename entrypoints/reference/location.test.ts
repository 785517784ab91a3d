/** What the reference page's URL asks for. */
import { describe, expect, it } from 'vitest';
import { parseReferenceLocation } from './location.ts';

describe('parseReferenceLocation', () => {
  it.each([
    ['#404', '', { target: 404, vendor: undefined, query: '' }],
    ['#code-404', '', { target: 404, vendor: undefined, query: '' }],
    // A vendor entry's own id, as its copy-link button hands it out.
    ['#code-499-nginx', '', { target: 499, vendor: 'nginx', query: '' }],
    ['#code-460-aws-elb', '', { target: 460, vendor: 'aws-elb', query: '' }],
    ['#code-499-nobody', '', { target: undefined, vendor: undefined, query: '' }],
    ['#class-4xx', '?q=rate', { target: undefined, vendor: undefined, query: 'rate' }],
    ['', '?q=%ED%95%9C%EB%8F%84', { target: undefined, vendor: undefined, query: '한도' }],
    // The guided choice: its start, then a path of answer ids.
    ['#choose', '', { target: undefined, vendor: undefined, query: '', choose: [] }],
    ['#choose/', '', { target: undefined, vendor: undefined, query: '', choose: [] }],
    [
      '#choose/client/identity',
      '',
      { target: undefined, vendor: undefined, query: '', choose: ['client', 'identity'] },
    ],
    ['#chooser', '', { target: undefined, vendor: undefined, query: '', choose: undefined }],
    ['#choose/a%20b', '', { target: undefined, vendor: undefined, query: '', choose: undefined }],
  ])('%s %s', (hash, search, expected) => {
    expect(parseReferenceLocation(hash, search)).toEqual(expected);
  });
});
