/** Software whose own, non-standard status codes people meet in logs and error pages. */
import type { VendorId } from './types.ts';

export interface Vendor {
  readonly name: { readonly en: string; readonly ko: string };
  /** The vendor's documentation home for these codes. */
  readonly url: string;
  /**
   * Single words that name the vendor in a query, lower case, Latin and Hangul (`nginx`,
   * `엔진엑스`). A query naming the vendor ranks its codes like registered ones. Spring has
   * none: people name it when asking about registered codes (`Spring Security 403`).
   */
  readonly searchNames: readonly string[];
}

export const VENDORS: Readonly<Record<VendorId, Vendor>> = {
  nginx: {
    name: { en: 'nginx', ko: 'nginx' },
    url: 'https://nginx.org/en/docs/',
    searchNames: ['nginx', '엔진엑스'],
  },
  cloudflare: {
    name: { en: 'Cloudflare', ko: 'Cloudflare' },
    url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/',
    searchNames: ['cloudflare', '클라우드플레어', '클플'],
  },
  iis: {
    name: { en: 'Microsoft IIS', ko: 'Microsoft IIS' },
    url: 'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code',
    searchNames: ['iis', 'owa', 'exchange', '익스체인지'],
  },
  'aws-elb': {
    name: { en: 'AWS Elastic Load Balancing', ko: 'AWS Elastic Load Balancing' },
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
    searchNames: ['elb', 'alb'],
  },
  laravel: {
    name: { en: 'Laravel', ko: 'Laravel' },
    url: 'https://laravel.com/docs/csrf',
    searchNames: ['laravel', '라라벨'],
  },
  twitter: {
    name: { en: 'Twitter API (v1)', ko: 'Twitter API (v1)' },
    url: 'https://developer.x.com/en/docs',
    searchNames: ['twitter', '트위터', 'tweepy'],
  },
  esri: {
    name: { en: 'Esri ArcGIS', ko: 'Esri ArcGIS' },
    url: 'https://developers.arcgis.com/rest/',
    searchNames: ['esri', 'arcgis'],
  },
  apache: {
    name: { en: 'Apache HTTP Server / cPanel', ko: 'Apache HTTP Server / cPanel' },
    url: 'https://httpd.apache.org/docs/',
    searchNames: ['apache', '아파치', 'cpanel'],
  },
  spring: {
    name: { en: 'Spring Framework', ko: 'Spring Framework' },
    url: 'https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html',
    searchNames: [],
  },
  shopify: {
    name: { en: 'Shopify', ko: 'Shopify' },
    url: 'https://shopify.dev/docs/api/usage/response-codes',
    searchNames: ['shopify', '쇼피파이'],
  },
  pantheon: {
    name: { en: 'Pantheon', ko: 'Pantheon' },
    url: 'https://docs.pantheon.io/',
    searchNames: ['pantheon', '판테온'],
  },
  gears: {
    name: { en: 'Google Gears (resumable upload proposal)', ko: 'Google Gears (이어 올리기 제안)' },
    url: 'https://code.google.com/archive/p/gears/wikis/ResumableHttpRequestsProposal.wiki',
    searchNames: ['gears'],
  },
  proxies: {
    name: { en: 'Network proxies and HTTP clients', ko: '네트워크 프록시와 HTTP 클라이언트' },
    url: 'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code',
    searchNames: [],
  },
};
