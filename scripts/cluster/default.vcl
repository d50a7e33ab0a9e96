vcl 4.1;
# The edge cache of the local cluster (scripts/cluster/cluster.sh), in front of the load balancer.
# It stores only what the site marks "Cache-Control: public" (anonymous pages, sitemap, robots.txt,
# static files), for the time the site gives (s-maxage, then max-age; stale-while-revalidate as grace),
# and forgets a page when the site sends it a PURGE (caching/front.py), from this machine only.
# /media/ is read from the S3Proxy bucket: images are public there, documents never (Wagtail's view serves them).

backend balancer {
    .host = "127.0.0.1";
    .port = "8090";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

backend media {
    .host = "127.0.0.1";
    .port = "8081";
    .connect_timeout = 2s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "PURGE is accepted from this machine only"));
        }
        # A page's address also stands for its listing pages and filters (?page=2&theme=...): a ban on the
        # path, with or without a query string. "/" (a redirect by language, never stored) stands for the
        # whole host, purged when a move or a setting changes every page (caching/front.py).
        if (req.url == "/") {
            ban("obj.http.X-Cached-Host == " + req.http.host);
        } else if (req.url ~ "\?") {
            ban("obj.http.X-Cached-Host == " + req.http.host + " && obj.http.X-Cached-Url == " + req.url);
        } else {
            ban("obj.http.X-Cached-Host == " + req.http.host + " && obj.http.X-Cached-Url ~ ^"
                + regsuball(req.url, "\.", "\\.") + "(\?|$)");
        }
        return (synth(200, "Purged"));
    }
    # Two variants of a page at most, whatever each browser lists: gzip, or plain.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    if (req.url ~ "^/media/") {
        if (req.url ~ "^/media/documents/") {
            return (synth(404, "Not found"));
        }
        set req.backend_hint = media;
        unset req.http.Cookie;
        unset req.http.Authorization;
        return (hash);
    }
    set req.backend_hint = balancer;
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)(/|$)") {
        return (pass);
    }
    # Editors and visitors with a pending message get their own pages (the same rule as caching/store.py).
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    return (hash);
}

sub vcl_backend_fetch {
    if (bereq.backend == media) {
        set bereq.url = regsub(bereq.url, "^/media/", "/vivapolis-media/");
        set bereq.http.Host = "127.0.0.1:8081";
    }
}

sub vcl_backend_response {
    if (bereq.backend == media) {
        if (beresp.status == 200) {
            set beresp.ttl = 1d;
            set beresp.http.Cache-Control = "public, max-age=86400";
            return (deliver);
        }
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    # What a ban reads (the object's own headers, so the ban lurker can clean up without requests).
    set beresp.http.X-Cached-Host = bereq.http.host;
    set beresp.http.X-Cached-Url = bereq.url;
    # Whatever the site did not mark public (redirects by language, errors, answers setting a cookie)
    # goes to the site every time.
    if (beresp.status != 200 || beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 30s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Cached-Host;
    unset resp.http.X-Cached-Url;
    if (obj.hits > 0) {
        set resp.http.X-Front-Cache = "hit";
    } else {
        set resp.http.X-Front-Cache = "miss";
    }
}
