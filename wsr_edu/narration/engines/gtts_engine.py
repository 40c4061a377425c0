"""The online voice: Google's text-to-speech through gTTS, stored as the MP3 it sends."""

from __future__ import annotations

import io
import threading
from typing import Any
from urllib.parse import urlsplit

from . import Audio, EngineError, EngineUnavailable

NAME = "gtts"
TIMEOUT_S: tuple[float, float] = (5.0, 30.0)
"""(connect, read) seconds for every request: a stalled network never hangs the run."""
PROBE_TIMEOUT_S = 4.0
DEFAULT_URL = "https://translate.google.com"

# Which Google host to ask per language: it picks the accent (Mexican Spanish, US English).
_TLD = {"en": "us", "es": "com.mx", "pt": "com.br"}
_BATCH_PATH = "/_/TranslateWebserverUi/data/batchexecute"


class GttsEngine:
    name = NAME

    def __init__(
        self, base_url: str | None = None, timeout: tuple[float, float] = TIMEOUT_S
    ) -> None:
        """`base_url` replaces Google's host (a mirror, or a local server in tests)."""
        self._base_url = base_url.rstrip("/") if base_url else None
        self._timeout = timeout
        self._ready: EngineUnavailable | bool | None = None
        self._lock = threading.Lock()

    @property
    def host(self) -> str:
        return urlsplit(self._base_url or DEFAULT_URL).netloc

    def voice_for(self, lang: str) -> str | None:
        from gtts.lang import tts_langs

        if lang not in tts_langs():
            return None
        tld = _TLD.get(lang, "com")
        return f"{lang}@{tld}" if not self._base_url else lang

    def check_ready(self) -> None:
        """Ask the service once; raises EngineUnavailable within seconds when it is unreachable."""
        with self._lock:
            if self._ready is None:
                self._ready = self._probe()
            if isinstance(self._ready, EngineUnavailable):
                raise self._ready

    def _probe(self) -> EngineUnavailable | bool:
        import urllib.request

        import requests

        url = self._base_url or DEFAULT_URL
        try:
            requests.head(
                url,
                timeout=PROBE_TIMEOUT_S,
                allow_redirects=False,
                proxies=urllib.request.getproxies(),
            )
        except requests.RequestException as exc:
            return EngineUnavailable(
                f"The online voice (gTTS) cannot be reached at {self.host}: {_why(exc)}.\n"
                "Check the internet connection, or use the offline voice: --engine espeak"
            )
        return True

    def synthesize(self, text: str, lang: str) -> Audio:
        voice = self.voice_for(lang)
        if voice is None:
            raise EngineError(
                f"gTTS has no voice for '{lang}'; use --engine espeak, or record a native speaker"
            )
        from gtts import gTTS, gTTSError

        tld = _TLD.get(lang, "com")
        tts = _make_tts(
            gTTS,
            self._base_url,
            text=text,
            lang=lang,
            tld=tld,
            lang_check=False,
            timeout=self._timeout,
        )
        buffer = io.BytesIO()
        try:
            tts.write_to_fp(buffer)
        except gTTSError as exc:
            raise _engine_error(exc, self._timeout) from exc
        except AssertionError as exc:  # gTTS asserts on text it cannot split
            raise EngineError(f"gTTS could not use this text: {exc}") from exc
        data = buffer.getvalue()
        if not looks_like_mp3(data):
            raise EngineError(
                "the online voice sent something that is not MP3 audio", retryable=True
            )
        return Audio(data, ".mp3", NAME, voice, _gtts_version())


def _make_tts(gtts_class: Any, base_url: str | None, **kwargs: Any) -> Any:
    if base_url is None:
        return gtts_class(**kwargs)
    endpoint = base_url + _BATCH_PATH

    class _Redirected(gtts_class):  # type: ignore[misc, valid-type]
        def _prepare_requests(self) -> list[Any]:
            prepared = super()._prepare_requests()
            for request in prepared:
                request.prepare_url(endpoint, None)
            return prepared

    return _Redirected(**kwargs)


def _engine_error(exc: Exception, timeout: tuple[float, float]) -> EngineError:
    import requests

    response = getattr(exc, "rsp", None)
    if response is not None:
        status = int(response.status_code)
        busy = status == 429 or status >= 500
        return EngineError(
            f"the online voice answered HTTP {status} {response.reason}".strip(), retryable=busy
        )
    cause = exc.__context__
    if isinstance(cause, requests.Timeout):
        return EngineError(
            f"no answer from the online voice within {timeout[1]:.0f} s", retryable=True
        )
    if isinstance(cause, requests.RequestException):
        return EngineError(f"the online voice could not be reached: {_why(cause)}", retryable=True)
    return EngineError(f"the online voice failed: {exc}", retryable=True)


def _why(exc: Exception) -> str:
    import requests

    text = str(exc)
    if "NameResolution" in text or "getaddrinfo" in text or "Name or service" in text:
        return "its name could not be looked up (no internet connection?)"
    if isinstance(exc, requests.Timeout):
        return "no answer in time"
    if "refused" in text.lower():
        return "the connection was refused"
    return type(exc).__name__


def looks_like_mp3(data: bytes) -> bool:
    if data.startswith(b"ID3"):
        return True
    return len(data) > 4 and data[0] == 0xFF and (data[1] & 0xE0) == 0xE0


def _gtts_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gTTS")
    except PackageNotFoundError:
        return ""
