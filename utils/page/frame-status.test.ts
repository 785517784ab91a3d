// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showsStatus, whenStatus } from './frame-status.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('showsStatus: a frame read whole by the detector', () => {
  it.each([
    [
      'an embedded log',
      '<pre>GET /api/orders HTTP/1.1 404 1532\nGET /api/cart HTTP/1.1 200 88</pre>',
    ],
    [
      'a comment about an error',
      '<p>Same here, the upload keeps failing with 413 Payload Too Large.</p>',
    ],
    [
      'a status widget',
      '<p>Yesterday the API answered <b>503</b> Service Unavailable for 20 minutes.</p>',
    ],
    ['a Korean comment', '<p>저도 배포하고 나서 502 Bad Gateway가 계속 떠요.</p>'],
  ])('shows one: %s', (_, html) => {
    document.body.innerHTML = html;
    expect(showsStatus(document)).toBe(true);
  });

  it.each([
    ['an ad', '<a href="#">Winter sale: coats from $129</a><small> Sponsored · 300×250</small>'],
    ['comment counts', '<h3>41 comments</h3><p>Asking for a friend with 300 servers.</p>'],
    ['a video embed', '<p>1.2M views · 14:07 · 3 March 2024</p>'],
    ['nothing at all', ''],
  ])('shows none: %s', (_, html) => {
    document.body.innerHTML = html;
    expect(showsStatus(document)).toBe(false);
  });
});

describe('whenStatus', () => {
  it('resolves at once when the frame shows one', async () => {
    document.body.innerHTML = '<p>The login page returned 500 Internal Server Error.</p>';
    const found = vi.fn<() => void>();
    void whenStatus(document, new AbortController().signal).then(found);
    await settle();
    expect(found).toHaveBeenCalledOnce();
  });

  it('waits past numbers that are not statuses, for the text that shows one', async () => {
    document.body.innerHTML = '<p id="p">Sponsored · 300×250</p>';
    const found = vi.fn<() => void>();
    void whenStatus(document, new AbortController().signal).then(found);
    await settle();
    const p = document.getElementById('p') as HTMLElement;
    p.textContent = 'Now 250 readers, 300 servers';
    await settle();
    expect(found).not.toHaveBeenCalled();
    p.textContent = 'The export failed: HTTP 504 Gateway Timeout.';
    await settle();
    expect(found).toHaveBeenCalledOnce();
  });
});
