/**
 * Thirty common codes as they look on the wire (HTTP/1.1, RFC 9110) and as Express, Spring MVC,
 * Django (or Django REST framework), FastAPI, Go net/http, ASP.NET Core minimal APIs and nginx
 * send them. Written by us from each project's reference documentation (docs/snippets.md names
 * the sources); every snippet is short and names the framework's own constant or method.
 */
import type { CodeSnippets, SnippetTarget } from './types.ts';

/** Tab order. */
export const SNIPPET_TARGETS: readonly SnippetTarget[] = [
  'wire',
  'express',
  'spring',
  'django',
  'fastapi',
  'go',
  'aspnet',
  'nginx',
];

/** The frameworks' own names, never translated; the raw response's label is interface text. */
export const FRAMEWORK_NAMES: Readonly<Record<Exclude<SnippetTarget, 'wire'>, string>> = {
  express: 'Express',
  spring: 'Spring',
  django: 'Django',
  fastapi: 'FastAPI',
  go: 'Go',
  aspnet: 'ASP.NET',
  nginx: 'nginx',
};

export const SNIPPETS: readonly CodeSnippets[] = [
  {
    code: 200,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 200 OK',
          'Content-Type: application/json',
          'ETag: "33a64df5"',
          'Cache-Control: max-age=60',
          '',
          '{"id":42,"status":"paid"}',
        ],
      },
      express: { lines: ['res.status(200).json(order);'] },
      spring: { lines: ['return ResponseEntity.ok(order);'] },
      django: { lines: ['return JsonResponse({"id": order.pk, "status": order.status})'] },
      fastapi: {
        lines: [
          '@app.get("/orders/{order_id}")',
          'def read_order(order_id: int) -> Order:',
          '    return orders.get(order_id)',
        ],
        note: {
          en: 'FastAPI answers 200 unless the decorator’s status_code says otherwise.',
          ko: 'FastAPI는 데코레이터에 status_code를 따로 지정하지 않으면 200으로 응답합니다.',
        },
      },
      go: {
        lines: [
          'w.Header().Set("Content-Type", "application/json")',
          'w.WriteHeader(http.StatusOK)',
          'json.NewEncoder(w).Encode(order)',
        ],
      },
      aspnet: { lines: ['return Results.Ok(order);'] },
      nginx: {
        lines: [
          'location = /health {',
          '    default_type text/plain;',
          '    return 200 "ok\\n";',
          '}',
        ],
      },
    },
  },
  {
    code: 201,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 201 Created',
          'Location: /orders/42',
          'Content-Type: application/json',
          '',
          '{"id":42,"status":"pending"}',
        ],
      },
      express: { lines: ['res.status(201).location(`/orders/${order.id}`).json(order);'] },
      spring: {
        lines: [
          'URI location = URI.create("/orders/" + order.id());',
          'return ResponseEntity.created(location).body(order);',
        ],
      },
      django: {
        lines: [
          'from rest_framework import status',
          'return Response(serializer.data, status=status.HTTP_201_CREATED,',
          '                headers={"Location": f"/orders/{order.pk}"})',
        ],
      },
      fastapi: {
        lines: [
          '@app.post("/orders", status_code=status.HTTP_201_CREATED)',
          'def create_order(order: Order, response: Response) -> Order:',
          '    response.headers["Location"] = f"/orders/{order.id}"',
          '    return orders.add(order)',
        ],
      },
      go: {
        lines: [
          'w.Header().Set("Location", "/orders/"+id)',
          'w.Header().Set("Content-Type", "application/json")',
          'w.WriteHeader(http.StatusCreated)',
          'json.NewEncoder(w).Encode(order)',
        ],
      },
      aspnet: { lines: ['return Results.Created($"/orders/{order.Id}", order);'] },
      nginx: {
        lines: [
          'location /uploads/ {',
          '    dav_methods PUT;',
          '    create_full_put_path on;',
          '}',
        ],
        note: {
          en: 'nginx creates nothing itself except as a WebDAV server, where a PUT of a new file gets 201; an API behind proxy_pass sends its own.',
          ko: 'nginx가 직접 201로 응답하는 경우는 WebDAV 서버로서 새 파일을 PUT으로 받았을 때뿐이고, proxy_pass 뒤의 API는 201을 스스로 보냅니다.',
        },
      },
    },
  },
  {
    code: 202,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 202 Accepted',
          'Location: /jobs/7f3a',
          'Content-Type: application/json',
          '',
          '{"job":"7f3a","state":"queued"}',
        ],
      },
      express: {
        lines: [
          'const job = await queue.add(req.body);',
          'res.status(202).location(`/jobs/${job.id}`).json({ job: job.id });',
        ],
      },
      spring: {
        lines: [
          'Job job = jobs.submit(request);',
          'return ResponseEntity.accepted().location(URI.create("/jobs/" + job.id())).build();',
        ],
      },
      django: {
        lines: [
          'from rest_framework import status',
          'job = export_orders.delay()',
          'return Response({"job": job.id}, status=status.HTTP_202_ACCEPTED,',
          '                headers={"Location": f"/jobs/{job.id}"})',
        ],
      },
      fastapi: {
        lines: [
          '@app.post("/reports", status_code=status.HTTP_202_ACCEPTED)',
          'def start_report(background_tasks: BackgroundTasks):',
          '    background_tasks.add_task(build_report)',
          '    return {"state": "queued"}',
        ],
      },
      go: {
        lines: [
          'go process(job)',
          'w.Header().Set("Location", "/jobs/"+job.ID)',
          'w.WriteHeader(http.StatusAccepted)',
        ],
      },
      aspnet: { lines: ['return Results.Accepted($"/jobs/{job.Id}", job);'] },
      nginx: {
        lines: [
          'location = /collect {',
          '    access_log /var/log/nginx/beacons.log;',
          '    return 202;',
          '}',
        ],
        note: {
          en: 'nginx has no job to queue: returning 202 suits only an endpoint whose log is the work, such as a beacon collector.',
          ko: 'nginx에는 큐에 넣을 작업이 없으므로, 로그 기록 자체가 할 일인 비콘 수집 같은 엔드포인트에만 202가 어울립니다.',
        },
      },
    },
  },
  {
    code: 204,
    snippets: {
      wire: { lines: ['HTTP/1.1 204 No Content', 'ETag: "v8"'] },
      express: { lines: ['await orders.remove(req.params.id);', 'res.status(204).end();'] },
      spring: { lines: ['orders.deleteById(id);', 'return ResponseEntity.noContent().build();'] },
      django: { lines: ['order.delete()', 'return HttpResponse(status=204)'] },
      fastapi: {
        lines: [
          '@app.delete("/orders/{order_id}", status_code=status.HTTP_204_NO_CONTENT)',
          'def delete_order(order_id: int) -> None:',
          '    orders.remove(order_id)',
        ],
      },
      go: { lines: ['w.WriteHeader(http.StatusNoContent)'] },
      aspnet: { lines: ['return Results.NoContent();'] },
      nginx: { lines: ['location = /healthz {', '    return 204;', '}'] },
    },
  },
  {
    code: 206,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 206 Partial Content',
          'Content-Type: text/plain',
          'Content-Range: bytes 0-11/2048',
          '',
          'Hello, world',
        ],
      },
      express: {
        lines: ["res.sendFile(path.join(__dirname, 'media', 'talk.mp4'));"],
        note: {
          en: 'sendFile reads the Range header and answers 206 with Content-Range by itself.',
          ko: 'sendFile이 Range 헤더를 읽고 Content-Range를 붙여 206으로 알아서 응답합니다.',
        },
      },
      spring: {
        lines: [
          'ResourceRegion region = new ResourceRegion(video, start, length);',
          'return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)',
          '        .contentType(MediaType.parseMediaType("video/mp4"))',
          '        .body(region);',
        ],
        note: {
          en: 'A controller that returns a Resource gets Range handled for it: Spring answers 206 itself.',
          ko: 'Resource를 반환하는 컨트롤러라면 Spring이 Range를 처리해 206으로 알아서 응답합니다.',
        },
      },
      django: {
        lines: [
          'response = HttpResponse(chunk, status=206, content_type="video/mp4")',
          'response["Content-Range"] = f"bytes {start}-{end}/{size}"',
          'return response',
        ],
        note: {
          en: 'Django’s FileResponse ignores Range, so slice the file yourself or leave ranges to the web server in front.',
          ko: 'Django의 FileResponse는 Range를 처리하지 않으므로 파일을 직접 잘라 보내거나 앞단 웹 서버에 맡깁니다.',
        },
      },
      fastapi: {
        lines: [
          'return Response(chunk, status_code=status.HTTP_206_PARTIAL_CONTENT,',
          '                media_type="video/mp4",',
          '                headers={"Content-Range": f"bytes {start}-{end}/{size}"})',
        ],
      },
      go: {
        lines: ['http.ServeContent(w, r, "talk.mp4", info.ModTime(), file)'],
        note: {
          en: 'ServeContent (and http.FileServer) reads Range and answers 206 with Content-Range by itself.',
          ko: 'ServeContent(와 http.FileServer)가 Range를 읽고 Content-Range를 붙여 206으로 알아서 응답합니다.',
        },
      },
      aspnet: {
        lines: ['return Results.File(path, "video/mp4", enableRangeProcessing: true);'],
        note: {
          en: 'With enableRangeProcessing, a Range request gets 206 and Content-Range without more code.',
          ko: 'enableRangeProcessing을 켜면 Range 요청에 코드 없이 Content-Range를 붙여 206으로 응답합니다.',
        },
      },
      nginx: {
        lines: ['location /media/ {', '    root /srv;', '    max_ranges 1;', '}'],
        note: {
          en: 'nginx answers Range requests for static files with 206 by itself; max_ranges only caps the ranges per request.',
          ko: 'nginx는 정적 파일에 대한 Range 요청에 206으로 알아서 응답하며, max_ranges는 한 요청이 요구할 수 있는 범위 수만 제한합니다.',
        },
      },
    },
  },
  {
    code: 301,
    snippets: {
      wire: { lines: ['HTTP/1.1 301 Moved Permanently', 'Location: https://example.com/docs/'] },
      express: { lines: ["res.redirect(301, 'https://example.com/docs/');"] },
      spring: {
        lines: [
          'return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)',
          '        .location(URI.create("https://example.com/docs/"))',
          '        .build();',
        ],
      },
      django: { lines: ['return HttpResponsePermanentRedirect("https://example.com/docs/")'] },
      fastapi: {
        lines: [
          'return RedirectResponse("https://example.com/docs/",',
          '                        status_code=status.HTTP_301_MOVED_PERMANENTLY)',
        ],
      },
      go: {
        lines: ['http.Redirect(w, r, "https://example.com/docs/", http.StatusMovedPermanently)'],
      },
      aspnet: { lines: ['return Results.Redirect("https://example.com/docs/", permanent: true);'] },
      nginx: {
        lines: [
          'server {',
          '    listen 80;',
          '    server_name example.com;',
          '    return 301 https://$host$request_uri;',
          '}',
        ],
      },
    },
  },
  {
    code: 302,
    snippets: {
      wire: { lines: ['HTTP/1.1 302 Found', 'Location: /login?next=%2Faccount'] },
      express: { lines: ["res.redirect('/login?next=%2Faccount');"] },
      spring: {
        lines: [
          'return ResponseEntity.status(HttpStatus.FOUND)',
          '        .location(URI.create("/login?next=%2Faccount"))',
          '        .build();',
        ],
      },
      django: { lines: ['return HttpResponseRedirect("/login/?next=/account/")'] },
      fastapi: {
        lines: [
          'return RedirectResponse("/login?next=%2Faccount", status_code=status.HTTP_302_FOUND)',
        ],
        note: {
          en: 'RedirectResponse sends 307 unless you pass status_code.',
          ko: 'RedirectResponse는 status_code를 넘기지 않으면 307을 보냅니다.',
        },
      },
      go: { lines: ['http.Redirect(w, r, "/login?next=%2Faccount", http.StatusFound)'] },
      aspnet: { lines: ['return Results.Redirect("/login?next=%2Faccount");'] },
      nginx: { lines: ['location = /sale {', '    return 302 /sale/winter/;', '}'] },
    },
  },
  {
    code: 303,
    snippets: {
      wire: { lines: ['HTTP/1.1 303 See Other', 'Location: /orders/42'] },
      express: { lines: ['res.redirect(303, `/orders/${order.id}`);'] },
      spring: {
        lines: [
          'return ResponseEntity.status(HttpStatus.SEE_OTHER)',
          '        .location(URI.create("/orders/" + order.id()))',
          '        .build();',
        ],
      },
      django: {
        lines: ['return HttpResponse(status=303, headers={"Location": f"/orders/{order.pk}/"})'],
      },
      fastapi: {
        lines: [
          'return RedirectResponse(f"/orders/{order.id}",',
          '                        status_code=status.HTTP_303_SEE_OTHER)',
        ],
      },
      go: { lines: ['http.Redirect(w, r, "/orders/"+id, http.StatusSeeOther)'] },
      aspnet: {
        lines: [
          'http.Response.Headers.Location = $"/orders/{order.Id}";',
          'return Results.StatusCode(StatusCodes.Status303SeeOther);',
        ],
      },
      nginx: {
        lines: ['location = /subscribe {', '    return 303 /thanks.html;', '}'],
        note: {
          en: 'Usually the app sends 303 once it has handled the POST; nginx can only answer a fixed form target this way.',
          ko: '보통은 앱이 POST를 처리한 뒤 303을 보내며, nginx로는 이렇게 고정된 폼 대상에만 응답할 수 있습니다.',
        },
      },
    },
  },
  {
    code: 304,
    snippets: {
      wire: {
        lines: ['HTTP/1.1 304 Not Modified', 'ETag: "33a64df5"', 'Cache-Control: max-age=60'],
      },
      express: {
        lines: [
          "res.set('ETag', etag);",
          'if (req.fresh) return res.sendStatus(304);',
          'res.json(doc);',
        ],
        note: {
          en: 'res.send and res.json already add an ETag and answer 304 when the request’s If-None-Match still matches.',
          ko: 'res.send와 res.json은 ETag를 직접 붙이고, 요청의 If-None-Match가 여전히 맞으면 304로 알아서 응답합니다.',
        },
      },
      spring: {
        lines: ['return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();'],
        note: {
          en: 'WebRequest.checkNotModified(etag) or ShallowEtagHeaderFilter lets Spring answer 304 for you.',
          ko: 'WebRequest.checkNotModified(etag)나 ShallowEtagHeaderFilter를 쓰면 Spring이 304로 대신 응답합니다.',
        },
      },
      django: {
        lines: ['return HttpResponseNotModified()'],
        note: {
          en: 'The @etag and @condition decorators, or ConditionalGetMiddleware, answer 304 for you.',
          ko: '@etag, @condition 데코레이터나 ConditionalGetMiddleware를 쓰면 304로 대신 응답합니다.',
        },
      },
      fastapi: {
        lines: [
          'if request.headers.get("if-none-match") == etag:',
          '    return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers={"ETag": etag})',
        ],
      },
      go: {
        lines: [
          'if r.Header.Get("If-None-Match") == etag {',
          '    w.WriteHeader(http.StatusNotModified)',
          '    return',
          '}',
        ],
        note: {
          en: 'http.ServeContent compares If-None-Match and If-Modified-Since and answers 304 itself.',
          ko: 'http.ServeContent는 If-None-Match와 If-Modified-Since를 비교해 304로 알아서 응답합니다.',
        },
      },
      aspnet: {
        lines: ['return Results.StatusCode(StatusCodes.Status304NotModified);'],
        note: {
          en: 'Results.File with lastModified or entityTag answers conditional requests with 304 itself.',
          ko: 'Results.File에 lastModified나 entityTag를 넘기면 조건부 요청에 304로 알아서 응답합니다.',
        },
      },
      nginx: {
        lines: ['location /static/ {', '    etag on;', '    if_modified_since exact;', '}'],
        note: {
          en: 'For static files nginx compares the validators and answers 304 by itself.',
          ko: '정적 파일이라면 nginx가 검사기를 비교해 304로 알아서 응답합니다.',
        },
      },
    },
  },
  {
    code: 307,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 307 Temporary Redirect',
          'Location: https://eu.api.example.com/v1/uploads',
        ],
      },
      express: { lines: ["res.redirect(307, 'https://eu.api.example.com/v1/uploads');"] },
      spring: {
        lines: [
          'return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT)',
          '        .location(URI.create("https://eu.api.example.com/v1/uploads"))',
          '        .build();',
        ],
      },
      django: {
        lines: ['return HttpResponseRedirect(url, preserve_request=True)'],
        note: {
          en: 'preserve_request=True (Django 5.2 and later) turns the 302 into a 307.',
          ko: 'preserve_request=True(Django 5.2 이상)를 넘기면 302 대신 307을 보냅니다.',
        },
      },
      fastapi: {
        lines: ['return RedirectResponse(url, status_code=status.HTTP_307_TEMPORARY_REDIRECT)'],
        note: {
          en: '307 is RedirectResponse’s default; naming it keeps the intent visible.',
          ko: '307은 RedirectResponse의 기본값이지만, 명시해 두면 의도가 드러납니다.',
        },
      },
      go: { lines: ['http.Redirect(w, r, url, http.StatusTemporaryRedirect)'] },
      aspnet: { lines: ['return Results.Redirect(url, permanent: false, preserveMethod: true);'] },
      nginx: {
        lines: [
          'location /v1/uploads {',
          '    return 307 https://eu.api.example.com$request_uri;',
          '}',
        ],
      },
    },
  },
  {
    code: 308,
    snippets: {
      wire: {
        lines: ['HTTP/1.1 308 Permanent Redirect', 'Location: https://api.example.com/v2/orders'],
      },
      express: { lines: ["res.redirect(308, 'https://api.example.com/v2/orders');"] },
      spring: {
        lines: [
          'return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)',
          '        .location(URI.create("https://api.example.com/v2/orders"))',
          '        .build();',
        ],
      },
      django: {
        lines: ['return HttpResponsePermanentRedirect(url, preserve_request=True)'],
        note: {
          en: 'preserve_request=True (Django 5.2 and later) turns the 301 into a 308.',
          ko: 'preserve_request=True(Django 5.2 이상)를 넘기면 301 대신 308을 보냅니다.',
        },
      },
      fastapi: {
        lines: ['return RedirectResponse(url, status_code=status.HTTP_308_PERMANENT_REDIRECT)'],
      },
      go: { lines: ['http.Redirect(w, r, url, http.StatusPermanentRedirect)'] },
      aspnet: { lines: ['return Results.Redirect(url, permanent: true, preserveMethod: true);'] },
      nginx: { lines: ['location ~ ^/v1/(.*)$ {', '    return 308 /v2/$1$is_args$args;', '}'] },
    },
  },
  {
    code: 400,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 400 Bad Request',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Bad Request","status":400,"detail":"Body is not valid JSON"}',
        ],
      },
      express: { lines: ["res.status(400).json({ error: 'Body is not valid JSON' });"] },
      spring: {
        lines: [
          'ProblemDetail problem = ProblemDetail.forStatusAndDetail(',
          '        HttpStatus.BAD_REQUEST, "Body is not valid JSON");',
          'return ResponseEntity.of(problem).build();',
        ],
      },
      django: { lines: ['return HttpResponseBadRequest("Body is not valid JSON")'] },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_400_BAD_REQUEST,',
          '                    detail="Body is not valid JSON")',
        ],
      },
      go: { lines: ['http.Error(w, "body is not valid JSON", http.StatusBadRequest)'] },
      aspnet: { lines: ['return Results.BadRequest(new { error = "Body is not valid JSON" });'] },
      nginx: {
        lines: ['if ($arg_page !~ "^[0-9]*$") {', '    return 400;', '}'],
        note: {
          en: 'nginx also answers 400 by itself to a malformed request line or header.',
          ko: '요청 줄이나 헤더의 형식이 잘못되었을 때도 nginx가 400으로 알아서 응답합니다.',
        },
      },
    },
  },
  {
    code: 401,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 401 Unauthorized',
          'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Unauthorized","status":401}',
        ],
      },
      express: { lines: ["res.set('WWW-Authenticate', 'Bearer realm=\"api\"').sendStatus(401);"] },
      spring: {
        lines: [
          'return ResponseEntity.status(HttpStatus.UNAUTHORIZED)',
          '        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\"")',
          '        .build();',
        ],
        note: {
          en: 'With Spring Security, its authentication entry point sends this response for you.',
          ko: 'Spring Security를 쓰면 인증 진입점(AuthenticationEntryPoint)이 이 응답을 대신 보냅니다.',
        },
      },
      django: {
        lines: [
          'response = HttpResponse(status=401)',
          'response["WWW-Authenticate"] = \'Bearer realm="api"\'',
          'return response',
        ],
      },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED,',
          '                    headers={"WWW-Authenticate": "Bearer"})',
        ],
      },
      go: {
        lines: [
          'w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)',
          'http.Error(w, "unauthorized", http.StatusUnauthorized)',
        ],
      },
      aspnet: {
        lines: ['return Results.Challenge();'],
        note: {
          en: 'Challenge lets the authentication handler write WWW-Authenticate; Results.Unauthorized() sends a bare 401 without it.',
          ko: 'Challenge는 인증 핸들러가 WWW-Authenticate를 채우게 하고, Results.Unauthorized()는 이 헤더 없이 401만 보냅니다.',
        },
      },
      nginx: {
        lines: [
          'location /admin/ {',
          '    auth_basic "Admin area";',
          '    auth_basic_user_file /etc/nginx/htpasswd;',
          '}',
        ],
      },
    },
  },
  {
    code: 403,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 403 Forbidden',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Forbidden","status":403,"detail":"Only owners may delete a project"}',
        ],
      },
      express: { lines: ["res.status(403).json({ error: 'Only owners may delete a project' });"] },
      spring: {
        lines: [
          'throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only owners may delete a project");',
        ],
      },
      django: {
        lines: [
          'from django.core.exceptions import PermissionDenied',
          'if project.owner != request.user:',
          '    raise PermissionDenied',
        ],
      },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_403_FORBIDDEN,',
          '                    detail="Only owners may delete a project")',
        ],
      },
      go: { lines: ['http.Error(w, "only owners may delete a project", http.StatusForbidden)'] },
      aspnet: {
        lines: ['return Results.Forbid();'],
        note: {
          en: 'With cookie authentication, Forbid redirects to the access-denied page instead of sending 403.',
          ko: '쿠키 인증에서는 Forbid가 403 대신 접근 거부 페이지로 리다이렉트합니다.',
        },
      },
      nginx: { lines: ['location /internal/ {', '    allow 10.0.0.0/8;', '    deny all;', '}'] },
    },
  },
  {
    code: 404,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 404 Not Found',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Not Found","status":404,"detail":"No order 42"}',
        ],
      },
      express: { lines: ['res.status(404).json({ error: `No order ${req.params.id}` });'] },
      spring: {
        lines: ['throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + id);'],
      },
      django: { lines: ['order = get_object_or_404(Order, pk=pk)'] },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_404_NOT_FOUND,',
          '                    detail=f"No order {order_id}")',
        ],
      },
      go: { lines: ['http.NotFound(w, r)'] },
      aspnet: { lines: ['if (order is null) return Results.NotFound();'] },
      nginx: { lines: ['location / {', '    try_files $uri $uri/ =404;', '}'] },
    },
  },
  {
    code: 405,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 405 Method Not Allowed',
          'Allow: GET, HEAD',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Method Not Allowed","status":405}',
        ],
      },
      express: { lines: ["res.set('Allow', 'GET, HEAD').sendStatus(405);"] },
      spring: {
        lines: [
          'return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)',
          '        .allow(HttpMethod.GET, HttpMethod.HEAD)',
          '        .build();',
        ],
        note: {
          en: 'Spring MVC already answers 405 with Allow when no handler maps the method.',
          ko: '메서드에 맞는 핸들러가 없으면 Spring MVC가 Allow를 붙여 405로 알아서 응답합니다.',
        },
      },
      django: {
        lines: ['return HttpResponseNotAllowed(["GET", "HEAD"])'],
        note: {
          en: 'The @require_http_methods decorator sends this response for you.',
          ko: '@require_http_methods 데코레이터를 쓰면 이 응답을 대신 보냅니다.',
        },
      },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_405_METHOD_NOT_ALLOWED,',
          '                    headers={"Allow": "GET, HEAD"})',
        ],
        note: {
          en: 'The router already answers 405 with Allow when a path exists for other methods only.',
          ko: '경로가 다른 메서드로만 등록되어 있으면 라우터가 Allow를 붙여 405로 알아서 응답합니다.',
        },
      },
      go: {
        lines: [
          'w.Header().Set("Allow", "GET, HEAD")',
          'http.Error(w, "method not allowed", http.StatusMethodNotAllowed)',
        ],
        note: {
          en: 'Since Go 1.22, a ServeMux pattern with a method ("GET /items") answers 405 with Allow by itself.',
          ko: 'Go 1.22부터는 메서드를 넣은 ServeMux 패턴("GET /items")이 Allow를 붙여 405로 알아서 응답합니다.',
        },
      },
      aspnet: {
        lines: [
          'http.Response.Headers.Allow = "GET, HEAD";',
          'return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);',
        ],
        note: {
          en: 'Routing already answers 405 when a path is mapped for other methods only.',
          ko: '경로가 다른 메서드로만 매핑되어 있으면 라우팅이 405로 알아서 응답합니다.',
        },
      },
      nginx: {
        lines: [
          'location /reports/ {',
          '    if ($request_method !~ ^(GET|HEAD)$) {',
          '        add_header Allow "GET, HEAD" always;',
          '        return 405;',
          '    }',
          '}',
        ],
      },
    },
  },
  {
    code: 406,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 406 Not Acceptable',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Not Acceptable","status":406,"detail":"Available: application/json, text/csv"}',
        ],
      },
      express: {
        lines: ["if (!req.accepts(['json', 'csv'])) return res.sendStatus(406);"],
        note: {
          en: 'res.format answers 406 by itself when none of its types is acceptable.',
          ko: 'res.format은 받아들일 수 있는 타입이 하나도 없으면 406으로 알아서 응답합니다.',
        },
      },
      spring: {
        lines: ['return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();'],
        note: {
          en: 'Spring answers 406 itself when no message converter can write a type the client accepts.',
          ko: '클라이언트가 받는 타입으로 쓸 수 있는 메시지 컨버터가 없으면 Spring이 406으로 알아서 응답합니다.',
        },
      },
      django: {
        lines: ['from rest_framework.exceptions import NotAcceptable', 'raise NotAcceptable()'],
        note: {
          en: 'Django REST framework’s content negotiation raises NotAcceptable for you when no renderer fits.',
          ko: 'Django REST framework는 맞는 렌더러가 없으면 콘텐츠 협상 단계에서 NotAcceptable을 대신 일으킵니다.',
        },
      },
      fastapi: {
        lines: [
          'accept = request.headers.get("accept", "*/*")',
          'if "application/json" not in accept and "*/*" not in accept:',
          '    raise HTTPException(status_code=status.HTTP_406_NOT_ACCEPTABLE)',
        ],
      },
      go: {
        lines: [
          'if !acceptsJSON(r.Header.Get("Accept")) {',
          '    http.Error(w, "only application/json is available", http.StatusNotAcceptable)',
          '    return',
          '}',
        ],
      },
      aspnet: {
        lines: ['return Results.StatusCode(StatusCodes.Status406NotAcceptable);'],
        note: {
          en: 'MVC controllers answer 406 themselves once MvcOptions.ReturnHttpNotAcceptable is true.',
          ko: 'MVC 컨트롤러는 MvcOptions.ReturnHttpNotAcceptable을 true로 두면 406으로 알아서 응답합니다.',
        },
      },
      nginx: {
        lines: ['if ($http_accept ~* "^application/xml") {', '    return 406;', '}'],
        note: {
          en: 'nginx does not negotiate content: this only turns away a client that asks for a type the API never sends.',
          ko: 'nginx는 콘텐츠 협상을 하지 않으므로, 이 설정은 API가 보내지 않는 타입을 요구하는 클라이언트만 돌려보냅니다.',
        },
      },
    },
  },
  {
    code: 409,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 409 Conflict',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Conflict","status":409,"detail":"Email already registered"}',
        ],
      },
      express: { lines: ["res.status(409).json({ error: 'Email already registered' });"] },
      spring: {
        lines: [
          'throw new ResponseStatusException(HttpStatus.CONFLICT, "Email already registered");',
        ],
      },
      django: {
        lines: [
          'from rest_framework import status',
          'return Response({"detail": "Email already registered"},',
          '                status=status.HTTP_409_CONFLICT)',
        ],
      },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_409_CONFLICT,',
          '                    detail="Email already registered")',
        ],
      },
      go: { lines: ['http.Error(w, "email already registered", http.StatusConflict)'] },
      aspnet: { lines: ['return Results.Conflict(new { error = "Email already registered" });'] },
      nginx: {
        lines: ['location /webdav/ {', '    dav_methods PUT DELETE MKCOL COPY MOVE;', '}'],
        note: {
          en: 'nginx sends 409 only as a WebDAV server, for example MKCOL under a missing folder; conflicts in your data come from the app.',
          ko: 'nginx는 WebDAV 서버일 때만 409를 보내며(예: 없는 폴더 아래의 MKCOL), 데이터 충돌은 앱이 알립니다.',
        },
      },
    },
  },
  {
    code: 410,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 410 Gone',
          'Content-Type: text/html; charset=utf-8',
          '',
          '<p>This campaign has ended.</p>',
        ],
      },
      express: { lines: ["res.status(410).send('<p>This campaign has ended.</p>');"] },
      spring: {
        lines: ['throw new ResponseStatusException(HttpStatus.GONE, "This campaign has ended");'],
      },
      django: { lines: ['return HttpResponseGone("<p>This campaign has ended.</p>")'] },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_410_GONE,',
          '                    detail="This campaign has ended")',
        ],
      },
      go: { lines: ['http.Error(w, "this campaign has ended", http.StatusGone)'] },
      aspnet: { lines: ['return Results.StatusCode(StatusCodes.Status410Gone);'] },
      nginx: { lines: ['location /spring-sale/ {', '    return 410;', '}'] },
    },
  },
  {
    code: 412,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 412 Precondition Failed',
          'ETag: "v9"',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Precondition Failed","status":412}',
        ],
      },
      express: {
        lines: [
          "if (req.get('If-Match') !== doc.etag) {",
          "  return res.status(412).json({ error: 'Changed since you read it' });",
          '}',
        ],
      },
      spring: {
        lines: [
          'if (!etag.equals(ifMatch)) {',
          '    return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(etag).build();',
          '}',
        ],
      },
      django: {
        lines: [
          'if request.headers.get("If-Match") != current_etag:',
          '    return HttpResponse(status=412)',
        ],
        note: {
          en: 'The @etag and @condition decorators check If-Match on writes and answer 412 for you.',
          ko: '@etag, @condition 데코레이터는 쓰기 요청의 If-Match를 검사해 412로 대신 응답합니다.',
        },
      },
      fastapi: {
        lines: [
          'if request.headers.get("if-match") != item.etag:',
          '    raise HTTPException(status_code=status.HTTP_412_PRECONDITION_FAILED)',
        ],
      },
      go: {
        lines: [
          'if r.Header.Get("If-Match") != etag {',
          '    http.Error(w, "changed since you read it", http.StatusPreconditionFailed)',
          '    return',
          '}',
        ],
      },
      aspnet: {
        lines: [
          'if (http.Request.Headers.IfMatch != etag)',
          '    return Results.StatusCode(StatusCodes.Status412PreconditionFailed);',
        ],
      },
      nginx: {
        lines: ['location /files/ {', '    root /srv;', '    etag on;', '}'],
        note: {
          en: 'For static files nginx checks If-Match and If-Unmodified-Since and answers 412 by itself.',
          ko: '정적 파일이라면 nginx가 If-Match와 If-Unmodified-Since를 검사해 412로 알아서 응답합니다.',
        },
      },
    },
  },
  {
    code: 413,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 413 Content Too Large',
          'Connection: close',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Content Too Large","status":413,"detail":"Limit is 10 MB"}',
        ],
      },
      express: {
        lines: ["res.status(413).json({ error: 'Limit is 10 MB' });"],
        note: {
          en: 'express.json({ limit }) already rejects a larger body with a 413 error.',
          ko: 'express.json({ limit })이 한도를 넘는 본문을 413 오류로 이미 거부합니다.',
        },
      },
      spring: {
        lines: ['return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();'],
        note: {
          en: 'CONTENT_TOO_LARGE is the Spring 7 name; earlier versions call it PAYLOAD_TOO_LARGE.',
          ko: 'CONTENT_TOO_LARGE는 Spring 7의 이름이며, 이전 버전에서는 PAYLOAD_TOO_LARGE입니다.',
        },
      },
      django: {
        lines: ['return HttpResponse("Limit is 10 MB", status=413)'],
        note: {
          en: 'Django’s own DATA_UPLOAD_MAX_MEMORY_SIZE check answers 400, not 413.',
          ko: 'Django 자체의 DATA_UPLOAD_MAX_MEMORY_SIZE 검사는 413이 아니라 400으로 응답합니다.',
        },
      },
      fastapi: {
        lines: ['raise HTTPException(status_code=status.HTTP_413_CONTENT_TOO_LARGE)'],
        note: {
          en: 'Older Starlette versions name the constant HTTP_413_REQUEST_ENTITY_TOO_LARGE.',
          ko: '이전 Starlette 버전에서는 이 상수의 이름이 HTTP_413_REQUEST_ENTITY_TOO_LARGE입니다.',
        },
      },
      go: {
        lines: [
          'r.Body = http.MaxBytesReader(w, r.Body, 10<<20)',
          'if _, err := io.ReadAll(r.Body); err != nil {',
          '    http.Error(w, "limit is 10 MB", http.StatusRequestEntityTooLarge)',
          '    return',
          '}',
        ],
      },
      aspnet: {
        lines: [
          'builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 10 * 1024 * 1024);',
        ],
        note: {
          en: 'Kestrel answers 413 by itself once a body passes MaxRequestBodySize.',
          ko: '본문이 MaxRequestBodySize를 넘으면 Kestrel이 413으로 알아서 응답합니다.',
        },
      },
      nginx: {
        lines: ['client_max_body_size 10m;'],
        note: {
          en: 'nginx answers 413 by itself to a body larger than this (1 MB by default).',
          ko: '본문이 이 값(기본 1MB)보다 크면 nginx가 413으로 알아서 응답합니다.',
        },
      },
    },
  },
  {
    code: 415,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 415 Unsupported Media Type',
          'Accept-Post: application/json',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Unsupported Media Type","status":415}',
        ],
      },
      express: {
        lines: [
          "if (!req.is('application/json')) {",
          "  return res.set('Accept-Post', 'application/json').sendStatus(415);",
          '}',
        ],
      },
      spring: {
        lines: ['return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).build();'],
        note: {
          en: 'Spring answers 415 itself when no converter reads the request’s Content-Type into the @RequestBody.',
          ko: '요청의 Content-Type을 @RequestBody로 읽을 컨버터가 없으면 Spring이 415로 알아서 응답합니다.',
        },
      },
      django: {
        lines: [
          'from rest_framework.exceptions import UnsupportedMediaType',
          'raise UnsupportedMediaType(request.content_type)',
        ],
        note: {
          en: 'Django REST framework raises it for you when no parser accepts the Content-Type.',
          ko: 'Content-Type을 받는 파서가 없으면 Django REST framework가 대신 일으킵니다.',
        },
      },
      fastapi: {
        lines: [
          'if request.headers.get("content-type") != "application/json":',
          '    raise HTTPException(status_code=status.HTTP_415_UNSUPPORTED_MEDIA_TYPE)',
        ],
      },
      go: {
        lines: [
          'if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {',
          '    http.Error(w, "send application/json", http.StatusUnsupportedMediaType)',
          '    return',
          '}',
        ],
      },
      aspnet: {
        lines: ['return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);'],
        note: {
          en: 'A minimal API with a JSON body parameter answers 415 itself to any other Content-Type.',
          ko: 'JSON 본문 파라미터가 있는 minimal API는 다른 Content-Type에 415로 알아서 응답합니다.',
        },
      },
      nginx: {
        lines: ['if ($content_type !~ "^application/json") {', '    return 415;', '}'],
        note: {
          en: 'Put it only in a location that takes JSON bodies, since a GET carries no Content-Type.',
          ko: 'GET 요청에는 Content-Type이 없으므로, JSON 본문을 받는 location에만 넣습니다.',
        },
      },
    },
  },
  {
    code: 422,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 422 Unprocessable Content',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Unprocessable Content","status":422,"errors":{"email":"not an email address"}}',
        ],
      },
      express: { lines: ["res.status(422).json({ errors: { email: 'not an email address' } });"] },
      spring: {
        lines: ['return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(errors);'],
        note: {
          en: 'UNPROCESSABLE_CONTENT is the Spring 7 name (earlier UNPROCESSABLE_ENTITY); failed @Valid checks answer 400 by default.',
          ko: 'UNPROCESSABLE_CONTENT는 Spring 7의 이름(이전에는 UNPROCESSABLE_ENTITY)이며, @Valid 검증 실패는 기본적으로 400으로 응답합니다.',
        },
      },
      django: {
        lines: [
          'from rest_framework import status',
          'return Response(serializer.errors,',
          '                status=status.HTTP_422_UNPROCESSABLE_ENTITY)',
        ],
        note: {
          en: 'Django REST framework answers 400 to a failed is_valid(raise_exception=True); send 422 yourself if your API chose it.',
          ko: 'Django REST framework는 is_valid(raise_exception=True)가 실패하면 400으로 응답하므로, API에서 422를 쓰기로 했다면 직접 보냅니다.',
        },
      },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,',
          '                    detail={"email": "not an email address"})',
        ],
        note: {
          en: 'FastAPI already answers 422 when a request fails validation; older Starlette names the constant HTTP_422_UNPROCESSABLE_ENTITY.',
          ko: 'FastAPI는 요청이 검증에 실패하면 이미 422로 응답하며, 이전 Starlette에서는 상수 이름이 HTTP_422_UNPROCESSABLE_ENTITY입니다.',
        },
      },
      go: {
        lines: [
          'w.Header().Set("Content-Type", "application/problem+json")',
          'w.WriteHeader(http.StatusUnprocessableEntity)',
          'json.NewEncoder(w).Encode(problem)',
        ],
      },
      aspnet: { lines: ['return Results.UnprocessableEntity(errors);'] },
      nginx: {
        lines: ['location /api/ {', '    proxy_pass http://app;', '}'],
        note: {
          en: 'nginx never judges a body’s meaning: the app sends 422 and nginx passes it on unchanged.',
          ko: 'nginx는 본문의 의미를 판단하지 않으므로, 앱이 보낸 422를 그대로 전달합니다.',
        },
      },
    },
  },
  {
    code: 428,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 428 Precondition Required',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Precondition Required","status":428,"detail":"Send If-Match with the ETag you read"}',
        ],
      },
      express: {
        lines: [
          "if (!req.get('If-Match')) {",
          "  return res.status(428).json({ error: 'Send If-Match with the ETag you read' });",
          '}',
        ],
      },
      spring: {
        lines: [
          'if (ifMatch == null) {',
          '    return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).build();',
          '}',
        ],
      },
      django: {
        lines: [
          'from rest_framework import status',
          'if "If-Match" not in request.headers:',
          '    return Response({"detail": "Send If-Match with the ETag you read"},',
          '                    status=status.HTTP_428_PRECONDITION_REQUIRED)',
        ],
      },
      fastapi: {
        lines: [
          'if "if-match" not in request.headers:',
          '    raise HTTPException(status_code=status.HTTP_428_PRECONDITION_REQUIRED)',
        ],
      },
      go: {
        lines: [
          'if r.Header.Get("If-Match") == "" {',
          '    http.Error(w, "send If-Match", http.StatusPreconditionRequired)',
          '    return',
          '}',
        ],
      },
      aspnet: {
        lines: [
          'if (string.IsNullOrEmpty(http.Request.Headers.IfMatch))',
          '    return Results.StatusCode(StatusCodes.Status428PreconditionRequired);',
        ],
      },
      nginx: {
        lines: [
          'map "$request_method:$http_if_match" $missing_if_match {',
          '    "~^(PUT|PATCH|DELETE):$" 1;',
          '}',
          '# in the server or location:',
          'if ($missing_if_match) { return 428; }',
        ],
      },
    },
  },
  {
    code: 429,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 429 Too Many Requests',
          'Retry-After: 120',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Too Many Requests","status":429,"detail":"Limit is 100 requests a minute"}',
        ],
      },
      express: {
        lines: ["res.set('Retry-After', '120').status(429).json({ error: 'rate_limited' });"],
      },
      spring: {
        lines: [
          'return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)',
          '        .header(HttpHeaders.RETRY_AFTER, "120")',
          '        .build();',
        ],
      },
      django: {
        lines: ['from rest_framework.exceptions import Throttled', 'raise Throttled(wait=120)'],
        note: {
          en: 'Django REST framework’s throttle classes raise Throttled for you, and it sets Retry-After from wait.',
          ko: 'Django REST framework의 스로틀 클래스가 Throttled를 대신 일으키며, wait 값으로 Retry-After를 채웁니다.',
        },
      },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_429_TOO_MANY_REQUESTS,',
          '                    headers={"Retry-After": "120"})',
        ],
      },
      go: {
        lines: [
          'w.Header().Set("Retry-After", "120")',
          'http.Error(w, "too many requests", http.StatusTooManyRequests)',
        ],
      },
      aspnet: {
        lines: [
          'builder.Services.AddRateLimiter(options =>',
          '    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests);',
        ],
        note: {
          en: 'Without this line the rate limiter rejects with 503; set Retry-After in its OnRejected callback.',
          ko: '이 줄이 없으면 요청 한도 미들웨어는 503으로 거부하며, Retry-After는 OnRejected 콜백에서 붙입니다.',
        },
      },
      nginx: {
        lines: [
          'limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;',
          'limit_req zone=api burst=20 nodelay;',
          'limit_req_status 429;',
        ],
        note: {
          en: 'Without limit_req_status nginx rejects with 503, and it never adds Retry-After.',
          ko: 'limit_req_status가 없으면 nginx는 503으로 거부하며, Retry-After는 붙이지 않습니다.',
        },
      },
    },
  },
  {
    code: 500,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 500 Internal Server Error',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Internal Server Error","status":500}',
        ],
      },
      express: {
        lines: [
          'app.use((err, req, res, next) => {',
          '  console.error(err);',
          "  res.status(500).json({ error: 'Internal Server Error' });",
          '});',
        ],
      },
      spring: {
        lines: ['return ResponseEntity.internalServerError().build();'],
        note: {
          en: 'An exception no handler catches already becomes a 500 through Spring’s error handling.',
          ko: '어느 핸들러도 잡지 않은 예외는 Spring의 오류 처리를 거쳐 이미 500이 됩니다.',
        },
      },
      django: {
        lines: ['return HttpResponseServerError()'],
        note: {
          en: 'An uncaught exception already reaches handler500, which sends 500.',
          ko: '잡히지 않은 예외는 이미 handler500으로 넘어가 500으로 응답합니다.',
        },
      },
      fastapi: {
        lines: [
          'return JSONResponse({"error": "Internal Server Error"},',
          '                    status_code=status.HTTP_500_INTERNAL_SERVER_ERROR)',
        ],
      },
      go: {
        lines: [
          'log.Printf("export failed: %v", err)',
          'http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)',
        ],
      },
      aspnet: {
        lines: ['return Results.Problem(statusCode: StatusCodes.Status500InternalServerError);'],
      },
      nginx: {
        lines: ['error_page 500 /50x.html;'],
        note: {
          en: 'nginx rarely sends 500 itself (a rewrite loop, for one); usually it relays the app’s.',
          ko: 'nginx가 직접 500을 보내는 일은 드물고(예: 재작성 루프), 대개 앱이 보낸 500을 전달합니다.',
        },
      },
    },
  },
  {
    code: 501,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 501 Not Implemented',
          'Content-Type: application/problem+json',
          '',
          '{"title":"Not Implemented","status":501,"detail":"PROPFIND is not supported"}',
        ],
      },
      express: {
        lines: [
          "if (!['GET', 'HEAD', 'POST'].includes(req.method)) {",
          '  return res.sendStatus(501);',
          '}',
        ],
      },
      spring: { lines: ['return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED).build();'] },
      django: { lines: ['return HttpResponse(status=501)'] },
      fastapi: { lines: ['raise HTTPException(status_code=status.HTTP_501_NOT_IMPLEMENTED)'] },
      go: { lines: ['http.Error(w, "not implemented", http.StatusNotImplemented)'] },
      aspnet: { lines: ['return Results.StatusCode(StatusCodes.Status501NotImplemented);'] },
      nginx: { lines: ['if ($request_method = PROPFIND) {', '    return 501;', '}'] },
    },
  },
  {
    code: 502,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 502 Bad Gateway',
          'Content-Type: text/html',
          '',
          '<h1>502 Bad Gateway</h1>',
        ],
      },
      express: {
        lines: [
          'const upstream = await fetch(RATES_URL).catch(() => null);',
          "if (!upstream) return res.status(502).json({ error: 'Rates service unreachable' });",
        ],
      },
      spring: {
        lines: [
          'try {',
          '    quote = rates.fetchQuote(pair);',
          '} catch (RestClientException e) {',
          '    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();',
          '}',
        ],
      },
      django: {
        lines: [
          'try:',
          '    upstream = requests.get(RATES_URL, timeout=5)',
          'except requests.ConnectionError:',
          '    return HttpResponse(status=502)',
        ],
      },
      fastapi: {
        lines: [
          'try:',
          '    upstream = await client.get(RATES_URL)',
          'except httpx.ConnectError:',
          '    raise HTTPException(status_code=status.HTTP_502_BAD_GATEWAY)',
        ],
      },
      go: {
        lines: [
          'proxy := httputil.NewSingleHostReverseProxy(target)',
          'proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {',
          '    http.Error(w, "upstream unreachable", http.StatusBadGateway)',
          '}',
        ],
      },
      aspnet: {
        lines: [
          'try { quote = await rates.GetFromJsonAsync<Quote>(url); }',
          'catch (HttpRequestException) { return Results.StatusCode(StatusCodes.Status502BadGateway); }',
        ],
      },
      nginx: {
        lines: ['location /api/ {', '    proxy_pass http://app;', '}', 'error_page 502 /502.html;'],
        note: {
          en: 'nginx sends 502 itself when the upstream refuses the connection or answers with something that is not HTTP.',
          ko: '업스트림 서버가 연결을 거부하거나 HTTP가 아닌 응답을 보내면 nginx가 502로 알아서 응답합니다.',
        },
      },
    },
  },
  {
    code: 503,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 503 Service Unavailable',
          'Retry-After: 300',
          'Content-Type: text/html; charset=utf-8',
          '',
          '<p>Back in five minutes.</p>',
        ],
      },
      express: {
        lines: ["res.set('Retry-After', '300').status(503).send('<p>Back in five minutes.</p>');"],
      },
      spring: {
        lines: [
          'return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)',
          '        .header(HttpHeaders.RETRY_AFTER, "300")',
          '        .build();',
        ],
      },
      django: {
        lines: [
          'response = HttpResponse("<p>Back in five minutes.</p>", status=503)',
          'response["Retry-After"] = "300"',
          'return response',
        ],
      },
      fastapi: {
        lines: [
          'raise HTTPException(status_code=status.HTTP_503_SERVICE_UNAVAILABLE,',
          '                    headers={"Retry-After": "300"})',
        ],
      },
      go: {
        lines: [
          'w.Header().Set("Retry-After", "300")',
          'http.Error(w, "back in five minutes", http.StatusServiceUnavailable)',
        ],
      },
      aspnet: {
        lines: [
          'http.Response.Headers.RetryAfter = "300";',
          'return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);',
        ],
      },
      nginx: {
        lines: [
          'if (-f /srv/maintenance.on) { return 503; }',
          'error_page 503 @maintenance;',
          'location @maintenance {',
          '    add_header Retry-After 300 always;',
          '    rewrite ^ /maintenance.html break;',
          '}',
        ],
      },
    },
  },
  {
    code: 504,
    snippets: {
      wire: {
        lines: [
          'HTTP/1.1 504 Gateway Timeout',
          'Content-Type: text/html',
          '',
          '<h1>504 Gateway Timeout</h1>',
        ],
      },
      express: {
        lines: [
          'try {',
          '  await fetch(RATES_URL, { signal: AbortSignal.timeout(5000) });',
          '} catch (err) {',
          "  if (err.name === 'TimeoutError') return res.sendStatus(504);",
          '  throw err;',
          '}',
        ],
      },
      spring: {
        lines: [
          'try {',
          '    quote = rates.fetchQuote(pair);',
          '} catch (ResourceAccessException timedOut) {',
          '    return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).build();',
          '}',
        ],
      },
      django: {
        lines: [
          'try:',
          '    upstream = requests.get(RATES_URL, timeout=5)',
          'except requests.Timeout:',
          '    return HttpResponse(status=504)',
        ],
      },
      fastapi: {
        lines: [
          'try:',
          '    upstream = await client.get(RATES_URL, timeout=5)',
          'except httpx.TimeoutException:',
          '    raise HTTPException(status_code=status.HTTP_504_GATEWAY_TIMEOUT)',
        ],
      },
      go: {
        lines: [
          'ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)',
          'defer cancel()',
          'if _, err := client.Do(req.WithContext(ctx)); errors.Is(err, context.DeadlineExceeded) {',
          '    http.Error(w, "upstream timed out", http.StatusGatewayTimeout)',
          '    return',
          '}',
        ],
      },
      aspnet: {
        lines: [
          'try { quote = await rates.GetFromJsonAsync<Quote>(url); }',
          'catch (TaskCanceledException) { return Results.StatusCode(StatusCodes.Status504GatewayTimeout); }',
        ],
      },
      nginx: {
        lines: [
          'location /api/ {',
          '    proxy_pass http://app;',
          '    proxy_read_timeout 30s;',
          '}',
        ],
        note: {
          en: 'nginx sends 504 itself when the upstream says nothing within proxy_read_timeout (60 s by default).',
          ko: '업스트림 서버가 proxy_read_timeout(기본 60초) 안에 응답하지 않으면 nginx가 504로 알아서 응답합니다.',
        },
      },
    },
  },
];
