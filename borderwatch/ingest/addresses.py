"""Which network addresses a fetch may reach, decided after DNS resolution.

A web address given to borderwatch (or found in a feed, or in a redirect)
must not make it reach into the machine it runs on or its network: loopback,
private, link-local (cloud metadata services live at 169.254.169.254),
shared (carrier-grade NAT), multicast, reserved and unspecified addresses are
refused unless the user allows private addresses (``--allow-private``).
The check runs on every address the name resolves to, and the connection is
then made to a checked address, so that a name cannot resolve to a public
address for the check and a private one for the connection.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from borderwatch.errors import FetchError, ForbiddenAddress

__all__ = ["Resolver", "forbidden_reason", "resolve_host", "checked_addresses"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
#: (host, port) -> the IP addresses it resolves to, in the order to try.
Resolver = Callable[[str, int], list[str]]


def resolve_host(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (IPv4 and IPv6), without repeats."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from None
    found: list[str] = []
    for *_, sockaddr in infos:
        address = str(sockaddr[0]).split("%", 1)[0]  # drop an IPv6 zone
        if address not in found:
            found.append(address)
    return found


def forbidden_reason(address: IPAddress) -> str | None:
    """Why ``address`` may not be fetched from, or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return forbidden_reason(address.ipv4_mapped)  # ::ffff:127.0.0.1 is loopback
    for reason, test in (
        ("loopback", address.is_loopback),
        ("link-local, where metadata services live", address.is_link_local),
        ("a private network", address.is_private),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("not globally routable", not address.is_global),
    ):
        if test:
            return reason
    return None


def checked_addresses(
    host: str, port: int, allow_private: bool, resolve: Resolver = resolve_host
) -> list[str]:
    """The addresses to connect to for ``host``; ForbiddenAddress if any is not
    public and private addresses are not allowed."""
    addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"{host} resolves to no address")
    if allow_private:
        return addresses
    for text in addresses:
        reason = forbidden_reason(ipaddress.ip_address(text))
        if reason is not None:
            raise ForbiddenAddress(
                f"{host} resolves to {text} ({reason}): refused (--allow-private allows it)"
            )
    return addresses
