"""A Mozilla HTTP Observatory (v2, 2024) score computed from one response's headers.

Scoring rules of https://github.com/mozilla/http-observatory/blob/main/httpobs/docs/scoring.md for the
tests that depend on headers only: CSP, cookies, HSTS, Referrer-Policy, X-Content-Type-Options,
X-Frame-Options (or CSP frame-ancestors) and Cross-Origin-Resource-Policy. Every site starts at 100;
bonuses count only when the score without them is at least 90.
"""

from http.cookies import SimpleCookie

SIX_MONTHS = 15768000
UNSAFE_SCRIPT_SOURCES = {"'unsafe-inline'", "data:", "*", "http:", "https:"}
PRIVATE_REFERRER_POLICIES = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
UNSAFE_REFERRER_POLICIES = {"origin", "origin-when-cross-origin", "unsafe-url"}
KNOWN_REFERRER_POLICIES = PRIVATE_REFERRER_POLICIES | UNSAFE_REFERRER_POLICIES | {"no-referrer-when-downgrade"}
SESSION_COOKIE_MARKERS = ("login", "sess")  # how the Observatory tells a session cookie


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives.setdefault(words[0].lower(), words[1:])
    return directives


def effective(directives, name):
    return directives.get(name, directives.get("default-src"))


def csp_modifier(header):
    if not header:
        return "csp-not-implemented", -25
    directives = parse_csp(header)
    scripts = effective(directives, "script-src")
    styles = effective(directives, "style-src")
    objects = effective(directives, "object-src")
    if scripts is None or objects is None or UNSAFE_SCRIPT_SOURCES & set(scripts) or {"*", "data:"} & set(objects):
        return "csp-implemented-with-unsafe-inline", -20
    if "'unsafe-eval'" in scripts:
        return "csp-implemented-with-unsafe-eval", -10
    if any(source.startswith("http:") for sources in directives.values() for source in sources):
        return "csp-implemented-with-insecure-scheme", -20
    if styles is None or "'unsafe-inline'" in styles:
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if directives.get("default-src") == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 0


def cookies_modifier(set_cookie_headers, hsts):
    cookies = SimpleCookie()
    for header in set_cookie_headers:
        cookies.load(header)
    if not cookies:
        return "cookies-not-found", 0
    for name, morsel in cookies.items():
        session = any(marker in name.lower() for marker in SESSION_COOKIE_MARKERS)
        if session and not morsel["httponly"]:
            return "cookies-session-without-httponly-flag", -30
        if "csrf" in name.lower() and not morsel["samesite"]:
            return "cookies-anticsrf-without-samesite-flag", -20
        if not morsel["secure"]:
            if session:
                return ("cookies-session-without-secure-flag-but-protected-by-hsts", -10) if hsts else ("cookies-session-without-secure-flag", -40)
            return ("cookies-without-secure-flag-but-protected-by-hsts", -5) if hsts else ("cookies-without-secure-flag", -20)
        if morsel["samesite"] and morsel["samesite"].lower() not in {"strict", "lax", "none"}:
            return "cookies-samesite-flag-invalid", -20
    if all(morsel["samesite"] for morsel in cookies.values()):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def hsts_modifier(header):
    if not header:
        return "hsts-not-implemented", -20
    values = dict(
        (part.strip().split("=", 1) + [""])[:2] for part in header.lower().split(";") if part.strip()
    )
    if not values.get("max-age", "").isdigit():
        return "hsts-header-invalid", -20
    if int(values["max-age"]) < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0  # preloading is the browsers' list, not a header


def referrer_modifier(header):
    if not header:
        return "referrer-policy-not-implemented", 0
    policies = [policy.strip().lower() for policy in header.split(",")]
    if not set(policies) <= KNOWN_REFERRER_POLICIES:
        return "referrer-policy-header-invalid", -5
    if policies[-1] in PRIVATE_REFERRER_POLICIES:
        return "referrer-policy-private", 5
    if policies[-1] in UNSAFE_REFERRER_POLICIES:
        return "referrer-policy-unsafe", -5
    return "referrer-policy-no-referrer-when-downgrade", 0


def content_type_options_modifier(header):
    if not header:
        return "x-content-type-options-not-implemented", -5
    return ("x-content-type-options-nosniff", 0) if header.strip().lower() == "nosniff" else ("x-content-type-options-header-invalid", -5)


def frame_options_modifier(header, csp_header):
    ancestors = parse_csp(csp_header or "").get("frame-ancestors")
    if ancestors and "*" not in ancestors:
        return "x-frame-options-implemented-via-csp", 5
    if not header:
        return "x-frame-options-not-implemented", -20
    if header.strip().upper() in {"DENY", "SAMEORIGIN"}:
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-header-invalid", -20


def resource_policy_modifier(header):
    if not header:
        return "corp-not-implemented", 0
    value = header.strip().lower()
    if value not in {"same-origin", "same-site", "cross-origin"}:
        return "corp-header-invalid", -5
    return f"corp-implemented-with-{value}", 0


def modifiers(response):
    headers = response.headers
    hsts = headers.get("Strict-Transport-Security", "")
    csp = headers.get("Content-Security-Policy", "")
    return dict(
        [
            csp_modifier(csp),
            cookies_modifier([morsel.OutputString() for morsel in response.cookies.values()], bool(hsts)),
            hsts_modifier(hsts),
            referrer_modifier(headers.get("Referrer-Policy", "")),
            content_type_options_modifier(headers.get("X-Content-Type-Options", "")),
            frame_options_modifier(headers.get("X-Frame-Options", ""), csp),
            resource_policy_modifier(headers.get("Cross-Origin-Resource-Policy", "")),
        ]
    )


def score(response):
    """(score, {test result: modifier}) for a Django test client response."""
    results = modifiers(response)
    penalties = sum(value for value in results.values() if value < 0)
    bonuses = sum(value for value in results.values() if value > 0)
    base = 100 + penalties
    return max(0, base + (bonuses if base >= 90 else 0)), results
