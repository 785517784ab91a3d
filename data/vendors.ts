/** Software whose own, non-standard status codes people meet in logs and error pages. */
import type { VendorId } from './types.ts';

export interface Vendor {
  readonly name: { readonly en: string; readonly ko: string };
  /** The vendor's documentation home for these codes. */
  readonly url: string;
}

export const VENDORS: Readonly<Record<VendorId, Vendor>> = {
  nginx: { name: { en: 'nginx', ko: 'nginx' }, url: 'https://nginx.org/en/docs/' },
  cloudflare: {
    name: { en: 'Cloudflare', ko: 'Cloudflare' },
    url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/',
  },
  iis: {
    name: { en: 'Microsoft IIS', ko: 'Microsoft IIS' },
    url: 'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code',
  },
  'aws-elb': {
    name: { en: 'AWS Elastic Load Balancing', ko: 'AWS Elastic Load Balancing' },
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
  },
  laravel: { name: { en: 'Laravel', ko: 'Laravel' }, url: 'https://laravel.com/docs/csrf' },
  twitter: {
    name: { en: 'Twitter API (v1)', ko: 'Twitter API (v1)' },
    url: 'https://developer.x.com/en/docs',
  },
  esri: {
    name: { en: 'Esri ArcGIS', ko: 'Esri ArcGIS' },
    url: 'https://developers.arcgis.com/rest/',
  },
  apache: {
    name: { en: 'Apache HTTP Server / cPanel', ko: 'Apache HTTP Server / cPanel' },
    url: 'https://httpd.apache.org/docs/',
  },
  spring: {
    name: { en: 'Spring Framework', ko: 'Spring Framework' },
    url: 'https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html',
  },
  shopify: {
    name: { en: 'Shopify', ko: 'Shopify' },
    url: 'https://shopify.dev/docs/api/usage/response-codes',
  },
  pantheon: { name: { en: 'Pantheon', ko: 'Pantheon' }, url: 'https://docs.pantheon.io/' },
  gears: {
    name: { en: 'Google Gears (resumable upload proposal)', ko: 'Google Gears (이어 올리기 제안)' },
    url: 'https://code.google.com/archive/p/gears/wikis/ResumableHttpRequestsProposal.wiki',
  },
  proxies: {
    name: { en: 'Network proxies and HTTP clients', ko: '네트워크 프록시와 HTTP 클라이언트' },
    url: 'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code',
  },
};
