vcl 4.1;
# Careerscope's front cache (Debian: apt-get install -y varnish varnish-modules). Public pages are the
# same bytes for every reader, so they are kept long (a day) and purged by tag the moment something
# they show changes: the origin sends each page's cache tags in `xkey` (lib/platform/front), and its
# tag expiries come back here as purges. `npm run cluster -- N` writes a copy of this file with the
# balancer's port filled in and runs it in front of HAProxy; for a real deployment, copy it, point the
# backend at your balancer, and start varnishd with the instances' FRONT_PURGE_SECRET in its
# environment (read below, so the secret is in no file).

import std;
import xkey;

backend balancer {
    .host = "127.0.0.1";
    .port = "${BACKEND_PORT}";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    # HAProxy answers /api/health 503 when no instance is up: then this backend is sick, and readers
    # get what is kept (grace, below) instead of an error. Lenient on purpose: HAProxy already takes
    # a dead instance out, and a sick backend makes every miss a 503, so a busy moment (a slow
    # answer or two) must not count as "every instance down" — three failures of the last five do.
    .probe = {
        .url = "/api/health";
        .interval = 2s;
        .timeout = 5s;
        .window = 5;
        .threshold = 3;
    }
}

# Purges come from the instances, with the shared secret; anything else is refused, and so is every
# purge when varnishd was started without a secret. The instances run on this machine here: with
# instances on other machines, list their (private) addresses.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers
            || std.getenv("FRONT_PURGE_SECRET") == ""
            || req.http.x-purge-secret != std.getenv("FRONT_PURGE_SECRET")) {
            return (synth(403, "Purge refused"));
        }
        # A new build's instance, starting, drops every page another build rendered: their HTML
        # names script files the new build does not have.
        if (req.http.x-build-keep) {
            if (req.http.x-build-keep !~ "^[A-Za-z0-9_-]+$") {
                return (synth(400, "x-build-keep is a build id"));
            }
            ban("obj.http.x-build != " + req.http.x-build-keep);
            return (synth(200, "Dropped every build but " + req.http.x-build-keep));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Say which tags: xkey-purge"));
        }
        set req.http.n-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-purged));
    }
    # The header is ours to set, never a client's.
    unset req.http.x-cache-pass;
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Private by address: accounts, the APIs (reader data, Payload's), the admin, preview, sign-in,
    # search (it answers from the live index, privately) and the contribute form are never kept.
    if (req.url ~ "^/(account|api|admin|preview|search)(/|\?|$)" || req.url ~ "^/salaries/contribute(/|\?|$)") {
        set req.http.x-cache-pass = "1";
        return (pass);
    }
    # Staff signed in to Payload, or in preview (draft mode), may see what readers cannot.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass)=") {
        set req.http.x-cache-pass = "1";
        return (pass);
    }
    # Public pages are the same for everyone: a reader's cookies neither split nor poison them (their
    # state loads in the browser from /api/reader/state, which is passed above).
    unset req.http.Cookie;
    # Healthy origin: a page past its lifetime is served at most 10 s while it is fetched again.
    # Origin down: whatever grace was given (6 h for tagged pages) instead of an error.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    # Passed requests (above) stay passed: nothing below applies to them.
    if (bereq.uncacheable) {
        return (deliver);
    }
    # An error while refreshing in the background keeps the stale copy rather than replacing it.
    if (bereq.is_bgfetch && beresp.status >= 500) {
        return (abandon);
    }
    # Varnish's own rules, which returning deliver below would skip: a response that sets a cookie,
    # says it is private or not to be stored, or varies on everything is someone's, never shared.
    if (beresp.http.Set-Cookie
        || beresp.ttl <= 0s
        || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
        || beresp.http.Vary == "*") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # A missing page or a redirect may change with any publish (a new career, an editor's redirect)
    # and carries no tags of its own (the origin keeps no 404): tag it with the lists every publish
    # expires (cacheTags in lib/platform/revalidate.ts), so it is purged then too.
    if ((beresp.status == 404 || (beresp.status >= 301 && beresp.status <= 308)) && !beresp.http.xkey) {
        set beresp.http.xkey = "list:roles list:articles redirects";
    }
    # Tagged pages are purged exactly, so they live long here; browsers revalidate every time. The
    # origin skips ETags behind a front (next.config.ts): each stored page gets one here, once,
    # and this cache answers If-None-Match with 304 from it.
    if (beresp.status == 200 && beresp.http.xkey) {
        set beresp.ttl = 24h;
        set beresp.grace = 6h;
        set beresp.http.Cache-Control = "public, max-age=0, must-revalidate";
        if (!beresp.http.ETag) {
            # Unique across restarts of this cache (transaction ids start again from 1).
            set beresp.http.ETag = {"""} + std.integer(time=now) + "-" + bereq.xid + {"""};
        }
    }
    return (deliver);
}

sub vcl_deliver {
    # The tags and the build are for this cache, not for readers.
    unset resp.http.xkey;
    unset resp.http.x-build;
    if (req.http.x-cache-pass) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.Via;
}
