"""Security headers, the read API's CORS rules and abuse limits (operations/security.py, operations/limits.py)."""

import os

from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE

from .environment import env_list, url_origin
from .media_storage import media_origins

# Maps: any XYZ tile server; the attribution is shown on every map.
VIVAPOLIS_MAP_TILES_URL = os.environ.get(
    "VIVAPOLIS_MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
VIVAPOLIS_MAP_ATTRIBUTION = os.environ.get(
    "VIVAPOLIS_MAP_ATTRIBUTION", "© OpenStreetMap contributors"
)

# --- Security headers (operations/security.py; README, "Security"). Public pages run no inline
# script or style; the admin, whose pages do, has its own looser policy.
VIDEO_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

MAP_TILES_ORIGINS = [origin for origin in [url_origin(VIVAPOLIS_MAP_TILES_URL)] if origin]
# Images in an object store are fetched from it (or the front proxy mapping it), maybe on another origin.
MEDIA_ORIGINS = media_origins(os.environ.get("MEDIA_STORAGE_URL", "").strip(), os.environ.get("MEDIA_PUBLIC_URL", "").strip())
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MAP_TILES_ORIGINS, *MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "frame-src": VIDEO_PLAYER_ORIGINS,
        "form-action": [SELF],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail and Django admins (their own scripts set inline styles and handlers; previews are framed).
ADMIN_URL_PREFIXES = ["/admin/", "/django-admin/"]
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "https:", *MEDIA_ORIGINS],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, "https://releases.wagtail.io"],
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY = {
    **{feature: [] for feature in ["accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"]},
    "fullscreen": ["self", *VIDEO_PLAYER_ORIGINS],
    "picture-in-picture": ["self", *VIDEO_PLAYER_ORIGINS],
}
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# --- The read API (api/, README "Read API"): any site may read it from a browser, nobody may write.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# --- Contact form of fact sheets (contact/): messages kept this many days (then purge_contact_messages,
# run by the worker, deletes them), answers sent sooner than this many seconds after the form was shown
# are refused (robots), and at most this many messages per address.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
CONTACT_MIN_SECONDS = 3
CONTACT_RATE_LIMIT = "3/m"

# --- Abuse limits (operations/limits.py). Five wrong passwords lock the account, and the address,
# out of every login and page-password form for an hour.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = int(os.environ.get("LOGIN_LOCKOUT_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "operations.limits.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# The limits count visitors, not proxies: the proxies in front (their addresses or networks) are trusted to
# say in X-Forwarded-For whom they forward for (operations/client_address.py). None by default.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "")
AXES_CLIENT_IP_CALLABLE = "operations.client_address.client_address"
RATELIMIT_IP_META_KEY = "operations.client_address.client_address"
# Requests per address for the views that cost the most (URL name: rate), then a 429 page.
VIVAPOLIS_RATE_LIMITS = {
    "search:search": "30/m",
    "search:suggest": "120/m",
    "showcase:fact_sheet_pdf": "10/m",
    "showcase:booklet_pdf": "5/m",
}
