/**
 * Invariants of the snippets: the thirty codes exist, every target is filled, the raw response is
 * a correct HTTP/1.1 response with the headers RFC 9110 asks for, and every snippet names real
 * constants, methods or directives of its framework whose numbers are the code's own.
 */
import { describe, expect, it } from 'vitest';
import { getStatusCode } from '../index.ts';
import { SNIPPETS, SNIPPET_TARGETS, FRAMEWORK_NAMES } from './snippets.ts';
import type { Snippet, SnippetTarget } from './types.ts';

const CODES = [
  200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 409, 410,
  412, 413, 415, 422, 428, 429, 500, 501, 502, 503, 504,
];

/** What an identifier sends: one number, several (file servers: 200, 206, 304, 412), or any. */
type Sends = number | readonly number[] | null;
const FILE_SERVER = [200, 206, 304, 412] as const;

// Go net/http: the constants of status.go (a real subset: the codes we show and their neighbours).
const GO: Record<string, Sends> = {
  'http.StatusOK': 200,
  'http.StatusCreated': 201,
  'http.StatusAccepted': 202,
  'http.StatusNoContent': 204,
  'http.StatusPartialContent': 206,
  'http.StatusMovedPermanently': 301,
  'http.StatusFound': 302,
  'http.StatusSeeOther': 303,
  'http.StatusNotModified': 304,
  'http.StatusTemporaryRedirect': 307,
  'http.StatusPermanentRedirect': 308,
  'http.StatusBadRequest': 400,
  'http.StatusUnauthorized': 401,
  'http.StatusForbidden': 403,
  'http.StatusNotFound': 404,
  'http.StatusMethodNotAllowed': 405,
  'http.StatusNotAcceptable': 406,
  'http.StatusConflict': 409,
  'http.StatusGone': 410,
  'http.StatusPreconditionFailed': 412,
  'http.StatusRequestEntityTooLarge': 413,
  'http.StatusUnsupportedMediaType': 415,
  'http.StatusUnprocessableEntity': 422,
  'http.StatusPreconditionRequired': 428,
  'http.StatusTooManyRequests': 429,
  'http.StatusInternalServerError': 500,
  'http.StatusNotImplemented': 501,
  'http.StatusBadGateway': 502,
  'http.StatusServiceUnavailable': 503,
  'http.StatusGatewayTimeout': 504,
  'http.StatusText': null,
  'http.Error': null,
  'http.Redirect': null,
  'http.NotFound': 404,
  'http.ServeContent': FILE_SERVER,
  'http.MaxBytesReader': null,
  'http.ResponseWriter': null,
  'http.Request': null,
  'httputil.NewSingleHostReverseProxy': null,
};

// Spring: HttpStatus (both the Spring 7 names and their predecessors) and ResponseEntity's builders.
const SPRING: Record<string, Sends> = {
  'HttpStatus.OK': 200,
  'HttpStatus.CREATED': 201,
  'HttpStatus.ACCEPTED': 202,
  'HttpStatus.NO_CONTENT': 204,
  'HttpStatus.PARTIAL_CONTENT': 206,
  'HttpStatus.MOVED_PERMANENTLY': 301,
  'HttpStatus.FOUND': 302,
  'HttpStatus.SEE_OTHER': 303,
  'HttpStatus.NOT_MODIFIED': 304,
  'HttpStatus.TEMPORARY_REDIRECT': 307,
  'HttpStatus.PERMANENT_REDIRECT': 308,
  'HttpStatus.BAD_REQUEST': 400,
  'HttpStatus.UNAUTHORIZED': 401,
  'HttpStatus.FORBIDDEN': 403,
  'HttpStatus.NOT_FOUND': 404,
  'HttpStatus.METHOD_NOT_ALLOWED': 405,
  'HttpStatus.NOT_ACCEPTABLE': 406,
  'HttpStatus.CONFLICT': 409,
  'HttpStatus.GONE': 410,
  'HttpStatus.PRECONDITION_FAILED': 412,
  'HttpStatus.CONTENT_TOO_LARGE': 413,
  'HttpStatus.PAYLOAD_TOO_LARGE': 413,
  'HttpStatus.UNSUPPORTED_MEDIA_TYPE': 415,
  'HttpStatus.UNPROCESSABLE_CONTENT': 422,
  'HttpStatus.UNPROCESSABLE_ENTITY': 422,
  'HttpStatus.PRECONDITION_REQUIRED': 428,
  'HttpStatus.TOO_MANY_REQUESTS': 429,
  'HttpStatus.INTERNAL_SERVER_ERROR': 500,
  'HttpStatus.NOT_IMPLEMENTED': 501,
  'HttpStatus.BAD_GATEWAY': 502,
  'HttpStatus.SERVICE_UNAVAILABLE': 503,
  'HttpStatus.GATEWAY_TIMEOUT': 504,
  'ResponseEntity.ok': 200,
  'ResponseEntity.created': 201,
  'ResponseEntity.accepted': 202,
  'ResponseEntity.noContent': 204,
  'ResponseEntity.badRequest': 400,
  'ResponseEntity.notFound': 404,
  'ResponseEntity.unprocessableEntity': 422,
  'ResponseEntity.internalServerError': 500,
  'ResponseEntity.status': null,
  'ResponseEntity.of': null,
  'ProblemDetail.forStatusAndDetail': null,
  'HttpHeaders.WWW_AUTHENTICATE': null,
  'HttpHeaders.RETRY_AFTER': null,
  'HttpMethod.GET': null,
  'HttpMethod.HEAD': null,
  ResponseStatusException: null,
  ResourceRegion: null,
};

/** `HTTP_nnn_NAME` constants: Django REST framework's and Starlette's (FastAPI re-exports them). */
const statusConstants = (names: readonly string[]): Record<string, Sends> =>
  Object.fromEntries(names.map((n) => [`status.${n}`, Number(n.slice(5, 8))]));

const DRF_STATUS = statusConstants([
  'HTTP_200_OK',
  'HTTP_201_CREATED',
  'HTTP_202_ACCEPTED',
  'HTTP_204_NO_CONTENT',
  'HTTP_400_BAD_REQUEST',
  'HTTP_409_CONFLICT',
  'HTTP_413_REQUEST_ENTITY_TOO_LARGE',
  'HTTP_422_UNPROCESSABLE_ENTITY',
  'HTTP_428_PRECONDITION_REQUIRED',
  'HTTP_429_TOO_MANY_REQUESTS',
]);

const STARLETTE_STATUS = statusConstants([
  'HTTP_200_OK',
  'HTTP_201_CREATED',
  'HTTP_202_ACCEPTED',
  'HTTP_204_NO_CONTENT',
  'HTTP_206_PARTIAL_CONTENT',
  'HTTP_301_MOVED_PERMANENTLY',
  'HTTP_302_FOUND',
  'HTTP_303_SEE_OTHER',
  'HTTP_304_NOT_MODIFIED',
  'HTTP_307_TEMPORARY_REDIRECT',
  'HTTP_308_PERMANENT_REDIRECT',
  'HTTP_400_BAD_REQUEST',
  'HTTP_401_UNAUTHORIZED',
  'HTTP_403_FORBIDDEN',
  'HTTP_404_NOT_FOUND',
  'HTTP_405_METHOD_NOT_ALLOWED',
  'HTTP_406_NOT_ACCEPTABLE',
  'HTTP_409_CONFLICT',
  'HTTP_410_GONE',
  'HTTP_412_PRECONDITION_FAILED',
  'HTTP_413_CONTENT_TOO_LARGE',
  'HTTP_415_UNSUPPORTED_MEDIA_TYPE',
  'HTTP_422_UNPROCESSABLE_CONTENT',
  'HTTP_428_PRECONDITION_REQUIRED',
  'HTTP_429_TOO_MANY_REQUESTS',
  'HTTP_500_INTERNAL_SERVER_ERROR',
  'HTTP_501_NOT_IMPLEMENTED',
  'HTTP_502_BAD_GATEWAY',
  'HTTP_503_SERVICE_UNAVAILABLE',
  'HTTP_504_GATEWAY_TIMEOUT',
]);

// Django's HttpResponse subclasses and shortcuts, and Django REST framework's exceptions.
const DJANGO: Record<string, Sends> = {
  ...DRF_STATUS,
  HttpResponse: null,
  JsonResponse: null,
  HttpResponseRedirect: 302,
  HttpResponsePermanentRedirect: 301,
  HttpResponseNotModified: 304,
  HttpResponseBadRequest: 400,
  HttpResponseForbidden: 403,
  HttpResponseNotFound: 404,
  HttpResponseNotAllowed: 405,
  HttpResponseGone: 410,
  HttpResponseServerError: 500,
  get_object_or_404: 404,
  Http404: 404,
  PermissionDenied: 403,
  Response: null,
  NotAcceptable: 406,
  UnsupportedMediaType: 415,
  Throttled: 429,
};

const FASTAPI: Record<string, Sends> = {
  ...STARLETTE_STATUS,
  HTTPException: null,
  RedirectResponse: 307,
  JSONResponse: null,
  Response: null,
  BackgroundTasks: null,
  '@app.get': null,
  '@app.post': null,
  '@app.delete': null,
};

// ASP.NET Core: StatusCodes constants and the minimal APIs' Results methods.
const ASPNET: Record<string, Sends> = {
  'StatusCodes.Status303SeeOther': 303,
  'StatusCodes.Status304NotModified': 304,
  'StatusCodes.Status405MethodNotAllowed': 405,
  'StatusCodes.Status406NotAcceptable': 406,
  'StatusCodes.Status410Gone': 410,
  'StatusCodes.Status412PreconditionFailed': 412,
  'StatusCodes.Status413PayloadTooLarge': 413,
  'StatusCodes.Status415UnsupportedMediaType': 415,
  'StatusCodes.Status428PreconditionRequired': 428,
  'StatusCodes.Status429TooManyRequests': 429,
  'StatusCodes.Status500InternalServerError': 500,
  'StatusCodes.Status501NotImplemented': 501,
  'StatusCodes.Status502BadGateway': 502,
  'StatusCodes.Status503ServiceUnavailable': 503,
  'StatusCodes.Status504GatewayTimeout': 504,
  'Results.Ok': 200,
  'Results.Created': 201,
  'Results.Accepted': 202,
  'Results.NoContent': 204,
  'Results.File': FILE_SERVER,
  'Results.Redirect': 302,
  'Results.BadRequest': 400,
  'Results.Challenge': 401,
  'Results.Unauthorized': 401,
  'Results.Forbid': 403,
  'Results.NotFound': 404,
  'Results.Conflict': 409,
  'Results.UnprocessableEntity': 422,
  'Results.StatusCode': null,
  'Results.Problem': null,
  MaxRequestBodySize: 413,
  RejectionStatusCode: null,
  AddRateLimiter: null,
};

// Express: the response and request methods, and the app's middleware.
const EXPRESS: Record<string, Sends> = {
  'res.status': null,
  'res.sendStatus': null,
  'res.redirect': 302,
  'res.json': null,
  'res.send': null,
  'res.end': null,
  'res.set': null,
  'res.location': null,
  'res.sendFile': FILE_SERVER,
  'req.accepts': null,
  'req.body': null,
  'req.params': null,
  'req.method': null,
  'req.is': null,
  'req.get': null,
  'req.fresh': null,
  'app.use': null,
};

// nginx: every directive a snippet may use, with the code it makes nginx send by itself.
const NGINX: Record<string, Sends> = {
  server: null,
  listen: null,
  server_name: null,
  location: null,
  if: null,
  map: null,
  return: null,
  rewrite: null,
  root: null,
  default_type: null,
  access_log: null,
  add_header: null,
  error_page: null,
  try_files: null,
  proxy_pass: null,
  proxy_read_timeout: 504,
  client_max_body_size: 413,
  limit_req_zone: null,
  limit_req: null,
  limit_req_status: null,
  auth_basic: 401,
  auth_basic_user_file: null,
  allow: null,
  deny: 403,
  etag: [304, 412],
  if_modified_since: 304,
  max_ranges: 206,
  dav_methods: [201, 204, 409],
  create_full_put_path: null,
};

const TABLES: Record<Exclude<SnippetTarget, 'wire'>, Record<string, Sends>> = {
  express: EXPRESS,
  spring: SPRING,
  django: DJANGO,
  fastapi: FASTAPI,
  go: GO,
  aspnet: ASPNET,
  nginx: NGINX,
};

/** The families of names a framework's constants and methods follow: any match must be in its table. */
const NAMES: Record<Exclude<SnippetTarget, 'wire' | 'nginx'>, RegExp> = {
  express: /\b(?:res|req|app)\.\w+/gu,
  spring:
    /\b(?:HttpStatus|ResponseEntity|HttpHeaders|HttpMethod|ProblemDetail)\.\w+|\b(?:ResponseStatusException|ResourceRegion)\b/gu,
  django:
    /\bstatus\.\w+|\b(?:HttpResponse\w*|JsonResponse|Http404|PermissionDenied|get_object_or_404|Response|NotAcceptable|UnsupportedMediaType|Throttled)\b/gu,
  fastapi:
    /\bstatus\.\w+|@app\.\w+|\b(?:HTTPException|RedirectResponse|JSONResponse|Response|BackgroundTasks)\b/gu,
  go: /\b(?:http|httputil)\.[A-Z]\w*/gu,
  aspnet:
    /\b(?:StatusCodes|Results)\.\w+|\b(?:MaxRequestBodySize|RejectionStatusCode|AddRateLimiter)\b/gu,
};

/** Numbers a snippet names in a status position (not sizes, timeouts or Retry-After seconds). */
const LITERALS: Record<Exclude<SnippetTarget, 'wire'>, RegExp> = {
  express: /\b(?:status|sendStatus)\((\d{3})\)|\bredirect\((\d{3}),/gu,
  spring: /ResponseEntity\.status\((\d{3})\)/gu,
  django: /\bstatus=(\d{3})\b/gu,
  fastapi: /\bstatus_code=(\d{3})\b/gu,
  go: /WriteHeader\((\d{3})\)/gu,
  aspnet: /StatusCode\((\d{3})\)|statusCode: (\d{3})/gu,
  nginx: /\breturn (\d{3})\b|\berror_page ((?:\d{3} ?)+)|\blimit_req_status (\d{3})|=(\d{3})\b/gu,
};

/** The nginx directives of a snippet: the first word of each statement, blocks and `if` included. */
function nginxDirectives(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(
      (line) =>
        line !== '' && !line.startsWith('#') && !line.startsWith('}') && !line.startsWith('"'),
    )
    .flatMap((line) =>
      line.split(/[{;]\s*/u).filter((s) => s.trim() !== '' && !s.trim().startsWith('}')),
    )
    .map((statement) => (/^[a-z_]+/u.exec(statement.trim()) ?? [statement])[0]);
}

interface Reading {
  /** Names that look like the framework's but are not in its table. */
  readonly unknown: string[];
  /** Known names found. */
  readonly known: string[];
  /** What each number-bearing name or literal says the snippet sends. */
  readonly pins: (readonly number[])[];
}

/** Reads a snippet as the checks need it. */
function read(target: Exclude<SnippetTarget, 'wire'>, lines: readonly string[]): Reading {
  const text = lines.join('\n');
  const table = TABLES[target];
  const names =
    target === 'nginx' ? nginxDirectives(text) : [...text.matchAll(NAMES[target])].map((m) => m[0]);
  const unknown = names.filter((n) => !(n in table));
  const known = names.filter((n) => n in table);
  const pins: (readonly number[])[] = [];
  for (const name of new Set(known)) {
    const sends = redirectCode(target, name, text) ?? (name in DEFAULTS ? null : table[name]);
    if (sends !== null && sends !== undefined)
      pins.push(typeof sends === 'number' ? [sends] : sends);
  }
  for (const m of text.matchAll(LITERALS[target])) {
    for (const group of m.slice(1).filter(Boolean)) {
      for (const n of (group as string).trim().split(/\s+/u)) pins.push([Number(n)]);
    }
  }
  // A default counts only when no constant or number overrides it.
  if (pins.length === 0) {
    for (const name of new Set(known)) if (name in DEFAULTS) pins.push([DEFAULTS[name] as number]);
  }
  return { unknown, known, pins };
}

/** What a name sends when the snippet names no code: an argument or a constant changes it. */
const DEFAULTS: Record<string, number> = {
  'res.redirect': 302,
  RedirectResponse: 307,
  JsonResponse: 200,
};

/** The redirects whose code depends on their arguments. */
function redirectCode(target: string, name: string, text: string): number | undefined {
  if (target === 'aspnet' && name === 'Results.Redirect') {
    const permanent = /permanent: true/u.test(text);
    const keep = /preserveMethod: true/u.test(text);
    return keep ? (permanent ? 308 : 307) : permanent ? 301 : 302;
  }
  if (target === 'django' && /preserve_request=True/u.test(text)) {
    if (name === 'HttpResponseRedirect') return 307;
    if (name === 'HttpResponsePermanentRedirect') return 308;
  }
  return undefined;
}

/** What is wrong with one framework snippet for a code; empty when nothing is. */
function problems(
  code: number,
  target: Exclude<SnippetTarget, 'wire'>,
  snippet: Snippet,
): string[] {
  const { unknown, known, pins } = read(target, snippet.lines);
  const found: string[] = unknown.map((n) => `not a ${target} name: ${n}`);
  if (known.length === 0) found.push('names no constant, method or directive of its framework');
  for (const pin of pins)
    if (!pin.includes(code)) found.push(`names ${pin.join('/')}, not ${code}`);
  if (pins.length === 0 && !snippet.note) found.push('sends the code implicitly but has no note');
  return found;
}

const REAL_HEADERS = new Set([
  'Accept-Post',
  'Allow',
  'Cache-Control',
  'Connection',
  'Content-Range',
  'Content-Type',
  'ETag',
  'Location',
  'Retry-After',
  'WWW-Authenticate',
]);

// The fields RFC 9110 asks for (and RFC 6585's Retry-After, which 429 and 503 ought to carry).
const REQUIRED: Record<number, readonly string[]> = {
  201: ['Location'],
  206: ['Content-Range'],
  301: ['Location'],
  302: ['Location'],
  303: ['Location'],
  304: ['ETag'],
  307: ['Location'],
  308: ['Location'],
  401: ['WWW-Authenticate'],
  405: ['Allow'],
  415: ['Accept-Post'],
  429: ['Retry-After'],
  503: ['Retry-After'],
};

function parseWire(lines: readonly string[]) {
  const blank = lines.indexOf('');
  const head = blank === -1 ? lines : lines.slice(0, blank);
  const [status = '', ...fields] = head;
  const headers = fields.map((f) => {
    const m = /^([A-Za-z-]+): (\S.*)$/u.exec(f);
    return { name: m?.[1] ?? `malformed: ${f}`, value: m?.[2] ?? '' };
  });
  const body = blank === -1 ? '' : lines.slice(blank + 1).join('\n');
  return { status, headers, body, hasBody: blank !== -1 };
}

it('covers the thirty common codes, in order, each a code of the dataset', () => {
  expect(SNIPPETS.map((s) => s.code)).toEqual(CODES);
  for (const { code } of SNIPPETS) {
    expect(getStatusCode(code)?.meanings[0].status, `${code}`).toBe('permanent');
  }
});

it('lists eight targets, the raw response first, each framework with its name', () => {
  expect(SNIPPET_TARGETS).toEqual([
    'wire',
    'express',
    'spring',
    'django',
    'fastapi',
    'go',
    'aspnet',
    'nginx',
  ]);
  expect(Object.keys(FRAMEWORK_NAMES)).toEqual(SNIPPET_TARGETS.slice(1));
});

describe.each(SNIPPETS)('$code', ({ code, snippets }) => {
  const meaning = getStatusCode(code)?.meanings[0];

  it('fills every target with one to six lines of code (the raw response may be longer)', () => {
    expect(Object.keys(snippets).sort()).toEqual([...SNIPPET_TARGETS].sort());
    for (const target of SNIPPET_TARGETS) {
      const { lines } = snippets[target];
      expect(lines.length, target).toBeGreaterThan(0);
      if (target !== 'wire') expect(lines.length, target).toBeLessThanOrEqual(6);
      for (const line of lines) {
        expect(line, target).not.toMatch(/\t|\s$/u);
        expect(line.length, `${target}: ${line}`).toBeLessThanOrEqual(100);
      }
      expect(lines.at(-1), target).not.toBe('');
    }
  });

  it('starts the raw response with the status line of the dataset’s phrase', () => {
    expect(snippets.wire.lines[0]).toBe(`HTTP/1.1 ${code} ${meaning?.phrase}`);
  });

  it('sends real header fields, once each, including those the code requires', () => {
    const { headers } = parseWire(snippets.wire.lines);
    const names = headers.map((h) => h.name);
    for (const name of names) expect(REAL_HEADERS, name).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED[code] ?? []) expect(names, name).toContain(name);
    const location = headers.find((h) => h.name === 'Location')?.value;
    if (location !== undefined) expect(location).toMatch(/^(https:\/\/[a-z.]+)?\/\S*$/u);
    const retry = headers.find((h) => h.name === 'Retry-After')?.value;
    if (retry !== undefined) expect(retry).toMatch(/^\d+$/u);
  });

  it('gives a body a Content-Type, and 204 and the redirects no body at all', () => {
    const { headers, body, hasBody } = parseWire(snippets.wire.lines);
    const type = headers.find((h) => h.name === 'Content-Type')?.value;
    if (code === 204 || (code >= 300 && code < 400)) {
      expect(hasBody).toBe(false);
      expect(type).toBeUndefined();
      return;
    }
    expect(body).not.toBe('');
    expect(type).toBeDefined();
    if (type === 'application/problem+json' || type === 'application/json') {
      const json = JSON.parse(body) as { status?: number; title?: string };
      if (type === 'application/problem+json') {
        expect(json.status).toBe(code);
        if (json.title !== undefined) expect(json.title).toBe(meaning?.phrase);
      }
    }
    const range = headers.find((h) => h.name === 'Content-Range')?.value;
    if (range !== undefined) {
      const [, first, last] = /^bytes (\d+)-(\d+)\/\d+$/u.exec(range) ?? [];
      expect(Number(last) - Number(first) + 1).toBe(new TextEncoder().encode(body).length);
    }
  });

  it.each(SNIPPET_TARGETS.filter((t) => t !== 'wire'))(
    '%s names real identifiers whose numbers are the code',
    (target) => {
      expect(problems(code, target as Exclude<SnippetTarget, 'wire'>, snippets[target])).toEqual(
        [],
      );
    },
  );

  it('writes each note as one sentence in both languages', () => {
    for (const target of SNIPPET_TARGETS) {
      const note = snippets[target].note;
      if (!note) continue;
      expect(note.en, target).toMatch(/^[A-Z@\w].*\.$/u);
      expect(note.en, target).not.toMatch(/[.!?] [A-Z]/u);
      expect(note.ko, target).toMatch(/[가-힣]/u);
      expect(note.ko, target).toMatch(/다\.$/u);
      expect(note.ko, target).not.toBe(note.en);
    }
  });
});

const snippet = (...lines: [string, ...string[]]): Snippet => ({ lines });

describe('the identifier check', () => {
  it.each([
    [
      'go',
      503,
      snippet('http.Error(w, "slow down", http.StatusTooManyRequests)'),
      'names 429, not 503',
    ],
    ['go', 429, snippet('http.Error(w, "slow down", http.StatusTooManyRequest)'), 'not a go name'],
    [
      'spring',
      429,
      snippet('ResponseEntity.status(HttpStatus.TOO_MANY).build();'),
      'not a spring name',
    ],
    [
      'fastapi',
      422,
      snippet('raise HTTPException(status_code=status.HTTP_422_UNPROCESSABLE)'),
      'not a fastapi name',
    ],
    ['django', 404, snippet('return HttpResponse(status=410)'), 'names 410, not 404'],
    ['django', 308, snippet('return HttpResponsePermanentRedirect(url)'), 'names 301, not 308'],
    [
      'aspnet',
      308,
      snippet('return Results.Redirect(url, permanent: true);'),
      'names 301, not 308',
    ],
    ['express', 301, snippet("res.redirect('/new');"), 'names 302, not 301'],
    ['express', 400, snippet('res.status(404).end();'), 'names 404, not 400'],
    ['nginx', 503, snippet('limit_req_statuss 503;'), 'not a nginx name'],
    ['nginx', 429, snippet('limit_req zone=api;'), 'has no note'],
    ['nginx', 502, snippet('return 504;'), 'names 504, not 502'],
    ['express', 200, snippet('reply(order);'), 'names no constant'],
  ] as const)('flags a %s snippet for %i: %s', (target, code, s, expected) => {
    expect(problems(code, target, s).join('\n')).toContain(expected);
  });
});
