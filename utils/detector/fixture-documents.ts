/**
 * Documents written by us, of the kinds a page shows: logs of many formats, tables and definition
 * lists, prose in English and Korean, code and configuration, and hard negatives — numbers that
 * look like statuses and are not. Every status is marked («404», ‹4xx›); the unit tests assert
 * them and `scripts/train-detector.ts` learns from them.
 */
export interface FixtureDocument {
  readonly id: string;
  readonly kind: 'log' | 'table' | 'prose' | 'code' | 'negative';
  readonly lang: 'en' | 'ko' | 'mixed';
  /** The text, with «NNN» around every HTTP status code and ‹Nxx› around every class token. */
  readonly marked: string;
}

export const DOCUMENTS: readonly FixtureDocument[] = [
  // ───────────────────────────── logs ─────────────────────────────
  {
    id: 'log-nginx-combined',
    kind: 'log',
    lang: 'en',
    marked: [
      '203.0.113.14 - - [14/May/2024:08:02:17 +0000] "GET / HTTP/1.1" «200» 6120 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"',
      '203.0.113.14 - - [14/May/2024:08:02:18 +0000] "GET /assets/app.3f9c1e.js HTTP/1.1" «304» 0 "https://www.example.org/" "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"',
      '198.51.100.7 - - [14/May/2024:08:02:21 +0000] "GET /wp-login.php HTTP/1.1" «404» 153 "-" "python-requests/2.31.0"',
      '198.51.100.7 - - [14/May/2024:08:02:21 +0000] "POST /xmlrpc.php HTTP/1.1" «444» 0 "-" "python-requests/2.31.0"',
      '192.0.2.40 - alice [14/May/2024:08:03:02 +0000] "PUT /api/v2/profile HTTP/2.0" «401» 71 "-" "okhttp/4.12.0"',
      '192.0.2.40 - alice [14/May/2024:08:03:05 +0000] "PUT /api/v2/profile HTTP/2.0" «200» 412 "-" "okhttp/4.12.0"',
      '192.0.2.81 - - [14/May/2024:08:03:40 +0000] "GET /reports/export?year=2023 HTTP/1.1" «504» 167 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1)"',
      '192.0.2.81 - - [14/May/2024:08:03:52 +0000] "GET /reports/export?year=2023 HTTP/1.1" «200» 88210 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1)"',
    ].join('\n'),
  },
  {
    id: 'log-iis-w3c',
    kind: 'log',
    lang: 'en',
    marked: [
      '#Software: Microsoft Internet Information Services 10.0',
      '#Version: 1.0',
      '#Date: 2024-03-11 08:00:00',
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
      '2024-03-11 08:14:02 10.0.0.12 GET /default.aspx - 443 - 203.0.113.45 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - «200» 0 0 187',
      '2024-03-11 08:14:03 10.0.0.12 GET /Content/site.css v=4.2 443 - 203.0.113.45 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://intranet.example.com/default.aspx «304» 0 0 15',
      '2024-03-11 08:14:09 10.0.0.12 POST /api/timesheets - 443 - 203.0.113.45 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - «401» 2 5 3',
      '2024-03-11 08:14:10 10.0.0.12 POST /api/timesheets - 443 CORP\\jkim 203.0.113.45 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - «200» 0 0 342',
      '2024-03-11 08:15:30 10.0.0.12 GET /reports/Q1.xlsx - 443 - 198.51.100.61 Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+14_4) - «404» 0 2 125',
      '2024-03-11 08:16:44 10.0.0.12 GET /api/export - 443 CORP\\mlee 203.0.113.45 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - «500» 19 13 1520',
    ].join('\n'),
  },
  {
    id: 'log-cloudfront-tsv',
    kind: 'log',
    lang: 'en',
    marked: [
      '#Version: 1.0',
      '#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end',
      '2024-05-02\t14:03:11\tICN54-P1\t2318\t198.51.100.23\tGET\td3kq8x1example.cloudfront.net\t/index.html\t«200»\t-\tMozilla/5.0%20(iPhone;%20CPU%20iPhone%20OS%2017_4%20like%20Mac%20OS%20X)\t-\t-\tHit\tqZ4n_Yw1rT8vKe2pLm0sXo9aBc7dFg6hJi5kLn3oPq==\twww.example.com\thttps\t164\t0.001\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tHit\tHTTP/2.0\t-\t-\t52110\t0.001\tHit\ttext/html\t1891\t-\t-',
      '2024-05-02\t14:03:11\tICN54-P1\t48960\t198.51.100.23\tGET\td3kq8x1example.cloudfront.net\t/img/hero.webp\t«200»\thttps://www.example.com/\tMozilla/5.0%20(iPhone;%20CPU%20iPhone%20OS%2017_4%20like%20Mac%20OS%20X)\t-\t-\tMiss\taX7kP2mQ9rT4vW1yZ3bC5dE8fG0hJ6kLs==\twww.example.com\thttps\t171\t0.084\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tMiss\tHTTP/2.0\t-\t-\t52110\t0.079\tMiss\timage/webp\t48412\t-\t-',
      '2024-05-02\t14:03:15\tICN54-P1\t581\t203.0.113.88\tPOST\td3kq8x1example.cloudfront.net\t/api/session\t«403»\t-\tpython-requests/2.31.0\t-\t-\tError\tMn5bV8cX2zL4kJ7hG1fD9sA3pO6iU0yTr==\twww.example.com\thttps\t219\t0.002\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tError\tHTTP/1.1\t-\t-\t41822\t0.002\tError\ttext/html\t379\t-\t-',
      '2024-05-02\t14:03:20\tNRT57-P2\t432\t192.0.2.14\tGET\td3kq8x1example.cloudfront.net\t/pricing\t«301»\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)\t-\t-\tRedirect\tWq3eR5tY7uI9oP1aS2dF4gH6jK8lZ0xCv==\twww.example.com\thttp\t145\t0.000\t-\t-\t-\tRedirect\tHTTP/1.1\t-\t-\t50233\t0.000\tRedirect\ttext/html\t167\t-\t-',
      '2024-05-02\t14:03:41\tICN54-P1\t1048987\t198.51.100.23\tGET\td3kq8x1example.cloudfront.net\t/video/intro.mp4\t«206»\t-\tMozilla/5.0%20(iPhone;%20CPU%20iPhone%20OS%2017_4%20like%20Mac%20OS%20X)\t-\t-\tHit\tBn8mK2jH5gF7dS9aQ1wE3rT4yU6iO0pLz==\twww.example.com\thttps\t198\t0.012\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tHit\tHTTP/2.0\t-\t-\t52110\t0.004\tHit\tvideo/mp4\t1048576\t0\t1048575',
      '2024-05-02\t14:04:02\tICN54-P1\t488\t203.0.113.88\tGET\td3kq8x1example.cloudfront.net\t/api/search\t«502»\t-\tpython-requests/2.31.0\tq=shoes\t-\tError\tZx4cV6bN8mQ1wE3rT5yU7iO9pA2sD0fGh==\twww.example.com\thttps\t240\t30.001\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tError\tHTTP/1.1\t-\t-\t41830\t30.001\tOriginCommError\ttext/html\t281\t-\t-',
    ].join('\n'),
  },
  {
    id: 'log-aws-alb',
    kind: 'log',
    lang: 'en',
    marked: [
      'https 2024-06-01T09:12:44.118231Z app/prod-web/50dc6c495c0c9188 203.0.113.17:51532 10.0.2.41:8080 0.001 0.212 0.000 «200» «200» 318 3120 "GET https://shop.example.com:443/api/cart HTTP/1.1" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:targetgroup/web/73e2d6bc24d8a067 "Root=1-665ae5ac-0a1b2c3d4e5f60718293a4b5" "shop.example.com" "session-reused" 0 2024-06-01T09:12:43.905000Z "forward" "-" "-" "10.0.2.41:8080" "«200»" "-" "-"',
      'https 2024-06-01T09:12:51.640118Z app/prod-web/50dc6c495c0c9188 198.51.100.33:40214 10.0.2.42:8080 0.000 0.004 -1 «502» - 371 277 "POST https://shop.example.com:443/api/orders HTTP/1.1" "okhttp/4.12.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:targetgroup/web/73e2d6bc24d8a067 "Root=1-665ae5b3-4f5e6d7c8b9a0f1e2d3c4b5a" "shop.example.com" "session-reused" 0 2024-06-01T09:12:51.635902Z "forward" "-" "-" "10.0.2.42:8080" "-" "-" "-"',
      'http 2024-06-01T09:13:02.003410Z app/prod-web/50dc6c495c0c9188 192.0.2.88:61877 10.0.2.41:8080 0.000 -1 -1 «460» - 289 0 "GET http://shop.example.com:80/api/search?q=boots HTTP/1.1" "Mozilla/5.0 (Linux; Android 14)" - - arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:targetgroup/web/73e2d6bc24d8a067 "Root=1-665ae5be-1a2b3c4d5e6f7a8b9c0d1e2f" "-" "-" 0 2024-06-01T09:12:59.001004Z "forward" "-" "-" "10.0.2.41:8080" "-" "-" "-"',
      'https 2024-06-01T09:13:05.771925Z app/prod-web/50dc6c495c0c9188 203.0.113.17:51540 10.0.2.41:8080 0.000 0.009 0.000 «404» «404» 287 196 "GET https://shop.example.com:443/api/products/99999 HTTP/1.1" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:targetgroup/web/73e2d6bc24d8a067 "Root=1-665ae5c1-9f8e7d6c5b4a3f2e1d0c9b8a" "shop.example.com" "session-reused" 0 2024-06-01T09:13:05.761840Z "forward" "-" "-" "10.0.2.41:8080" "«404»" "-" "-"',
      'https 2024-06-01T09:14:30.250077Z app/prod-web/50dc6c495c0c9188 192.0.2.91:33012 - -1 -1 -1 «503» - 156 326 "GET https://shop.example.com:443/ HTTP/1.1" "curl/8.5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:targetgroup/web/73e2d6bc24d8a067 "Root=1-665ae616-3c2b1a0f9e8d7c6b5a4f3e2d" "shop.example.com" "session-reused" 0 2024-06-01T09:14:30.249981Z "forward" "-" "-" "-" "-" "-" "-"',
    ].join('\n'),
  },
  {
    id: 'log-squid-native',
    kind: 'log',
    lang: 'en',
    marked: [
      '1717238400.123    212 192.168.10.44 TCP_MISS/«200» 51207 GET http://deb.debian.org/debian/dists/bookworm/InRelease - HIER_DIRECT/151.101.2.132 text/plain',
      '1717238401.907      0 192.168.10.44 TCP_MEM_HIT/«200» 1372 GET http://deb.debian.org/debian/pool/main/c/curl/ - HIER_NONE/- text/html',
      '1717238405.311    118 192.168.10.51 TCP_DENIED/«407» 3932 GET http://www.example.com/ - HIER_NONE/- text/html',
      '1717238406.020    430 192.168.10.51 TCP_TUNNEL/«200» 6840 CONNECT www.example.com:443 alice HIER_DIRECT/93.184.215.14 -',
      '1717238411.554      2 192.168.10.73 TCP_DENIED/«403» 3871 GET http://ads.example.net/pixel.gif - HIER_NONE/- text/html',
      '1717238415.870  30021 192.168.10.73 TCP_MISS/«504» 4102 GET http://slow.example.org/feed - HIER_DIRECT/203.0.113.120 text/html',
      '1717238420.446    157 192.168.10.44 TCP_REFRESH_UNMODIFIED/«304» 389 GET http://deb.debian.org/debian/dists/bookworm/Release.gpg - HIER_DIRECT/151.101.2.132 -',
    ].join('\n'),
  },
  {
    id: 'log-haproxy-httplog',
    kind: 'log',
    lang: 'en',
    marked: [
      'Jun  1 09:15:02 lb1 haproxy[2841]: 203.0.113.9:49812 [01/Jun/2024:09:15:02.417] fe_https~ be_app/app2 0/0/1/38/39 «200» 1532 - - ---- 212/198/3/1/0 0/0 "GET /health HTTP/1.1"',
      'Jun  1 09:15:04 lb1 haproxy[2841]: 198.51.100.4:50120 [01/Jun/2024:09:15:04.102] fe_https~ be_app/app1 0/0/1/-1/386 «502» 209 - - SH-- 214/188/5/2/0 0/0 "POST /api/upload HTTP/1.1"',
      'Jun  1 09:15:09 lb1 haproxy[2841]: 192.0.2.77:61200 [01/Jun/2024:09:15:09.880] fe_https~ be_app/<NOSRV> 0/-1/-1/-1/0 «503» 217 - - SC-- 220/190/0/0/0 0/0 "GET /api/items HTTP/1.1"',
      'Jun  1 09:15:11 lb1 haproxy[2841]: 192.0.2.77:61210 [01/Jun/2024:09:15:11.015] fe_https~ fe_https/<NOSRV> 0/-1/-1/-1/0 «429» 183 - - PR-- 219/189/0/0/0 0/0 "GET /api/items HTTP/1.1"',
      'Jun  1 09:15:42 lb1 haproxy[2841]: 203.0.113.9:49830 [01/Jun/2024:09:15:12.300] fe_https~ be_app/app2 10/0/1/-1/30011 «504» 194 - - sH-- 218/188/2/1/0 0/0 "GET /reports/slow HTTP/1.1"',
    ].join('\n'),
  },
  {
    id: 'log-istio-envoy',
    kind: 'log',
    lang: 'en',
    marked: [
      '[2024-06-01T09:20:11.532Z] "GET /productpage HTTP/1.1" «200» - via_upstream - "-" 0 5183 27 26 "-" "curl/8.5.0" "6f2d7c1a-93b4-4e0f-9a2e-1c5d8b3f7a40" "productpage:9080" "10.44.1.17:9080" inbound|9080|| 127.0.0.6:45123 10.44.1.17:9080 10.44.2.8:52418 outbound_.9080_._.productpage.default.svc.cluster.local default',
      '[2024-06-01T09:20:13.004Z] "GET /reviews/0 HTTP/1.1" «503» UF upstream_reset_before_response_started{connection_failure} - "-" 0 91 3 - "-" "Go-http-client/1.1" "2b7e4c9d-1f3a-4d8e-b6c5-7a9f0e2d4c1b" "reviews:9080" "10.44.3.21:9080" outbound|9080||reviews.default.svc.cluster.local - 10.96.112.4:9080 10.44.1.17:41236 - default',
      '{"start_time":"2024-06-01T09:20:14.771Z","method":"POST","path":"/api/ratings","protocol":"HTTP/2","response_code":«429»,"response_flags":"RL","bytes_received":212,"bytes_sent":18,"duration":1,"upstream_host":null,"authority":"ratings:9080"}',
      '{"start_time":"2024-06-01T09:20:15.120Z","method":"GET","path":"/details/7","protocol":"HTTP/1.1","response_code":«200»,"response_flags":"-","bytes_received":0,"bytes_sent":178,"duration":9,"upstream_host":"10.44.4.9:9080","authority":"details:9080"}',
      '{"start_time":"2024-06-01T09:20:31.608Z","method":"GET","path":"/reviews/7","protocol":"HTTP/1.1","response_code":«504»,"response_flags":"UT","bytes_received":0,"bytes_sent":24,"duration":15001,"upstream_host":"10.44.3.22:9080","authority":"reviews:9080"}',
    ].join('\n'),
  },
  {
    id: 'log-json-status-keys',
    kind: 'log',
    lang: 'en',
    marked: [
      '{"level":30,"time":1717234801123,"pid":4182,"hostname":"api-7f9c","req":{"method":"GET","url":"/v1/users/42"},"res":{"statusCode":«200»},"responseTime":38,"msg":"request completed"}',
      '{"timestamp":"2024-06-01T10:00:02.311Z","level":"WARNING","logger":"uvicorn.access","client":"10.1.4.7:50512","method":"POST","path":"/v1/login","status_code":«401»,"duration_ms":143}',
      '{"@timestamp":"2024-06-01T10:00:03.870Z","service":"checkout","http.method":"POST","http.url":"/v1/pay","http.status":«402»,"http.response_bytes":267,"trace_id":"5b8aa5a2d2c872e8321cf37308d69df2"}',
      '{"ts":"2024-06-01T10:00:05Z","event":"upstream_call","target":"inventory:8080","response_code":«503»,"attempt":2,"elapsed_ms":510}',
      '{"time":"2024-06-01T10:00:06.004+09:00","app":"booking-web","httpStatus":«409»,"path":"/bookings","errorCode":"SEAT_TAKEN","latencyMs":57}',
      '{"msg":"finished","res.status":«204»,"req.method":"DELETE","req.url":"/v1/sessions/current","took":"4ms"}',
      '{"date":"2024-06-01","time":"10:00:09","cs-method":"GET","cs-uri-stem":"/img/logo.png","sc-status":«404»,"sc-bytes":1245,"time-taken":16}',
    ].join('\n'),
  },
  {
    id: 'log-logfmt',
    kind: 'log',
    lang: 'en',
    marked: [
      'time=2024-06-01T10:02:11Z level=info msg="request" method=GET path=/v1/quotes status=«200» bytes=2870 duration_ms=41 remote=10.8.0.14:53382',
      'time=2024-06-01T10:02:12Z level=warn msg="request" method=GET path=/v1/quotes/EURUSD status=«502» bytes=166 duration_ms=3004 upstream=pricing:8443 err="connection reset by peer"',
      'time=2024-06-01T10:02:12Z level=info msg="request" method=POST path=/v1/orders status=«201» bytes=389 duration_ms=118 remote=10.8.0.22:40118',
      'time=2024-06-01T10:02:15Z level=info msg="request" method=GET path=/v1/orders/9917 status=«404» bytes=58 duration_ms=6 remote=10.8.0.22:40118',
      'time=2024-06-01T10:02:20Z level=warn msg="rate limited" method=GET path=/v1/quotes status=«429» bytes=74 duration_ms=1 retry_after=30 client_id=mobile-ios',
    ].join('\n'),
  },
  {
    id: 'log-k8s-ingress-nginx',
    kind: 'log',
    lang: 'en',
    marked: [
      '192.168.49.1 - - [01/Jun/2024:09:31:07 +0000] "GET /api/orders HTTP/1.1" «200» 348 "-" "Mozilla/5.0 (X11; Linux x86_64)" 472 0.013 [shop-api-8080] [] 10.244.0.15:8080 348 0.012 «200» 8c1f0e2b9a7d4c3e5f6a7b8c9d0e1f2a',
      '192.168.49.1 - - [01/Jun/2024:09:31:09 +0000] "POST /api/orders HTTP/1.1" «502» 150 "-" "Mozilla/5.0 (X11; Linux x86_64)" 903 0.002 [shop-api-8080] [] 10.244.0.15:8080 0 0.001 «502» 0d4e7f1a2b3c4d5e6f708192a3b4c5d6',
      'W0601 09:31:09.114002       7 controller.go:1214] Error obtaining Endpoints for Service "shop/shop-api": no object matching key "shop/shop-api" in local store',
      '192.168.49.1 - - [01/Jun/2024:09:31:12 +0000] "GET /api/orders HTTP/1.1" «503» 190 "-" "kube-probe/1.30" 121 0.000 [shop-api-8080] [] - - - - 4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091',
    ].join('\n'),
  },
  {
    id: 'log-caddy-json',
    kind: 'log',
    lang: 'en',
    marked: [
      '{"level":"info","ts":1717234567.8912,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"203.0.113.50","remote_port":"51744","proto":"HTTP/2.0","method":"GET","host":"blog.example.com","uri":"/feed.xml"},"bytes_read":0,"duration":0.004213,"size":18342,"status":«200»}',
      '{"level":"info","ts":1717234569.2207,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"198.51.100.71","remote_port":"60233","proto":"HTTP/1.1","method":"GET","host":"blog.example.com","uri":"/.env"},"bytes_read":0,"duration":0.000118,"size":0,"status":«404»}',
      '{"level":"info","ts":1717234570.0415,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"203.0.113.50","remote_port":"51750","proto":"HTTP/2.0","method":"GET","host":"blog.example.com","uri":"/old-posts/"},"bytes_read":0,"duration":0.000092,"size":0,"status":«308»}',
      '{"level":"error","ts":1717234571.5530,"logger":"http.log.error.log0","msg":"dial tcp 127.0.0.1:3000: connect: connection refused","request":{"remote_ip":"203.0.113.50","method":"GET","host":"app.example.com","uri":"/"},"duration":0.000905,"status":«502»,"err_id":"k2q7x1v9n","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}',
    ].join('\n'),
  },
  {
    id: 'log-gin-go',
    kind: 'log',
    lang: 'en',
    marked: [
      '[GIN-debug] Listening and serving HTTP on :8080',
      '[GIN] 2024/06/01 - 09:40:12 | «200» |     1.482ms |     172.18.0.1 | GET      "/api/v1/users"',
      '[GIN] 2024/06/01 - 09:40:13 | «201» |    12.905ms |     172.18.0.1 | POST     "/api/v1/users"',
      '[GIN] 2024/06/01 - 09:40:15 | «400» |      96.1µs |     172.18.0.1 | POST     "/api/v1/users"',
      '[GIN] 2024/06/01 - 09:40:19 | «404» |       2.3µs |     172.18.0.9 | GET      "/api/v1/user"',
      '[GIN] 2024/06/01 - 09:40:22 | «500» |  503.117ms |     172.18.0.1 | GET      "/api/v1/reports"',
      '2024/06/01 09:40:30 "GET http://localhost:8080/healthz HTTP/1.1" from 172.18.0.1:51022 - «200» 2B in 41.7µs',
    ].join('\n'),
  },
  {
    id: 'log-node-python-dev-servers',
    kind: 'log',
    lang: 'en',
    marked: [
      '$ npm run dev',
      'Server listening on http://localhost:3000',
      'GET /api/items «200» 14.213 ms - 512',
      'POST /api/items «201» 31.006 ms - 87',
      'GET /api/items/abc «400» 2.115 ms - 64',
      'GET /favicon.ico «404» 0.871 ms - 150',
      '',
      '$ uvicorn main:app --reload',
      'INFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)',
      'INFO:     127.0.0.1:53124 - "GET /docs HTTP/1.1" «200» OK',
      'INFO:     127.0.0.1:53126 - "POST /token HTTP/1.1" «422» Unprocessable Entity',
      'INFO:     127.0.0.1:53130 - "GET /users/me HTTP/1.1" «401» Unauthorized',
    ].join('\n'),
  },
  {
    id: 'log-rails',
    kind: 'log',
    lang: 'en',
    marked: [
      'Started GET "/articles/9999" for 127.0.0.1 at 2024-06-01 09:45:10 +0900',
      'Processing by ArticlesController#show as HTML',
      '  Parameters: {"id"=>"9999"}',
      '  Article Load (0.3ms)  SELECT "articles".* FROM "articles" WHERE "articles"."id" = ? LIMIT ?  [["id", 9999], ["LIMIT", 1]]',
      'Completed «404» Not Found in 12ms (ActiveRecord: 0.3ms | Allocations: 1873)',
      '',
      'Started POST "/articles" for 127.0.0.1 at 2024-06-01 09:45:31 +0900',
      'Processing by ArticlesController#create as TURBO_STREAM',
      '  Parameters: {"authenticity_token"=>"[FILTERED]", "article"=>{"title"=>"", "body"=>"draft"}}',
      'Completed «422» Unprocessable Entity in 38ms (ActiveRecord: 1.1ms | Allocations: 6250)',
      '',
      'Started GET "/admin" for 127.0.0.1 at 2024-06-01 09:46:02 +0900',
      'Processing by Admin::DashboardController#index as HTML',
      'Redirected to http://localhost:3000/login',
      'Filter chain halted as :require_admin rendered or redirected',
      'Completed «302» Found in 4ms (ActiveRecord: 0.0ms | Allocations: 512)',
    ].join('\n'),
  },
  {
    id: 'log-django-runserver',
    kind: 'log',
    lang: 'en',
    marked: [
      'Watching for file changes with StatReloader',
      'Performing system checks...',
      '',
      'System check identified no issues (0 silenced).',
      'June 01, 2024 - 09:50:01',
      "Django version 5.0.6, using settings 'mysite.settings'",
      'Starting development server at http://127.0.0.1:8000/',
      'Quit the server with CONTROL-C.',
      '',
      '[01/Jun/2024 09:50:03] "GET / HTTP/1.1" «200» 5320',
      '[01/Jun/2024 09:50:03] "GET /static/css/site.css HTTP/1.1" «304» 0',
      'Not Found: /favicon.ico',
      '[01/Jun/2024 09:50:03] "GET /favicon.ico HTTP/1.1" «404» 179',
      '[01/Jun/2024 09:50:11] "POST /accounts/login/ HTTP/1.1" «302» 0',
      '[01/Jun/2024 09:50:11] "GET /dashboard/ HTTP/1.1" «200» 14872',
      'Forbidden (CSRF token missing.): /api/notes/',
      '[01/Jun/2024 09:50:20] "POST /api/notes/ HTTP/1.1" «403» 2506',
      'Internal Server Error: /api/notes/42/',
      '[01/Jun/2024 09:50:27] "PATCH /api/notes/42/ HTTP/1.1" «500» 145',
    ].join('\n'),
  },
  {
    id: 'log-nginx-incident-ko',
    kind: 'log',
    lang: 'mixed',
    marked: [
      '배포 직후 nginx 에러 로그와 액세스 로그를 같이 붙입니다. 10시 12분부터 «502»가 몰리기 시작했어요.',
      '',
      '10.0.3.21 - - [03/Jun/2024:10:12:04 +0900] "GET /api/goods/list HTTP/1.1" «200» 1834 "-" "Dalvik/2.1.0 (Linux; U; Android 14)" 0.087',
      '10.0.3.21 - - [03/Jun/2024:10:12:09 +0900] "GET /api/goods/list HTTP/1.1" «502» 157 "-" "Dalvik/2.1.0 (Linux; U; Android 14)" 0.001',
      '2024/06/03 10:12:09 [error] 2817#2817: *48113 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.3.21, server: api.example.co.kr, request: "GET /api/goods/list HTTP/1.1", upstream: "http://127.0.0.1:8081/api/goods/list"',
      '10.0.3.40 - - [03/Jun/2024:10:12:15 +0900] "POST /api/cart HTTP/1.1" «504» 167 "-" "okhttp/4.12.0" 60.002',
      '',
      '업스트림 포트가 8081로 바뀐 걸 설정에 반영 안 해서 생긴 일이었고, 포트 고치고 reload 하니까 다시 «200»으로 돌아왔습니다. 로그 끝의 157, 167은 nginx 기본 에러 페이지의 바이트 수라서 신경 안 쓰셔도 됩니다.',
    ].join('\n'),
  },

  // ─────────────────────── tables and definition lists ───────────────────────
  {
    id: 'table-markdown-status-meaning',
    kind: 'table',
    lang: 'en',
    marked: `## Response codes

| Status | Meaning | Retry? |
| ------ | ------- | ------ |
| «200» | OK, the body contains the resource | — |
| «201» | Created; \`Location\` points at the new item | — |
| «204» | Deleted, no body | — |
| «400» | Validation failed; see \`errors[]\` | No |
| «401» | Missing or expired token | After refresh |
| «403» | Token valid but scope insufficient | No |
| «404» | No item with that id | No |
| «409» | Version conflict (send \`If-Match\`) | After re-reading |
| «429» | Rate limit hit; honour \`Retry-After\` | Yes |
| «503» | Maintenance window | Yes, with backoff |`,
  },
  {
    id: 'table-markdown-http-status-column',
    kind: 'table',
    lang: 'en',
    marked: `### Files API

| Endpoint | Method | HTTP Status | Body |
|---|---|---|---|
| /v2/files | POST | «201» | file metadata |
| /v2/files/{id} | GET | «200» | the bytes; files up to 250 MB |
| /v2/files/{id} | GET with \`Range\` | «206» | the requested slice |
| /v2/files/{id} | DELETE | «204» | empty |
| /v2/files | POST, file too big | «413» | error object |
| /v2/files/{id} | GET, file archived | «303» | empty, see \`Location\` |`,
  },
  {
    id: 'table-cloudflare-52x',
    kind: 'table',
    lang: 'en',
    marked: `Cloudflare-specific errors (not part of any RFC):

| Code | Cloudflare name | What to check |
|------|-----------------|---------------|
| «520» | Web server returned an unknown error | Origin crashed or sent an empty reply |
| «521» | Web server is down | Origin refuses connections on port 443 |
| «522» | Connection timed out | Firewall dropping Cloudflare IP ranges |
| «523» | Origin is unreachable | DNS record points nowhere |
| «524» | A timeout occurred | Origin took longer than 100 seconds |
| «525» | SSL handshake failed | Cipher mismatch at the origin |
| «526» | Invalid SSL certificate | Expired or self-signed cert in Full (strict) mode |
| «530» | Shown together with a 1xxx error | Read the 1xxx code printed on the page |`,
  },
  {
    id: 'table-markdown-status-ko',
    kind: 'table',
    lang: 'ko',
    marked: `### 자주 쓰는 상태 코드 정리

| 상태 코드 | 이름 | 설명 |
|---|---|---|
| «200» | OK | 요청 성공 |
| «301» | Moved Permanently | 영구 이동, 검색엔진이 새 주소를 색인함 |
| «302» | Found | 임시 이동 |
| «400» | Bad Request | 요청 형식 오류 |
| «401» | Unauthorized | 인증 필요 (로그인 안 됨) |
| «403» | Forbidden | 권한 없음 |
| «404» | Not Found | 리소스 없음 |
| «500» | Internal Server Error | 서버 내부 오류 |
| «502» | Bad Gateway | 프록시가 업스트림에서 잘못된 응답을 받음 |
| «503» | Service Unavailable | 점검 중이거나 과부하 |`,
  },
  {
    id: 'table-api-response-codes-ko',
    kind: 'table',
    lang: 'ko',
    marked: `#### 응답 코드

주문 조회 API(\`GET /v1/orders/{orderId}\`)는 아래 응답 코드를 돌려줍니다. 응답 본문은 최대 256KB입니다.

| 응답 코드 | 의미 | 클라이언트 처리 |
|:---:|---|---|
| «200» | 조회 성공 | 그대로 표시 |
| «304» | 변경 없음 (ETag 일치) | 캐시 사용 |
| «404» | 주문 번호가 없음 | "주문을 찾을 수 없습니다" 안내 |
| «410» | 보관 기간(180일)이 지난 주문 | 고객센터 안내 |
| «429» | 호출 한도 초과 | \`Retry-After\`초 뒤 재시도 |
| «500» | 서버 오류 | 3회까지 재시도 |`,
  },
  {
    id: 'table-colon-definitions',
    kind: 'table',
    lang: 'en',
    marked: `Error handling
==============

The gateway maps failures as follows:

«400»: the request body failed schema validation
«401»: no bearer token, or the token has expired
«403»: the token is valid but lacks the \`orders:write\` scope
«404»: unknown route or unknown resource id
«413»: upload larger than 25 MB
«422»: well-formed JSON that breaks a business rule
«502»: the upstream service sent an invalid response
«504»: the upstream service did not answer within 30 s`,
  },
  {
    id: 'table-dash-pipe-list-ko',
    kind: 'table',
    lang: 'ko',
    marked: `자주 보는 에러 코드 (팀 위키)

- «400» - 파라미터 누락. 요청 바디의 필수 값부터 확인
- «401» - 토큰 만료. 재로그인 유도
- «403» | 관리자 메뉴 접근 권한 없음
- «404» | 삭제된 게시글이거나 잘못된 URL
- «409»: 같은 이메일로 이미 가입됨
- «500»: 서버 로그 먼저 확인, 담당은 백엔드 당직
- «503» - 배포 중 30초 정도 발생, 무시해도 됨`,
  },
  {
    id: 'table-emphasis-code-math',
    kind: 'table',
    lang: 'en',
    marked: `Quick reference for Friday's quiz:

- **«200»** means success, **«201»** means something was created.
- A \`«304»\` response has no body; the browser reuses its cached copy.
- \`«418» I'm a teapot\` started as an April Fools' joke in RFC 2324, yet some frameworks still ship it.
- In the lecture notes we wrote the share of $«404»$ responses as $p = 0.02$.
- *«451»* Unavailable For Legal Reasons is named after the novel Fahrenheit 451.
- <strong>«502»</strong> vs <strong>«504»</strong>: a bad answer from upstream vs no answer in time.`,
  },
  {
    id: 'table-term-description-en',
    kind: 'table',
    lang: 'en',
    marked: `Status codes you will meet in the webhook dashboard

«200»
    Delivered. Your endpoint accepted the event.
«410»
    Gone. We disable the subscription after this answer.
«429»
    Throttled. We wait for the seconds given in Retry-After, at most 5 times.
«500»
    Your endpoint failed. We retry with exponential backoff for up to 72 hours.
Timeout
    No answer within 10 seconds; counted like a ‹5xx›.`,
  },
  {
    id: 'table-term-description-ko',
    kind: 'table',
    lang: 'ko',
    marked: `웹훅 응답 코드 안내

«200»
  정상 수신으로 처리합니다.
«202»
  수신은 했고 처리는 나중에 한다는 뜻으로 보고 재전송하지 않습니다.
‹4xx› («429» 제외)
  재전송하지 않습니다. 설정 화면에 실패로 표시됩니다.
«429»
  Retry-After 헤더 값만큼 기다렸다가 다시 보냅니다.
‹5xx›
  최대 5번, 1분·5분·30분 간격으로 다시 보냅니다.`,
  },

  // ───────────────────────────── prose ─────────────────────────────
  {
    id: 'prose-qa-cors-preflight',
    kind: 'prose',
    lang: 'en',
    marked: `Q: Preflight fails only in production

My React app calls \`https://api.example.com/v1/me\` with an \`Authorization\` header. Locally everything works, but in production the console says the preflight did not succeed, and the network tab shows the \`OPTIONS\` request with a «403». The \`GET\` never goes out.

A: Your API gateway answers the preflight itself and rejects it because the \`OPTIONS\` request carries no token. A preflight must get a ‹2xx› («204» is the usual choice) with the \`Access-Control-Allow-*\` headers, and it must not require authentication. Allow \`OPTIONS\` without auth at the gateway; the real \`GET\` will then either succeed with «200» or fail with a «401» that your app can actually read.`,
  },
  {
    id: 'prose-blog-retries',
    kind: 'prose',
    lang: 'en',
    marked: `Retrying HTTP calls without making things worse

Not every failure deserves a retry. Our client library retries on «429», «502», «503» and «504», and only for idempotent methods. It never retries codes «400», «401», «403» or «404»: repeating a bad request just produces the same answer faster.

For a «429» we read \`Retry-After\` first; when it is missing we back off exponentially starting at 250 ms and cap the wait at 30 seconds. After 5 attempts the call fails and the caller sees the last non-‹2xx› response unchanged.

One surprise: a «500» from some upstreams is really a timeout in disguise, so we treat a «500» as a failure for the circuit breaker as well, but we do not retry it.`,
  },
  {
    id: 'prose-github-issue-alb',
    kind: 'prose',
    lang: 'en',
    marked: `ALB returns «502» after upgrading to Node 20 · Issue #1187

**Describe the bug**
After moving our service from Node 18 to Node 20 I get a «502» from the ALB on roughly 1 in 200 requests. The target itself logs a «200» for the same request id, so the response is produced but never reaches the client.

**Logs**
The ALB access log shows \`elb_status_code\` «502» and \`target_status_code\` "-" for the failed ones.

**Expected behavior**
No «502»s. The app should keep idle connections open longer than the ALB idle timeout (60 s).

**What fixed it for us**
Setting \`server.keepAliveTimeout = 65000\` and \`server.headersTimeout = 66000\`. Zero ‹5xx› in the two days since.`,
  },
  {
    id: 'prose-handlers-and-probes',
    kind: 'prose',
    lang: 'en',
    marked: `How our handlers answer

The rule is simple. \`POST /projects\` returns «201» with a \`Location\` header; a duplicate name throws a ConflictError that the middleware turns into «409»; anything the validator rejects responds with «422» and lists every failing field. Deleting a project that is already gone still serves «204», because DELETE is idempotent and repeating it should not suddenly fail with «404». The list endpoint caps \`limit\` at 100 and never errors for a large \`offset\`; it just returns an empty page with «200».

While the service warms its caches, the readiness probe answers «503» so Kubernetes keeps the pod out of rotation. The liveness probe only checks the event loop and always answers «204»; its timeout is 500 ms and it may fail 3 times in a row before the kubelet restarts the container. A permanent move, such as the old \`/v1\` paths, answers «308», which keeps the method, unlike the classic «301».`,
  },
  {
    id: 'prose-deploy-503-ko',
    kind: 'prose',
    lang: 'ko',
    marked: `무중단 배포라더니 왜 «503»이 뜰까

어제 블루/그린 배포를 돌렸는데, 트래픽을 새 버전으로 넘기는 순간 «503»이 잠깐 떴다가 20초쯤 지나니 사라졌습니다. 로드밸런서 헬스 체크 간격이 10초, 임계값이 2회라서 새 인스턴스가 '정상'으로 바뀌기 전에 트래픽이 먼저 넘어간 거였어요.

해결은 간단했습니다. 배포 스크립트가 헬스 체크에서 «200»을 받을 때까지 기다린 다음에 리스너를 전환하도록 바꿨고, 그 뒤로는 배포 중에 ‹5xx›가 한 건도 없었습니다. 참고로 이번에 교체한 인스턴스는 모두 120대였고 전환에는 4분 정도 걸렸습니다.`,
  },
  {
    id: 'prose-question-502-ko',
    kind: 'prose',
    lang: 'ko',
    marked: `[질문] nginx 뒤에 붙인 Spring Boot에서 «502»가 계속 납니다

안녕하세요. nginx → Spring Boot(8080) 구조인데 파일 업로드만 하면 «502»가 계속 납니다. 작은 파일(200KB 정도)은 괜찮고 10MB가 넘어가면 무조건 «502» Bad Gateway예요.
nginx 에러 로그에는 \`upstream prematurely closed connection\`만 찍혀 있습니다. client_max_body_size는 50M으로 올려 놨는데 다른 설정이 더 필요한가요?

└ 답변: 스프링 쪽 \`spring.servlet.multipart.max-file-size\` 기본값이 1MB라서 그래요. 그 크기를 넘으면 톰캣이 연결을 끊어 버리고, nginx 입장에서는 업스트림이 응답 없이 닫힌 거라 «502»로 보입니다. nginx에서 막힌 거였다면 «502»가 아니라 «413»이 나왔을 거예요.`,
  },
  {
    id: 'prose-rate-limit-429-ko',
    kind: 'prose',
    lang: 'ko',
    marked: `공공데이터 API 호출할 때 «429»로 막힙니다 ㅠㅠ

하루에 한 번 배치로 돌리는데 중간부터 전부 «429»로 막힙니다. 문서에는 초당 30건 제한이라고 되어 있어서 sleep을 넣었는데도 그래요. 응답 헤더를 보니 Retry-After: 60이 와 있긴 합니다.

→ 댓글: 초당 제한 말고 일일 한도도 있을 거예요. 보통 «429» 뜨면 Retry-After만큼 쉬었다가 다시 보내고, 그래도 또 «429»면 그날은 그만 보내는 게 맞습니다. 저희는 하루 호출 수가 1000건을 넘으면 알아서 멈추게 해 놨어요.`,
  },
  {
    id: 'prose-login-notes-ko',
    kind: 'prose',
    lang: 'ko',
    marked: `로그인 붙이다가 막힌 것들 정리

1. 새로고침하면 페이지가 «404» 나와요 → SPA라서 서버가 /mypage 같은 경로를 모름. nginx에 try_files 추가하니까 해결.
2. 액세스 토큰이 30분이면 만료되는데, API에서 «401» 떨어지면 리프레시 토큰으로 갱신하고 원래 요청을 한 번만 다시 보내게 했어요.
3. 회원가입에서 이메일이 중복이면 서버가 «500» 뱉어요. 원래 «409»를 줘야 하는데 예외 처리가 빠져 있었음.
4. 관리자 페이지는 권한이 없으면 «403» 주고, 아예 로그인을 안 했으면 «401» 주도록 나눴습니다.
5. 비밀번호를 5번 틀리면 잠깐 «429» 돌려주게 했는데 이건 좀 과한가 싶기도 해요.`,
  },
  {
    id: 'prose-technical-404-410-ko',
    kind: 'prose',
    lang: 'ko',
    marked: `HTTP 상태 코드 «404»와 «410»의 차이

HTTP 상태 코드 «404»는 요청한 리소스를 찾을 수 없다는 뜻이고, 그 리소스가 예전에 있었는지는 알려 주지 않습니다. 반면 «410» Gone은 리소스가 의도적으로, 그리고 영구히 삭제되었음을 알립니다. 검색엔진은 «410»을 받은 URL을 «404»보다 빨리 색인에서 빼는 경향이 있습니다.

자주 혼동되는 «403» 에러는 서버가 요청을 이해했지만 거부한 경우입니다. 인증 정보가 아예 없거나 잘못되었다면 «401»이 맞습니다. 다만 존재 자체를 숨기고 싶은 리소스라면 «403» 대신 «404»를 돌려주는 것도 흔한 관행입니다. GitHub의 비공개 저장소가 그렇게 동작합니다.`,
  },
  {
    id: 'prose-cloudflare-522-mixed',
    kind: 'prose',
    lang: 'mixed',
    marked: `Cloudflare 붙이고 나서 «522» Connection timed out이 떠요

도메인을 Cloudflare로 옮기고 proxy(주황색 구름)를 켰더니 사이트 접속 시 간헐적으로 «522»가 뜹니다. origin 서버에서 직접 curl 하면 «200» OK 잘 나오고요.

댓글 1: «522»는 Cloudflare가 origin에 TCP 연결을 못 맺었다는 뜻이에요. 방화벽(ufw, security group)에서 Cloudflare IP 대역을 443 포트로 허용했는지 보세요.
댓글 2: 저는 SSL 모드가 Flexible인데 서버가 80 포트를 막아 둔 상태라 그랬어요. 인증서 문제라면 «522»가 아니라 «525»나 «526»이 나옵니다.
댓글 3: 가끔 «524»도 보인다면 origin 응답이 100초를 넘긴 거라 다른 문제입니다.`,
  },
  {
    id: 'prose-nginx-499-mixed',
    kind: 'prose',
    lang: 'mixed',
    marked: `nginx access log에 «499»가 잔뜩 찍히는데 괜찮은 건가요?

모바일 앱 API 서버 로그를 보는데 status «499»가 하루에 3천 건 정도 있습니다. «499»는 표준 HTTP status가 아니라 nginx가 "client closed request"를 기록할 때 쓰는 코드라고 들었어요.

답변: 맞아요. 앱이 timeout 10초로 요청을 끊으면 nginx는 upstream 응답을 기다리다가 «499»로 남깁니다. 같은 시간대의 upstream_response_time이 10초 근처에 몰려 있으면 서버가 느린 거고, 화면 전환으로 취소된 거라면 걱정 안 해도 됩니다. 클라이언트는 아무 응답도 못 받은 거라 앱 로그에는 «499»가 안 남아요. 반대로 «504» Gateway Timeout은 nginx가 upstream을 기다리다 포기한 쪽이니 구분하세요.`,
  },

  // ───────────────────────── code and configuration ─────────────────────────
  {
    id: 'code-nginx-conf',
    kind: 'code',
    lang: 'en',
    marked: `server {
    listen 80;
    server_name example.com www.example.com;
    return «301» https://example.com$request_uri;
}

server {
    listen 443 ssl http2;
    server_name example.com;
    client_max_body_size 20m;

    error_page «404» /404.html;
    error_page «500» «502» «503» «504» /50x.html;

    location = /old-pricing { return «308» /pricing; }
    location ~ /\\.git { return «444»; }
    location /api/ {
        limit_req zone=api burst=120 nodelay;
        limit_req_status «429»;
        proxy_pass http://127.0.0.1:3000;
        proxy_read_timeout 120s;
    }
}`,
  },
  {
    id: 'code-apache-htaccess',
    kind: 'code',
    lang: 'en',
    marked: `# .htaccess
ErrorDocument «404» /errors/not-found.html
ErrorDocument «503» "Down for maintenance, back at 06:00 UTC"

RewriteEngine On
RewriteCond %{HTTPS} off
RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=«301»]
RewriteRule ^blog/(\\d+)/?$ /articles/$1 [L,R=«302»]
RewriteRule ^private/ - [F]
RewriteRule ^old-feed\\.xml$ - [G]

<IfModule mod_headers.c>
    Header set Cache-Control "max-age=300" "expr=%{REQUEST_STATUS} == «200»"
</IfModule>`,
  },
  {
    id: 'code-haproxy-cfg',
    kind: 'code',
    lang: 'en',
    marked: `frontend fe_https
    bind :443 ssl crt /etc/haproxy/certs/site.pem alpn h2,http/1.1
    stick-table type ip size 100k expire 30s store http_req_rate(10s)
    http-request track-sc0 src
    http-request deny deny_status «429» if { sc_http_req_rate(0) gt 100 }
    http-request deny deny_status «403» if { path_beg /admin } !{ src 10.0.0.0/8 }
    http-request return status «200» content-type text/plain string "ok" if { path /healthz }
    default_backend be_app

backend be_app
    option httpchk GET /ready
    http-check expect status «200»
    retry-on «502» «503» «504» conn-failure
    server app1 10.0.1.11:8080 check inter 2s fall 3 rise 2`,
  },
  {
    id: 'code-caddyfile',
    kind: 'code',
    lang: 'en',
    marked: `example.com {
    encode zstd gzip

    @blocked path /wp-admin* /xmlrpc.php
    respond @blocked «404»

    redir /docs /docs/ «308»
    handle_path /api/* {
        reverse_proxy localhost:9000 {
            lb_try_duration 5s
        }
    }
    handle_errors {
        @gateway expression {err.status_code} in [«502», «503»]
        respond @gateway "Back in a minute" «503»
    }
    header /assets/* Cache-Control "public, max-age=604800"
}`,
  },
  {
    id: 'code-express-koa',
    kind: 'code',
    lang: 'en',
    marked: `const POLL_MS = 250;

app.post('/api/sessions', async (req, res) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.status(«401»).json({ error: 'invalid_credentials' });
  if (user.locked) return res.sendStatus(«423»);
  res.status(«201»).json({ token: sign(user), expiresIn: 900 });
});

app.use((req, res) => res.status(«404»).send('Not found'));

// Koa
router.get('/health', (ctx) => {
  ctx.status = db.isConnected() ? «200» : «503»;
  ctx.body = { uptime: process.uptime(), pollMs: POLL_MS };
});`,
  },
  {
    id: 'code-spring-controller',
    kind: 'code',
    lang: 'en',
    marked: `@RestController
@RequestMapping("/api/bookings")
class BookingController {

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // «201»
    Booking create(@Valid @RequestBody BookingRequest req) {
        return service.create(req);
    }

    @GetMapping("/{id}")
    ResponseEntity<Booking> get(@PathVariable long id) {
        return repo.findById(id)
            .map(ResponseEntity::ok)
            .orElseGet(() -> ResponseEntity.status(«404»).build());
    }

    @ExceptionHandler(SeatTakenException.class)
    ResponseEntity<ApiError> taken(SeatTakenException e) {
        return ResponseEntity.status(«409»).body(new ApiError("SEAT_TAKEN", e.getMessage()));
    }
}

@ResponseStatus(code = HttpStatus.GONE, reason = "Booking archived") // «410»
class BookingArchivedException extends RuntimeException {}`,
  },
  {
    id: 'code-django-flask',
    kind: 'code',
    lang: 'en',
    marked: `# views.py (Django)
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404

def archive(request, slug):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])  # «405»
    if not request.user.has_perm("blog.archive_post"):
        return JsonResponse({"error": "forbidden"}, status=«403»)
    post = get_object_or_404(Post, slug=slug)
    post.archive()
    return JsonResponse({"archived": post.pk}, status=«202»)

# app.py (Flask)
@app.route("/upload", methods=["POST"])
def upload():
    if "file" not in request.files:
        return jsonify(error="missing file"), «400»
    if request.content_length > 8 * 1024 * 1024:
        abort(«413»)
    if not current_user.is_authenticated:
        abort(«403»)
    return jsonify(id=save(request.files["file"])), «201»`,
  },
  {
    id: 'code-go-handler',
    kind: 'code',
    lang: 'en',
    marked: `func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
    if h.draining.Load() {
        w.Header().Set("Retry-After", "120")
        w.WriteHeader(«503»)
        return
    }
    ctx, cancel := context.WithTimeout(r.Context(), 800*time.Millisecond)
    defer cancel()
    item, err := h.store.Get(ctx, r.PathValue("id"))
    switch {
    case errors.Is(err, store.ErrNotFound):
        http.Error(w, "no such item", «404»)
    case errors.Is(err, context.DeadlineExceeded):
        w.WriteHeader(http.StatusGatewayTimeout) // «504»
    case err != nil:
        w.WriteHeader(«500»)
    default:
        json.NewEncoder(w).Encode(item)
    }
}`,
  },
  {
    id: 'code-tests-jest-pytest',
    kind: 'code',
    lang: 'en',
    marked: `// orders.test.ts
it('rejects an empty cart', async () => {
  const res = await request(app).post('/api/orders').send({ items: [] });
  expect(res.status).toBe(«422»);
  expect(res.body.errors).toHaveLength(1);
});

it('creates an order', async () => {
  const res = await request(app).post('/api/orders').send({ items: [{ sku: 'A-113', qty: 2 }] });
  expect(res.status).toBe(«201»);
  expect(res.headers.location).toMatch(/^\\/api\\/orders\\/\\d+$/);
}, 10_000);

# test_orders.py
def test_missing_order(client):
    r = client.get("/api/orders/0")
    assert r.status_code == «404»

def test_requires_login(anon_client):
    assert anon_client.get("/api/orders").status_code == «401»`,
  },
  {
    id: 'code-regex-alerting',
    kind: 'code',
    lang: 'en',
    marked: `# prometheus/rules/http.yml
groups:
  - name: http
    rules:
      - alert: HighErrorRate
        expr: sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.02
        for: 10m
      - alert: UpstreamThrottling
        expr: sum(rate(http_requests_total{status=~"«429»|«503»"}[5m])) > 1

// dashboard filters
const RETRYABLE = /^(?:«429»|«503»)$/;
const GATEWAY = /^50[234]$/; // «502», «503» or «504»

# lib/alerts.rb
page_oncall!(entry) if entry.status.to_s =~ /^50[234]$/

# Splunk
index=web sourcetype=access_combined status>=«500» | stats count by status, uri_path`,
  },
  {
    id: 'code-openapi-yaml',
    kind: 'code',
    lang: 'en',
    marked: `paths:
  /pets/{petId}:
    get:
      summary: Find a pet
      parameters:
        - name: petId
          in: path
          required: true
          schema: { type: integer, minimum: 1, maximum: 999999 }
      responses:
        '«200»':
          description: The pet
        '«404»':
          description: No pet with that id
        '«429»':
          description: Too many requests
          headers:
            Retry-After: { schema: { type: integer, example: 120 } }
        default:
          description: Unexpected error`,
  },
  {
    id: 'code-payment-callback-ko',
    kind: 'code',
    lang: 'ko',
    marked: `// 결제 승인 콜백 처리
export async function handleApprove(req: Request): Promise<Response> {
  const body = await req.json();
  const order = await findOrder(body.orderId);
  // 금액 위변조 확인: 주문 금액과 다르면 «400» 반환
  if (body.amount !== order.amount) {
    return new Response('금액 불일치', { status: «400» });
  }
  // 이미 승인된 주문이면 «409»로 응답 (중복 콜백 방지)
  if (order.approvedAt) return new Response(null, { status: «409» });
  // PG사 응답이 5초를 넘기면 «504»로 처리
  const res = await fetch(PG_URL, { signal: AbortSignal.timeout(5000) }).catch(() => null);
  if (!res) return new Response('PG 응답 없음', { status: «504» });
  if (!res.ok) return new Response('PG 오류', { status: «502» });
  return Response.json({ ok: true }, { status: «200» });
}`,
  },
  {
    id: 'code-nginx-maintenance-ko',
    kind: 'code',
    lang: 'ko',
    marked: `점검 페이지를 띄우는 nginx 설정 (점검 시간에만 include)

# 사내 IP는 통과시키고 나머지는 «503» + 점검 안내
geo $maintenance {
    default 1;
    10.0.0.0/8 0;
}
server {
    listen 443 ssl;
    if ($maintenance) { return «503»; }
    error_page «503» @maintenance;
    location @maintenance {
        add_header Retry-After 600 always;
        root /var/www/maintenance;
        rewrite ^ /index.html break;
    }
}

«503»을 돌려줘야 검색엔진이 '잠깐 닫힌 것'으로 이해하고 색인을 지우지 않습니다. «200»으로 점검 페이지를 보여 주면 그 안내문이 그대로 색인될 수 있어요.`,
  },

  // ───────────────────────────── hard negatives ─────────────────────────────
  {
    id: 'negative-app-error-code-table',
    kind: 'negative',
    lang: 'en',
    marked: `## Error codes

Every failed call returns a JSON body with a numeric \`code\` and a \`message\`. These codes are ours: they live only in the response body and say nothing about the transport.

| Code | Message |
|------|---------|
| 400 | Card number failed the Luhn check |
| 401 | Card expired |
| 402 | Insufficient funds on the card |
| 403 | Issuer declined the payment without a reason |
| 404 | Booking reference unknown |
| 405 | Booking already cancelled |
| 406 | Seat map changed since the request was made |
| 407 | Refund window (48 hours) has closed |
| 408 | Currency not supported for this merchant |
| 409 | Duplicate request: same idempotency key within 24 hours |
| 410 | Voucher already redeemed |
| 411 | Passenger name does not match the passport |

Tip: log the \`code\` together with the \`request_id\` from the response; support needs both.`,
  },
  {
    id: 'negative-sdk-error-headings-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `# 날씨 SDK 오류 코드

SDK 메서드가 실패하면 \`WeatherError\`를 던지며, \`error.code\`에 아래 값이 들어 있습니다. 서버 응답과는 별개로 SDK가 정의한 번호입니다.

### 100 - INVALID_API_KEY
발급받은 키가 아니거나 만료되었습니다.

### 200 - SERVICE_ERROR
예보 서버가 일시적으로 응답하지 않습니다. 잠시 후 다시 요청하세요.

### 300 - WEATHER_DATA_NOT_FOUND
해당 좌표나 시간대의 관측 자료가 없습니다.

### 301 - LOCATION_OUT_OF_RANGE
국내 좌표(위도 33~39도)만 지원합니다.

### 400 - TOO_MANY_LOCATIONS
한 번에 최대 100개 지점까지 조회할 수 있습니다.`,
  },
  {
    id: 'negative-payment-result-codes-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `결제 결과 코드표 (가맹점 연동 가이드 4.2장)

| 결과코드 | 내용 | 가맹점 조치 |
|---|---|---|
| 0000 | 정상 승인 | - |
| 301 | 카드 한도 초과 | 다른 카드 안내 |
| 302 | 잔액 부족 | 다른 결제수단 안내 |
| 303 | 분실·도난 카드 | 결제 중단 |
| 401 | 유효기간 경과 | 카드 정보 재입력 |
| 402 | 비밀번호 오류 | 3회 넘게 틀리면 카드사 문의 |
| 501 | 할부 개월 수 불가 | 일시불로 재시도 |
| 502 | 가맹점 정보 없음 | PG사 문의 |

응답 전문의 \`resultCode\`가 0000이 아니면 실패입니다. 통신 자체는 정상으로 끝나므로 이 코드만 보고 판단하세요.`,
  },
  {
    id: 'negative-area-codes-en',
    kind: 'negative',
    lang: 'en',
    marked: `Calling the US offices

Atlanta uses area code 404, with 470 and 678 as overlays, so even a local call there needs all ten digits. San Francisco is 415, Portland 503, Manhattan 212 and Seattle 206. Our Atlanta desk is (404) 555-0142; the Portland warehouse is (503) 555-0187.

| City | Area code | Time zone |
|------|-----------|-----------|
| Atlanta | 404 | Eastern |
| San Francisco | 415 | Pacific |
| Portland, OR | 503 | Pacific |
| New York (Manhattan) | 212 | Eastern |
| Dallas | 214 | Central |
| Los Angeles | 213 | Pacific |`,
  },
  {
    id: 'negative-bus-routes-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `회사 가는 버스 정리

집 앞 정류장에는 간선 401번이랑 302번 버스가 서요. 401번은 강남역까지 바로 가는데 출근 시간엔 배차가 8분이라 자주 놓치고, 302번은 돌아가지만 앉아서 갈 수 있어요. 퇴근할 때는 지선 4212번 타고 환승하는 게 제일 빠릅니다.

- 간선 401번: 첫차 04:30, 막차 23:10
- 간선 302번: 첫차 04:50, 막차 22:40
- 광역 9404번: 경기도 방면, 정류장 번호 22-301`,
  },
  {
    id: 'negative-travel-numbers-en',
    kind: 'negative',
    lang: 'en',
    marked: `Travel notes for the offsite

Fly UA 503 out of SFO on Thursday; the return is UA 418 on Sunday evening. From the airport take US-101 south, then I-280 for about 20 miles. Parking at the hotel costs $45 a night.

We booked rooms 404 through 412 on the fourth floor; room 410 is the one with the projector. Breakfast is in the Magnolia room on level 2, and the shuttle leaves from bay 201 at 7:15.`,
  },
  {
    id: 'negative-apartment-address-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `택배 주소 확인 부탁드립니다

서울시 마포구 월드컵로 25, 101동 503호로 보내 주세요. 예전 주소(102동 404호)로 잘못 가는 일이 두 번 있었어요. 공동현관 비밀번호는 문자로 따로 드릴게요.
경비실은 105동 옆에 있고, 택배 보관함은 지하 1층 엘리베이터 앞 201번 칸입니다.`,
  },
  {
    id: 'negative-hardware-models-en',
    kind: 'negative',
    lang: 'en',
    marked: `My current build and what I want to change

- CPU: Ryzen 5 5600X, six cores, plenty for now
- GPU: Radeon RX 580 8GB, bought used; thinking of moving to an RTX 4070
- PSU: 550 W bronze, might be tight for the new card
- Lenses: the old Sigma 150 macro and the Canon EF 300 f/4
- Car for the trip: my dad's Peugeot 308, which does about 500 km on a tank

Case fans run at 1,200 rpm at idle. Total so far is about $1,450 including the 500 GB NVMe drive.`,
  },
  {
    id: 'negative-sports-scores-en',
    kind: 'negative',
    lang: 'en',
    marked: `League night recap

Dana finally bowled a perfect 300 in the second game, after a 212 in the first. Team totals: Pin Pals 2,481, Gutter Kings 2,377. In the cricket highlights, the opener made 264 off 173 balls and the chasing side was bowled out for 198. The city marathon results page lists 403 finishers under four hours.`,
  },
  {
    id: 'negative-exam-cutoffs-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `올해 수능 등급컷 정리 (가채점 기준)

국어 1등급 컷 131점, 2등급 125점이었고 수학은 1등급 컷이 133점으로 작년보다 2점 올랐어요. 영어는 절대평가라 90점 이상이면 1등급입니다.
표준점수 최고점은 국어 150점, 수학 148점이었습니다. 응시자는 약 504,588명이었고, 저희 반 국수탐 표준점수 합 평균은 389점이었어요.`,
  },
  {
    id: 'negative-rent-prices-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `자취방 구할 때 참고한 것들

지금 사는 원룸은 보증금 500에 월세 50이에요. 관리비까지 하면 한 달에 60 정도 나가고요. 친구는 투룸인데 월세 500이 나가요... 강남 쪽이라 그렇대요.
전세로 가려면 최소 1억 5천은 있어야 해서 일단 포기했습니다. 이사 비용은 용달 불러서 120만 원 들었어요.
근처 편의점 도시락이 4,500원, 학교 식당은 3,800원이라 밥값은 그럭저럭 괜찮아요.`,
  },
  {
    id: 'negative-financial-statement-en',
    kind: 'negative',
    lang: 'en',
    marked: `Quarterly results (USD millions, unaudited)

| Line item | Q1 | Q2 | Q3 | Q4 |
|---|---:|---:|---:|---:|
| Revenue | 412 | 438 | 451 | 502 |
| Cost of revenue | 201 | 209 | 214 | 236 |
| Gross profit | 211 | 229 | 237 | 266 |
| Operating expenses | 158 | 163 | 170 | 181 |
| Operating income | 53 | 66 | 67 | 85 |

Revenue grew 22% year over year; headcount ended the year at 1,204.`,
  },
  {
    id: 'negative-recipe-en',
    kind: 'negative',
    lang: 'en',
    marked: `Sourdough sandwich loaf

- 500 g bread flour
- 350 g water at about 27 °C
- 100 g active starter
- 10 g salt
- 25 g honey

Mix, rest 45 minutes, then fold every 30 minutes for two hours. Proof overnight in the fridge. Bake at 230 °C for 20 minutes with the lid on, then 25 minutes without, until the inside reads 205 °F. Makes one 900 g loaf.`,
  },
  {
    id: 'negative-town-news-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `우리 동네 소식

이번 주말 축제에는 하루 평균 404명이 방문했다고 합니다. 읍 인구가 5,200명 정도니까 꽤 많이 온 셈이죠. 주차장은 차량 150대까지 들어가는데 토요일 오후엔 꽉 찼어요.
다음 주 낮 기온은 최고 31도, 자외선 지수는 높음입니다. 주간 누적 강수량은 120mm로 예상되고, 미세먼지는 '보통'이에요.`,
  },
  {
    id: 'negative-smtp-reply-codes',
    kind: 'negative',
    lang: 'en',
    marked: `SMTP reply codes worth knowing

220  Service ready
221  Service closing transmission channel
250  Requested mail action okay, completed
251  User not local; will forward
354  Start mail input; end with <CRLF>.<CRLF>
421  Service not available, closing transmission channel
450  Requested mail action not taken: mailbox unavailable (busy)
451  Requested action aborted: local error in processing
452  Requested action not taken: insufficient system storage
500  Syntax error, command unrecognized
530  Authentication required
550  Requested action not taken: mailbox unavailable
552  Requested mail action aborted: exceeded storage allocation
554  Transaction failed

A 4xx reply is transient, so the sending server queues the message and tries again later; a 5xx reply is permanent and the sender gets a bounce.`,
  },
  {
    id: 'negative-ftp-reply-codes',
    kind: 'negative',
    lang: 'en',
    marked: `FTP reply codes (RFC 959) that show up most in client logs

150  File status okay; about to open data connection
200  Command okay
211  System status, or feature list follows
226  Closing data connection; requested file action successful
227  Entering Passive Mode (192,168,1,20,195,80)
230  User logged in, proceed
331  User name okay, need password
425  Can't open data connection
500  Syntax error, command unrecognized
530  Not logged in
550  Requested action not taken; file unavailable`,
  },
  {
    id: 'negative-sip-call-flow',
    kind: 'negative',
    lang: 'en',
    marked: `SIP call flow for a proxied INVITE (captured with sngrep)

alice -> proxy   INVITE sip:bob@example.com SIP/2.0
proxy -> alice   SIP/2.0 407 Proxy Authentication Required
alice -> proxy   INVITE sip:bob@example.com SIP/2.0   (with Proxy-Authorization)
proxy -> alice   SIP/2.0 100 Trying
bob -> alice     SIP/2.0 180 Ringing
bob -> alice     SIP/2.0 200 OK
alice -> bob     ACK sip:bob@192.0.2.30:5060 SIP/2.0
bob -> alice     BYE sip:alice@198.51.100.5:5060 SIP/2.0
alice -> bob     SIP/2.0 200 OK

Media went over RTP on port 16384 with G.711, and the call lasted 212 seconds.`,
  },
  {
    id: 'negative-rtsp-camera',
    kind: 'negative',
    lang: 'en',
    marked: `RTSP handshake with an IP camera (ffmpeg -loglevel trace)

C->S: DESCRIBE rtsp://192.168.1.64:554/Streaming/Channels/101 RTSP/1.0
CSeq: 2
S->C: RTSP/1.0 401 Unauthorized
CSeq: 2
WWW-Authenticate: Digest realm="IP Camera", nonce="b8e0c5a2f4"
C->S: DESCRIBE rtsp://192.168.1.64:554/Streaming/Channels/101 RTSP/1.0 (with Authorization)
S->C: RTSP/1.0 200 OK
CSeq: 3
Content-Type: application/sdp
Content-Length: 512
C->S: SETUP rtsp://192.168.1.64:554/Streaming/Channels/101/trackID=1 RTSP/1.0
S->C: RTSP/1.0 461 Unsupported Transport`,
  },
  {
    id: 'negative-ports-in-urls-en',
    kind: 'negative',
    lang: 'en',
    marked: `Local setup

The legacy admin UI still listens on http://localhost:500/ because someone picked that port in 2014. The API is on http://localhost:3000/, Postgres on db.internal:5432, and the metrics sidecar on 127.0.0.1:9102. In staging, the TLS terminator talks to the app on app.staging.internal:443.

If \`curl -v http://localhost:500/health\` hangs, the container is not up; \`docker ps\` should show the mapping 0.0.0.0:500->500/tcp.`,
  },
  {
    id: 'negative-stack-traces-en',
    kind: 'negative',
    lang: 'en',
    marked: `TypeError: Cannot read properties of undefined (reading 'id')
    at getUser (/srv/app/src/users.js:404:12)
    at async handler (/srv/app/src/routes/api.js:211:18)

Exception in thread "main" java.lang.NullPointerException
    at com.example.billing.Invoice.total(Invoice.java:422)
    at com.example.billing.Main.main(Main.java:503)

./cmd/server/main.go:301:5: undefined: newRouter
./internal/store/pg.go:129:14: cannot use id (variable of type string) as int64 value in argument

  File "/srv/app/views.py", line 404, in checkout
    total = cart.total()
  File "/srv/app/cart.py", line 217, in total
    return sum(prices) / len(prices)
ZeroDivisionError: division by zero`,
  },
  {
    id: 'negative-changelog-links-en',
    kind: 'negative',
    lang: 'en',
    marked: `## 3.8.0

- Fix a crash when the config file is empty (#404, thanks @mkwon)
- Retry DNS lookups on startup (https://github.com/example-org/relay/pull/421)
- Drop Node 16 support; see the discussion in #503 and /pull/502
- Raise the minimum Go version to 1.22 (#415)
- Document the 300 ms debounce on file watching (#288)`,
  },
  {
    id: 'negative-shell-script-en',
    kind: 'negative',
    lang: 'en',
    marked: `#!/usr/bin/env bash
set -euo pipefail

chmod 400 ~/.ssh/deploy_key.pem
umask 022
for attempt in 1 2 3 4 5; do
  if curl -fsS --max-time 10 "https://status.example.com/ping"; then break; fi
  sleep 300
done
timeout 500 ./migrate --batch-size=250 || exit 124
# exit 130 means the script was interrupted with Ctrl-C`,
  },
  {
    id: 'negative-css-en',
    kind: 'negative',
    lang: 'en',
    marked: `.toast {
  position: fixed;
  z-index: 100;
  font-weight: 500;
  max-width: 420px;
  transition: opacity 150ms ease-out;
  color: var(--gray-700);
  background: hsl(210 20% 98%);
}
.toast--error { border-left: 4px solid var(--red-500); }
.modal { z-index: 400; font-weight: 600; }`,
  },
  {
    id: 'negative-versions-env-en',
    kind: 'negative',
    lang: 'en',
    marked: `Environment

- Browser: Chrome 126 on macOS 14.5, also reproduced in Firefox 127
- Runtime: Node.js 20.14.0, npm 10.7.0
- Android build: API level 34, versionCode 503
- Kernel: 6.8.0-35-generic
- Driver: NVIDIA 550.90.07
- Build number: 202406011530 (CI run 418)`,
  },
  {
    id: 'negative-systemd-exit-status-en',
    kind: 'negative',
    lang: 'en',
    marked: `$ systemctl status worker.service
× worker.service - Queue worker
     Loaded: loaded (/etc/systemd/system/worker.service; enabled; preset: enabled)
     Active: failed (Result: exit-code) since Sat 2024-06-01 10:22:41 UTC; 8s ago
    Process: 4471 ExecStart=/opt/worker/bin/worker --concurrency 200 (code=exited, status=203/EXEC)
   Main PID: 4471 (code=exited, status=203/EXEC)

Jun 01 10:22:41 app-2 systemd[1]: worker.service: Main process exited, code=exited, status=203/EXEC

status=203/EXEC means systemd could not execute the binary at all (wrong path or a missing execute bit); status=217/USER would mean the account in \`User=\` does not exist. A container killed for using too much memory shows exit code 137 instead.`,
  },
  {
    id: 'negative-monitoring-rules-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `모니터링 알림 규칙 정리

- 분당 요청이 500을 넘으면 슬랙으로 알림을 보냅니다.
- 큐에 쌓인 작업이 200건 이상이면 워커를 하나 더 띄웁니다.
- 지난달 방문자는 하루 404명꼴이었고, 최대 동시 접속은 301명이었어요.
- 알림 문자 비용은 건당 500원이고, 월 예산은 200만 원입니다.
- 서버실은 본관 4층 401호, 비상 연락처는 내선 302번입니다.`,
  },
  {
    id: 'negative-smtp-bounces-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `메일 발송 실패 코드 정리 (SMTP 응답 코드)

메일 서버가 돌려주는 세 자리 코드는 HTTP와 비슷해 보이지만 전혀 다른 체계입니다.

- 250: 정상 처리됨
- 421: 서버가 일시적으로 서비스를 할 수 없음. 잠시 후 재발송
- 450: 수신함을 일시적으로 쓸 수 없음
- 550: 수신자 주소가 없거나 수신 거부
- 552: 수신자 메일함 용량 초과
- 554: 스팸으로 판단되어 거부됨

4xx로 시작하면 일시적인 오류라 발송 서버가 알아서 재시도하고, 5xx면 반송 메일이 옵니다.`,
  },
  {
    id: 'negative-compile-errors-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `빌드가 갑자기 깨졌어요

어제까지 되던 빌드가 오늘 아침부터 안 됩니다. 에러는 아래와 같아요.

src/pages/Checkout.tsx:404:17 - error TS2339: Property 'total' does not exist on type 'Cart'.
src/api/client.ts:129:5 - error TS2322: Type 'string' is not assignable to type 'number'.

Found 2 errors in 2 files.

404번째 줄이면 주문 합계 계산하는 부분인데, 누가 Cart 타입을 바꾼 것 같아요. PR #503 머지된 다음부터 이러네요.`,
  },
  {
    id: 'negative-kiln-temperatures-en',
    kind: 'negative',
    lang: 'en',
    marked: `Kiln log, glaze firing

Candled at 180 °F for two hours, then climbed 150 °F per hour to 1,000 °F. The cone 6 program holds at 2,185 °F for 10 minutes and cools freely to 400 °F before we crack the lid. The thermocouple read 212 °F at the last check, so the ware was ready to unload by 9 a.m.`,
  },
  {
    id: 'negative-http-words-counts-en',
    kind: 'negative',
    lang: 'en',
    marked: `Notes from the load test

The report query returned 200 rows in 41 ms once the index was in place. Our support bot answers 300 questions a day, and the new cache node serves 500 users per second at peak without breaking a sweat. Each request carries about 404 bytes of headers, mostly cookies. We sent 502 requests in the warm-up phase, and the response time stayed under 120 ms at the 99th percentile.`,
  },
  {
    id: 'negative-json-config-en',
    kind: 'negative',
    lang: 'en',
    marked: `{
  "server": { "host": "0.0.0.0", "port": 443, "keepAliveTimeout": 65000 },
  "retry": { "max_retries": 5, "timeout": 500, "backoff_ms": 250 },
  "pagination": { "default_limit": 100, "max_limit": 500 },
  "upload": { "max_size_mb": 200, "thumb_width": 320, "thumb_height": 240 },
  "cache": { "ttl": 300 }
}`,
  },
  {
    id: 'negative-sports-season-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `이번 시즌 기록 정리

볼링 동호회 정기전에서 민수가 드디어 300점 퍼펙트를 쳤어요! 팀 합계는 3게임 기준 1,842점으로 2위입니다.
야구는 팀 타율 .284, 홈런 151개로 리그 1위예요. 에이스는 평균자책점 2.41에 탈삼진 203개를 기록했습니다.`,
  },
  {
    id: 'negative-cars-and-gear-ko',
    kind: 'negative',
    lang: 'ko',
    marked: `중고차 고민 중입니다

후보는 푸조 308, 제네시스 G80, 기아 K5 세 대예요. 308은 연비가 리터당 17km 정도라 좋은데 수리비가 걱정이고요. 예산은 1,500만 원 안쪽이고, 주행거리는 10만 km 이하로 보고 있어요.
카메라 렌즈는 캐논 RF 100 마크로랑 시그마 150 중에 고민하다가 100으로 했어요. 모니터는 27인치 QHD로 샀습니다.`,
  },
];

/**
 * Short rows per category: `match` rows have every status marked; `noMatch` rows must match
 * nothing.
 */
export interface CategoryRows {
  readonly category: string;
  readonly match: readonly string[];
  readonly noMatch: readonly string[];
}

export const CATEGORIES: readonly CategoryRows[] = [
  {
    category: 'logs',
    match: [
      '10.1.2.3 - - [04/Jun/2024:11:02:44 +0900] "GET /api/v1/me HTTP/1.1" «401» 61 "-" "axios/1.7.2"',
      '2024-06-04 11:02:45 10.0.0.5 GET /index.htm - 80 - 10.1.2.3 Mozilla/5.0+(Windows+NT+10.0) - «404» 0 2 140',
      'https 2024-06-04T02:02:46.201334Z app/web/3f1e2d 10.1.2.3:50211 10.0.4.9:8080 0.000 0.051 0.000 «200» «200» 233 871 "GET https://example.com:443/ HTTP/1.1" "curl/8.5.0"',
      '1717470166.880    341 10.1.2.3 TCP_MISS/«503» 4170 GET http://intranet.example.com/ - HIER_DIRECT/10.9.0.2 text/html',
      '{"level":"error","msg":"request failed","statusCode":«500»,"responseTime":1290,"url":"/api/export"}',
      'ts=2024-06-04T02:03:01Z method=POST path=/v1/charge status=«402» bytes=95 dur=212ms',
      'Completed «422» Unprocessable Entity in 27ms (Views: 0.4ms | ActiveRecord: 3.2ms)',
      '[04/Jun/2024 11:03:09] "GET /admin/ HTTP/1.1" «302» 0\n[04/Jun/2024 11:03:09] "GET /admin/login/?next=/admin/ HTTP/1.1" «200» 4158',
      '[오류] 2024-06-04 11:03:12 결제 API 응답 «504», 소요 시간 30012ms, 재시도 1회',
      '2024-06-04 11:03:15 WARN  c.e.api.GlobalExceptionHandler - 요청 처리 실패: status=«409», path=/api/members, 원인=이메일 중복',
    ],
    noMatch: [
      'Jun  4 11:04:01 web-1 sshd[2231]: Accepted publickey for deploy from 10.1.2.3 port 50412 ssh2',
      '2024-06-04T02:04:05.118Z INFO  worker pid=412 processed a batch of 250 jobs in 503ms',
      'kernel: [  301.552310] eth0: link up, 1000 Mbps, full duplex',
      'nginx: listening on 0.0.0.0:443, worker_connections=400, backlog=511',
      '2024-06-04 11:04:25 [gc] Pause Young (Normal) 412 regions freed, took 18 ms, heap now 198 MB of 512 MB',
      '2024-06-04 11:04:12 [INFO] 업로드 완료: 파일 142개, 총 318MB, 소요 시간 205초',
      '2024-06-04 11:04:15 [WARN] 커넥션 풀 사용량 180/200, 대기 스레드 12개',
      '2024-06-04 11:04:20 [DEBUG] 캐시 적중 301건, 미스 12건, 평균 처리 시간 44ms',
    ],
  },
  {
    category: 'definitions and tables',
    match: [
      '«404»: Not Found',
      '| 상태 코드 | 설명 |\n| «429» | 요청이 너무 많음 |',
      '**«503»** Service Unavailable',
      '$«404»$ Not Found',
      '| HTTP Status | When |\n| «409» | The slug is already taken |',
      '«401» - 로그인이 필요합니다',
      '| 응답 코드 | 설명 |\n| «201» | 생성됨 |',
      '`«413»` — 업로드 파일이 너무 큼',
      '«307» Temporary Redirect\n    Same as «302», but the method must not change.',
      '«500» | 서버 내부 오류',
    ],
    noMatch: [
      '| Item | Product | Qty |\n| 404 | Blue shirt | 12 |',
      '300: Spartans',
      '### 200 - SERVICE_ERROR\n날씨 SDK가 정의한 자체 오류 번호입니다.',
      '| 좌석 | 등급 | 가격 |\n| 401 | R석 | 120,000원 |',
      '| 호실 | 면적 |\n| 503 | 84㎡ |',
      '250: Requested mail action okay, completed',
      'Route 101: Downtown to the airport, every 15 minutes',
      '| 연도 | 매출(억 원) |\n| 2023 | 412 |',
      'The shop API answers with this price list.\n| Item | Price |\n| Mug | 200 |\n| Cap | 500 |',
      'API 서버가 돌려주는 상품 목록입니다.\n| 상품 | 가격(원) |\n| 볼펜 | 500 |\n| 공책 | 200 |',
    ],
  },
  {
    category: 'verbs and phrases',
    match: [
      'The handler returns «201» with a Location header.',
      'Our readiness probe answers «503» until the cache is warm.',
      'The API responds «204» to a repeated DELETE.',
      'The auth middleware throws «401» when the session cookie is missing.',
      'Static files are served with «304» when the ETag matches.',
      'Treat any non-‹2xx› response, such as «409», as a failure.',
      'We retry on «429», «503» with jittered backoff.',
      'error_page «404» /index.html;',
      'if (/^(?:«429»|«503»)$/.test(String(res.status))) scheduleRetry();',
      '이 API는 중복 요청이면 «409»를 반환합니다.',
      '헬스 체크는 DB가 살아 있을 때만 «200»을 돌려줘야 합니다.',
      '권한이 없으면 «403»으로 응답합니다.',
      '세션이 만료되면 미들웨어가 «401»을 던집니다.',
    ],
    noMatch: [
      'The query returned 200 rows.',
      'The support bot answers 300 questions a day.',
      'This node serves 500 users per second.',
      'grep returns 404 matches for "TODO" in the repo.',
      '쿼리가 200건을 반환했습니다.',
      '상담원 한 명이 하루에 300건을 응대합니다.',
      '서버 한 대가 동시에 500명을 처리합니다.',
      '이 함수는 최대 100개의 항목을 돌려줍니다.',
    ],
  },
  {
    category: 'korean colloquial',
    match: [
      '배포하자마자 «503»이 잠깐 떴다가 사라졌어요.',
      '파일 업로드만 하면 «502»가 계속 납니다.',
      '크롤링하다가 «429»로 막힙니다.',
      '새로고침하면 페이지가 «404» 나와요.',
      '«401» 떨어지면 토큰을 갱신하게 했어요.',
      '회원가입 버튼 누르면 서버가 «500» 뱉어요.',
      '로그인 없이 들어가니까 «403» 뜨네요.',
      '방금 «504» 떠서 다시 눌렀더니 됐어요.',
    ],
    noMatch: [
      '월세 500이 나가요.',
      '요청이 500을 넘으면 알림이 옵니다.',
      '모의고사 점수가 404점이 나왔다.',
      '버스 401번이 안 와요.',
      '오늘 블로그 방문자가 502명 떴어요!',
      '택배가 503호로 잘못 갔네요.',
      '보증금 500에 월세 50이면 괜찮은 편이에요.',
      '이번 달 카드값이 300 넘게 나왔어요.',
    ],
  },
  {
    category: 'false positives',
    match: [
      'The dev server on localhost:500 answers «404» for /health.',
      'Uploading the 512 KB file fails with «413» Payload Too Large.',
      'The request took 503 ms and came back «200».',
      'Since PR #421 was merged, the login page answers «401».',
      'Uploading 300 photos at once makes the server answer «429».',
      '요청이 500건을 넘으니까 «429»가 뜨기 시작했어요.',
      'app.js 404번째 줄에서 «500»을 던지고 있었습니다.',
      '8080 말고 500번 포트로 띄웠더니 «404» 나와요.',
      '보증금 500짜리 방을 찾다가 부동산 사이트가 «503» 떠서 못 봤어요.',
    ],
    noMatch: [
      '250 Requested mail action okay, completed\n550 Requested action not taken: mailbox unavailable',
      'curl http://host:500/metrics',
      'at render (file.js:404:7)',
      'at com.example.Foo.bar(Foo.java:422)',
      'Fixed in PR #404.',
      'See https://github.com/example-org/api/pull/503 for details.',
      'SMTP 서버가 550 응답으로 메일을 반송했습니다.',
      'localhost:401로 접속하면 관리자 콘솔이 뜹니다.',
      '스택 트레이스에 OrderService.java:503 이 찍혀 있어요.',
      '이슈 #429에서 논의 중입니다.',
    ],
  },
];
