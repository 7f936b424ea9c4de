"""Where ``briefings add`` may connect: the address policy and HTTP(S) connections that obey it.

A host is resolved once; every address it resolves to is checked against a :data:`Policy`, and
the socket is connected to a checked address, never to the name again (no DNS-rebinding gap
between the check and the connection). TLS still sends the host name (SNI) and verifies the
certificate against it, and the ``Host`` header still names it.

Numeric spellings of IPv4 addresses that resolvers and browsers accept (``2130706433``,
``0177.0.0.1``, ``0x7f.1``) are read as the address they stand for; IPv6 addresses that carry an
IPv4 address (IPv4-mapped ``::ffff:a.b.c.d``, 6to4 ``2002::/16``, NAT64 ``64:ff9b::/96``) are
judged by that address too.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
from typing import Callable, Union

IPAddress = Union[ipaddress.IPv4Address, ipaddress.IPv6Address]
Policy = Callable[[IPAddress, int], Union[str, None]]
"""``policy(address, port)``: ``None`` to allow a connection, else why not (``"a loopback address"``)."""

_IPV4_NUMBER = re.compile(r"(?i)^(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}\.?$")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class AddressRefused(Exception):
    """A host resolved to an address the policy refuses: ``str(error)`` says which and why."""


def kind(address: IPAddress) -> str | None:
    """What kind of non-public address ``address`` is (``"a loopback address"``), or ``None``."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (
            ipaddress.IPv4Address(int(address) & 0xFFFFFFFF) if address in _NAT64 else None)
        if embedded is not None and kind(embedded):
            return f"{kind(embedded)} ({embedded})"
    for name, test in (("an unspecified", address.is_unspecified), ("a loopback", address.is_loopback),
                       ("a link-local", address.is_link_local), ("a multicast", address.is_multicast),
                       ("a reserved", address.is_reserved),
                       ("a private", address.is_private or getattr(address, "is_site_local", False))):
        if test:
            return f"{name} address"
    return None if address.is_global else "a non-public address"


def public_only(address: IPAddress, port: int) -> str | None:
    """The default policy: public unicast addresses only."""
    return kind(address)


def any_address(address: IPAddress, port: int) -> str | None:
    """The ``--allow-private`` policy: every address."""
    return None


def literal(host: str) -> IPAddress | None:
    """The address a host written as an IP address stands for (any IPv4 spelling), else ``None``."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    if _IPV4_NUMBER.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host.rstrip(".")))
        except OSError:
            return None
    return None


def resolve(host: str, port: int, policy: Policy) -> list[tuple[int, tuple]]:
    """``(family, sockaddr)`` for every address of ``host``, each allowed by ``policy``.

    Raises :class:`AddressRefused` when any address is refused (a name that also resolves to an
    internal address is not trusted with the others), ``OSError`` when the name does not resolve.
    """
    address = literal(host)
    if address is not None:
        family = socket.AF_INET if address.version == 4 else socket.AF_INET6
        found = [(family, (str(address), port) if family == socket.AF_INET else (str(address), port, 0, 0))]
    else:
        found = [(family, sockaddr) for family, _, _, _, sockaddr in
                 socket.getaddrinfo(host, port, type=socket.SOCK_STREAM) if family in (socket.AF_INET, socket.AF_INET6)]
        if not found:
            raise OSError(f"no IPv4 or IPv6 address for {host}")
    for _, sockaddr in found:
        ip = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        reason = policy(ip, sockaddr[1])
        if reason:
            raise AddressRefused(f"{ip} is {reason}" if host.strip("[]") == str(ip)
                                 else f"{host} resolves to {ip}, {reason}")
    return found


def connect(host: str, port: int, timeout: float | None, policy: Policy) -> socket.socket:
    """A TCP socket connected to an address of ``host`` that ``policy`` allows."""
    error: OSError | None = None
    for family, sockaddr in resolve(host, port, policy):
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect(sockaddr)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return sock
        except OSError as exc:
            sock.close()
            error = exc
    assert error is not None
    raise error


class HTTPConnection(http.client.HTTPConnection):
    """``http.client`` connection that connects only where ``policy`` allows."""

    def __init__(self, host: str, port: int | None, *, timeout: float, policy: Policy):
        super().__init__(host, port, timeout=timeout)
        self.policy = policy

    def connect(self) -> None:
        self.sock = connect(self.host, self.port, self.timeout, self.policy)


class HTTPSConnection(http.client.HTTPSConnection):
    """Like :class:`HTTPConnection`, over TLS verified against the host name."""

    def __init__(self, host: str, port: int | None, *, timeout: float, policy: Policy,
                 context: ssl.SSLContext | None = None):
        self.tls = context or ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.policy = policy

    def connect(self) -> None:
        sock = connect(self.host, self.port, self.timeout, self.policy)
        try:
            self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise
