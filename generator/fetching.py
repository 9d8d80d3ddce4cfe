"""Fetching: web addresses to bytes, within limits, and news feeds to the addresses of their entries.

Whoever can put an address into a feed or a command chooses what this code connects to, so every
request is bounded and checked: only ``http`` and ``https``, a deadline for the whole exchange, a
size limit, a few redirects, each hop checked again, and no private, loopback or link-local address
unless the user allows local ones (a server on their own machine, a test). The address checked is
the address connected to, so a name that resolves differently a moment later cannot lead elsewhere.
"""

from __future__ import annotations

import http.client
import io
import ipaddress
import socket
import ssl
import time
import urllib.parse
from dataclasses import dataclass

from . import __version__
from .errors import FetchError, MissingExtraError
from .limits import Limits

USER_AGENT = f"briefings/{__version__} (news briefing generator; fetches the articles and feeds its user adds)"
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 65536
_LOCAL_HINT = "only public addresses are fetched; pass --allow-local for a server on this machine or network"


@dataclass(frozen=True)
class Response:
    url: str  # where the body came from, after redirects
    content_type: str
    charset: str | None
    data: bytes


def fetch(url: str, limits: Limits, *, accept: tuple[str, ...] = PAGE_TYPES) -> Response:
    """GET `url` and return its body, which must be of one of the media types `accept`; every other
    outcome is a `FetchError` naming the address."""
    deadline = time.monotonic() + limits.timeout
    seen = [url]
    current = url
    while True:
        response = _get(current, limits, deadline, accept)
        if not isinstance(response, str):
            return response
        target = urllib.parse.urljoin(current, response)
        if target in seen:
            raise FetchError("redirects in a loop" + f" ({' → '.join(seen[seen.index(target):] + [target])})",
                             path=url, hint="the site is misconfigured; try the address again later")
        if len(seen) > limits.max_redirects:
            raise FetchError(f"redirects more than {limits.max_redirects} times", path=url,
                             hint="give the address it ends at")
        seen.append(target)
        current = target


def _get(url: str, limits: Limits, deadline: float, accept: tuple[str, ...]) -> Response | str:
    """One request: the response, or the address a redirect points to."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"is not a valid address: {exc}", path=url) from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("is not an http:// or https:// address", path=url, hint="give the page's web address")
    port = port or (443 if scheme == "https" else 80)
    address = _address(url, parts.hostname, port, limits.allow_local)
    target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    connection = (_PinnedHTTPS if scheme == "https" else _PinnedHTTP)(parts.hostname, port, address,
                                                                      _remaining(url, deadline, limits))
    try:
        connection.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity",
                                                   "Accept": ", ".join((*accept, "*/*;q=0.1"))})
        sock = connection.sock  # the connection forgets it once the response is the socket's last
        response = connection.getresponse()
        if response.status in _REDIRECTS and response.getheader("Location"):
            return response.getheader("Location")
        if response.status != 200:
            raise FetchError(f"the server answered {response.status} {response.reason}".rstrip(), path=url,
                             hint="check the address")
        # Refused before its body is read, unless the server does not say what it is sending.
        content_type = response.headers.get_content_type() if response.getheader("Content-Type") else None
        if content_type is not None:
            _check_type(url, content_type, accept)
        data = _body(url, response, sock, limits, deadline)
    except TimeoutError as exc:
        raise FetchError(f"timed out after {limits.timeout:g} s", path=url,
                         hint="the server is slow or not answering; try again later") from exc
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(f"cannot be fetched: {_reason(exc)}", path=url, hint="check the address and the network") from exc
    finally:
        connection.close()
    if content_type is None:
        content_type = _sniffed(data)
        _check_type(url, content_type, accept)
    return Response(url, content_type, response.headers.get_content_charset(), data)


def _check_type(url: str, content_type: str, accept: tuple[str, ...]) -> None:
    if content_type not in accept:
        page = accept == PAGE_TYPES
        raise FetchError(f"is {content_type}, not {'a web page' if page else 'a feed'}", path=url,
                         hint="give the address of the article's page" if page else
                         "give the address of an RSS or Atom feed")


def _body(url: str, response: http.client.HTTPResponse, sock: socket.socket, limits: Limits,
          deadline: float) -> bytes:
    too_large = FetchError(f"is larger than the {limits.max_bytes / 1e6:g} MB a page may have", path=url,
                           hint="it is probably not a news article")
    declared = response.getheader("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise too_large
    body = bytearray()
    while True:
        # A server sending a byte at a time never lets a read time out: the deadline is checked between reads.
        sock.settimeout(_remaining(url, deadline, limits))
        chunk = response.read1(_CHUNK)
        if not chunk:
            return bytes(body)
        body += chunk
        if len(body) > limits.max_bytes:
            raise too_large


def _remaining(url: str, deadline: float, limits: Limits) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"timed out after {limits.timeout:g} s", path=url,
                         hint="the server is slow or not answering; try again later")
    return left


def _sniffed(data: bytes) -> str:
    start = data[:512].lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return "application/xml" if start.startswith(b"<?xml") else "application/octet-stream"


def _address(url: str, host: str, port: int, allow_local: bool) -> str:
    """The address to connect to for `host`: the first it resolves to, which must be public unless
    `allow_local`."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot be fetched: the name {host} cannot be resolved", path=url,
                         hint="check the address and the network") from exc
    addresses = [info[4][0] for info in found]
    allowed = [a for a in addresses if allow_local or _is_public(ipaddress.ip_address(a.split("%")[0]))]
    if not allowed:
        raise FetchError(f"is at a private or loopback address ({addresses[0]})", path=url, hint=_LOCAL_HINT)
    return allowed[0]


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"its certificate is not valid ({exc.verify_message})"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


class _PinnedHTTP(http.client.HTTPConnection):
    """A connection to `address`, the checked address of `host`, which it still names in its requests."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None


def read_feed(response: Response) -> list[FeedEntry]:
    """The entries of an RSS or Atom feed that link to a web page, in the feed's order."""
    try:
        import feedparser
    except ImportError as exc:
        raise MissingExtraError("reading feeds needs the 'web' extra", path=response.url,
                                hint="install it: pip install -e '.[web]'") from exc
    # A stream, never the address: given text, feedparser would fetch it itself, past every limit here.
    parsed = feedparser.parse(io.BytesIO(response.data), response_headers={"content-location": response.url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise FetchError("is not an RSS or Atom feed", path=response.url, hint="give the address of the feed itself")
    entries = []
    for entry in parsed.entries:
        link = urllib.parse.urljoin(response.url, entry.get("link") or "")
        if urllib.parse.urlsplit(link).scheme in ("http", "https"):
            entries.append(FeedEntry(link, entry.get("title")))
    return entries
