// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WATCH_CHARS, whenCandidate } from './candidate-watch.ts';

/** Lets the mutation observer's records arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function watch(signal = new AbortController().signal) {
  const found = vi.fn<() => void>();
  void whenCandidate(document, signal).then(found);
  return found;
}

const loading = () =>
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
const loaded = () => {
  Reflect.deleteProperty(document, 'readyState');
  document.dispatchEvent(new Event('DOMContentLoaded'));
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('CandidateWatch', () => {
  it('finds a candidate the document already holds, at once', async () => {
    document.body.innerHTML = '<main><p>The server said <b>503</b>.</p></main>';
    const found = watch();
    await settle();
    expect(found).toHaveBeenCalledOnce();
  });

  it.each([
    [
      'a paragraph',
      () =>
        document.body.append(
          Object.assign(document.createElement('p'), { textContent: 'Then a 401 came back' }),
        ),
    ],
    [
      'markup set at once',
      () => (document.body.innerHTML = '<ul><li><span>HTTP <em>404</em></span></li></ul>'),
    ],
    ['a bare text node', () => document.body.append('5xx')],
    ['a text changed in place', () => ((document.body.firstChild as Text).data = 'HTTP 429')],
    ['a text grown in place', () => (document.body.firstChild as Text).appendData(' — 302 Found')],
  ])('finds one a script adds later: %s', async (_, change) => {
    document.body.append('Loading…');
    const found = watch();
    await settle();
    expect(found).not.toHaveBeenCalled();
    change();
    await settle();
    expect(found).toHaveBeenCalledOnce();
  });

  it.each([
    ['years, long numbers and other classes', '<p>Since 2019, 12345 readers, 6xx and 099.</p>'],
    ['a script’s JSON', '<script type="application/json">{"status":200,"code":404}</script>'],
    ['a stylesheet', '<style>.a{width:200px;z-index:500}</style>'],
  ])('ignores %s', async (_, html) => {
    const found = watch();
    document.body.innerHTML = html;
    await settle();
    expect(found).not.toHaveBeenCalled();
  });

  it('calls once, however many candidates follow', async () => {
    const found = watch();
    document.body.innerHTML = '<p>404</p>';
    await settle();
    document.body.innerHTML = '<p>500 and 503</p>';
    await settle();
    expect(found).toHaveBeenCalledOnce();
  });

  it('gives way to the reader after a long text without a candidate', async () => {
    const found = watch();
    const line = 'A sentence without a single status number in it. ';
    for (let i = 0; (i + 1) * line.length * 100 <= WATCH_CHARS; i++) {
      document.body.append(
        Object.assign(document.createElement('p'), { textContent: line.repeat(100) }),
      );
      await settle();
    }
    expect(found).not.toHaveBeenCalled();
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: line.repeat(100) }),
    );
    await settle();
    expect(found).toHaveBeenCalledOnce();
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const found = watch(controller.signal);
    controller.abort();
    document.body.innerHTML = '<p>404</p>';
    await settle();
    expect(found).not.toHaveBeenCalled();
  });
});

describe('CandidateWatch while the page loads', () => {
  it('walks what the parser adds after the last text it checked', async () => {
    loading();
    const found = watch();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Intro' }));
    await settle();
    expect(found).not.toHaveBeenCalled();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'HTTP 404' }));
    await settle();
    expect(found).toHaveBeenCalledOnce();
    loaded();
  });

  it('finds at DOMContentLoaded what a script wrote behind the parser', async () => {
    loading();
    document.body.innerHTML = '<div id="app"></div><p>Footer</p>';
    const found = watch();
    document.body.append('More footer');
    await settle();
    const app = document.getElementById('app') as HTMLElement;
    // Behind the walk, and in a change it does not read while the page loads.
    app.append(Object.assign(document.createElement('p'), { textContent: 'Loaded with 503' }));
    document.body.append(document.createElement('hr'));
    await settle();
    expect(found).not.toHaveBeenCalled();
    loaded();
    await settle();
    expect(found).toHaveBeenCalledOnce();
  });

  it('finds one parsed before it began', async () => {
    loading();
    document.body.innerHTML = '<p>The deploy answered 503.</p>';
    const found = watch();
    await settle();
    expect(found).toHaveBeenCalledOnce();
    loaded();
  });

  it('ignores inline scripts while the page loads', async () => {
    loading();
    const found = watch();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"status":200}';
    document.body.append(script);
    await settle();
    loaded();
    await settle();
    expect(found).not.toHaveBeenCalled();
  });
});
