"""The visitor's address, for the per-address limits, behind the proxies the operator trusts.

Behind Varnish and HAProxy every request reaches gunicorn from the proxy's address, so limits keyed on
``REMOTE_ADDR`` would count every visitor as one. Each proxy appends the address it received the request
from to ``X-Forwarded-For``; the visitor's address is the right-most one that is not a trusted proxy
(``TRUSTED_PROXIES``, networks). A visitor can write anything to the left of it, and none of that is
read; a request that does not come from a trusted proxy is keyed on its own address, whatever it says.
"""

import ipaddress

from django.conf import settings


def networks(entries):
    return [ipaddress.ip_network(entry.strip(), strict=False) for entry in entries if entry.strip()]


def address_in(address, allowed_networks):
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in allowed_networks)


def forwarded_for(request):
    """The addresses of ``X-Forwarded-For``, nearest proxy last."""
    return [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]


def client_address(request):
    """The right-most address of the chain peer ← proxies ← visitor that is not a trusted proxy
    (``RATELIMIT_IP_META_KEY`` of django-ratelimit, ``AXES_CLIENT_IP_CALLABLE`` of django-axes)."""
    trusted = networks(settings.TRUSTED_PROXIES)
    address = request.META.get("REMOTE_ADDR", "")
    chain = forwarded_for(request)
    while chain and address_in(address, trusted):
        candidate = chain.pop()
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            break  # a proxy wrote something that is not an address: the last proxy is as far as we can trust
        address = candidate
    return address
