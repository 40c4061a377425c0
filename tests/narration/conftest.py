"""Fixtures for narration: a local stand-in for the online voice, small curricula, real audio."""

from __future__ import annotations

import base64
import http.server
import io
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

TOML = """format = 1
id = "{cid}"
version = "1.0.0"
default_language = "{default}"
modules = ["{module}"]

[languages]
{languages}

[title]
{titles}
"""

NAMES = {"en": "English", "es": "Español", "ht": "Kreyòl ayisyen", "mam": "Mam"}


def write_curriculum(
    root: Path,
    slides: dict[str, list[tuple[str, str]]],
    module: str = "talk",
    cid: str = "talk-course",
) -> Path:
    """A one-module curriculum; `slides` maps a language to (slide id, narration script)."""
    root.mkdir(parents=True, exist_ok=True)
    langs = list(slides)
    (root / "curriculum.toml").write_text(
        TOML.format(
            cid=cid,
            default=langs[0],
            module=module,
            languages="\n".join(f'{code} = "{NAMES[code]}"' for code in langs),
            titles="\n".join(f'{code} = "Course {code}"' for code in langs),
        ),
        encoding="utf-8",
    )
    folder = root / "modules" / module
    folder.mkdir(parents=True, exist_ok=True)
    for lang, items in slides.items():
        write_module_text(folder / f"{lang}.md", items)
    return root


def write_module_text(path: Path, items: list[tuple[str, str]]) -> None:
    parts = [f"## Slide {sid} {{#{sid}}}\n\nShown text.\n\nSay:\n{say}\n" for sid, say in items]
    path.write_text(
        "---\ntitle: Talk\nsummary: Talking.\nminutes: 5\n---\n\n" + "\n---\n\n".join(parts),
        encoding="utf-8",
    )


def tone(seconds: float = 0.3, rate: int = 16000) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.2 * np.sin(2 * np.pi * 440 * t)).astype("float32")


def encode(fmt: str, seconds: float = 0.3, rate: int = 16000) -> bytes:
    """A real tone as bytes in `fmt`: "OGG", "WAV" or "MP3"."""
    out = io.BytesIO()
    subtype = {"OGG": "VORBIS", "WAV": "PCM_16", "MP3": "MPEG_LAYER_III"}[fmt]
    soundfile.write(out, tone(seconds, rate), rate, format=fmt, subtype=subtype)
    return out.getvalue()


class FakeTranslate:
    """Imitates the batchexecute endpoint gTTS posts to; behaviour is chosen by words in the text.

    FAIL500 / FAIL403: always answer that status. FLAKY: answer 503 the first two times.
    SLOW: answer after `slow_s` seconds. HTML: answer 200 with no audio.
    """

    def __init__(self) -> None:
        self.mp3 = encode("MP3")
        self.texts: list[str] = []
        self.broken = True
        self.slow_s = 2.0
        self.delay_s = 0.0
        self._flaky: dict[str, int] = {}
        self._lock = threading.Lock()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def attempts(self, word: str) -> int:
        with self._lock:
            return sum(word in text for text in self.texts)

    def _handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return None

            def do_HEAD(self) -> None:
                self.send_response(200)
                self.end_headers()

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                text = fake._text_of(body.decode("utf-8"))
                with fake._lock:
                    fake.texts.append(text)
                    flaky = fake._flaky[text] = fake._flaky.get(text, 0) + 1
                if fake.delay_s:
                    time.sleep(fake.delay_s)
                if fake.broken and "SLOW" in text:
                    time.sleep(fake.slow_s)
                for word, status in (("FAIL500", 500), ("FAIL403", 403)):
                    if fake.broken and word in text:
                        return self._send(status, b"error")
                if fake.broken and "FLAKY" in text and flaky <= 2:
                    return self._send(503, b"busy")
                if fake.broken and "HTML" in text:
                    return self._send(200, b"<html>consent page</html>")
                audio = base64.b64encode(fake.mp3).decode("ascii")
                line = (
                    ')]}\'\n\n[["wrb.fr","jQ1olc","[\\"'
                    + audio
                    + '\\"]",null,null,null,"generic"]]'
                )
                self._send(200, line.encode("utf-8"))

            def _send(self, status: int, payload: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client gave up waiting (a timeout test)

        return Handler

    @staticmethod
    def _text_of(body: str) -> str:
        form = urllib.parse.parse_qs(body)
        rpc = json.loads(form["f.req"][0])
        return str(json.loads(rpc[0][0][1])[0])


@pytest.fixture
def fake_translate(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTranslate]:
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    fake = FakeTranslate()
    thread = threading.Thread(target=fake.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


def closed_port_url() -> str:
    """An address on this machine where nothing listens: connecting is refused at once."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def audio_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".ogg", ".mp3"})
