/**
 * The IANA HTTP Status Code Registry as published (reason phrases exactly as registered),
 * used to check that the dataset covers every registered value with its registered name.
 * https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml
 */
import type { RegistryStatus } from './types.ts';

export interface RegistryEntry {
  readonly code: number;
  /** The registry's description; `(Unused)` for reserved numbers. */
  readonly phrase: string;
  readonly status: Exclude<RegistryStatus, 'non-standard'>;
}

const permanent = (code: number, phrase: string): RegistryEntry => ({
  code,
  phrase,
  status: 'permanent',
});

export const IANA_REGISTRY: readonly RegistryEntry[] = [
  permanent(100, 'Continue'),
  permanent(101, 'Switching Protocols'),
  permanent(102, 'Processing'),
  permanent(103, 'Early Hints'),
  { code: 104, phrase: 'Upload Resumption Supported', status: 'temporary' },
  permanent(200, 'OK'),
  permanent(201, 'Created'),
  permanent(202, 'Accepted'),
  permanent(203, 'Non-Authoritative Information'),
  permanent(204, 'No Content'),
  permanent(205, 'Reset Content'),
  permanent(206, 'Partial Content'),
  permanent(207, 'Multi-Status'),
  permanent(208, 'Already Reported'),
  permanent(226, 'IM Used'),
  permanent(300, 'Multiple Choices'),
  permanent(301, 'Moved Permanently'),
  permanent(302, 'Found'),
  permanent(303, 'See Other'),
  permanent(304, 'Not Modified'),
  { code: 305, phrase: 'Use Proxy', status: 'deprecated' },
  { code: 306, phrase: '(Unused)', status: 'unused' },
  permanent(307, 'Temporary Redirect'),
  permanent(308, 'Permanent Redirect'),
  permanent(400, 'Bad Request'),
  permanent(401, 'Unauthorized'),
  permanent(402, 'Payment Required'),
  permanent(403, 'Forbidden'),
  permanent(404, 'Not Found'),
  permanent(405, 'Method Not Allowed'),
  permanent(406, 'Not Acceptable'),
  permanent(407, 'Proxy Authentication Required'),
  permanent(408, 'Request Timeout'),
  permanent(409, 'Conflict'),
  permanent(410, 'Gone'),
  permanent(411, 'Length Required'),
  permanent(412, 'Precondition Failed'),
  permanent(413, 'Content Too Large'),
  permanent(414, 'URI Too Long'),
  permanent(415, 'Unsupported Media Type'),
  permanent(416, 'Range Not Satisfiable'),
  permanent(417, 'Expectation Failed'),
  { code: 418, phrase: '(Unused)', status: 'unused' },
  permanent(421, 'Misdirected Request'),
  permanent(422, 'Unprocessable Content'),
  permanent(423, 'Locked'),
  permanent(424, 'Failed Dependency'),
  permanent(425, 'Too Early'),
  permanent(426, 'Upgrade Required'),
  permanent(428, 'Precondition Required'),
  permanent(429, 'Too Many Requests'),
  permanent(431, 'Request Header Fields Too Large'),
  permanent(451, 'Unavailable For Legal Reasons'),
  permanent(500, 'Internal Server Error'),
  permanent(501, 'Not Implemented'),
  permanent(502, 'Bad Gateway'),
  permanent(503, 'Service Unavailable'),
  permanent(504, 'Gateway Timeout'),
  permanent(505, 'HTTP Version Not Supported'),
  permanent(506, 'Variant Also Negotiates'),
  permanent(507, 'Insufficient Storage'),
  permanent(508, 'Loop Detected'),
  { code: 510, phrase: 'Not Extended', status: 'obsoleted' },
  permanent(511, 'Network Authentication Required'),
];
