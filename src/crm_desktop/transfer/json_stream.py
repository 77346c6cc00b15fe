"""Reading one big JSON document a piece at a time.

``json.load`` builds the whole document in memory: a whole-database archive of a
million contacts would need gigabytes. :class:`JsonReader` walks the objects and
arrays around the rows itself and hands each row (or any other value asked for) to
the standard library's C decoder whole, so memory stays at one buffer and one value
however long the file is, and any layout of the same JSON (pretty-printed, on one
line) reads the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

CHUNK = 1 << 20  # characters read at a time
# A single value longer than this is not one an archive holds (its rows are short): the file
# is damaged, and reading on to find the value's end would load all of it into memory.
MAX_VALUE = 64 << 20
_SPACE = re.compile(r"[ \t\n\r]*")
# The decoder's complaint about a value cut by the end of the buffer points at most this far
# before that end (inside a \uXXXX escape, say); earlier, the text itself is wrong.
_CUT_MARGIN = 16
# a byte that is not UTF-8, as errors="surrogateescape" reads it
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


class JsonStreamError(ValueError):
    """The text is not the JSON expected: cut short (``truncated``) or damaged at ``offset``."""

    def __init__(self, reason: str, offset: int, *, truncated: bool) -> None:
        self.reason = reason
        self.offset = offset
        self.truncated = truncated
        super().__init__(f"{reason} (character {offset})")


class JsonReader:
    """A pull reader over a text stream holding one JSON document.

    :meth:`members` and :meth:`items` walk an object or an array: they yield before
    each member (its name) or element, and the caller reads it (:meth:`value`, or a
    nested walk) before asking for the next.

    A stream opened with ``errors="surrogateescape"`` has bytes that are not UTF-8
    reported where they are, after what comes before them was read; a strict stream
    fails on the first chunk that holds one (its start unread).
    """

    def __init__(self, stream: TextIO, chunk: int = CHUNK) -> None:
        self._stream = stream
        self._chunk = chunk
        self._buffer = ""
        self._pos = 0
        self._dropped = 0  # characters read and dropped from the buffer before it
        self._eof = False
        self._not_utf8_at: int | None = None  # where the stream stopped at a byte that is not UTF-8
        self._decoder = json.JSONDecoder()

    @property
    def offset(self) -> int:
        """Characters read so far (where the next value starts)."""
        return self._dropped + self._pos

    def value(self) -> Any:
        """The next whole value."""
        self._skip_space()
        while True:
            try:
                found, end = self._decoder.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError as error:
                unterminated = error.msg.startswith("Unterminated")  # its end not read yet, or none
                if self._eof:
                    cut = error.pos >= len(self._buffer) or unterminated
                    raise self._at_end(
                        JsonStreamError(error.msg, self._dropped + error.pos, truncated=cut)
                    ) from None
                if error.pos < len(self._buffer) - _CUT_MARGIN and not unterminated:
                    # wrong where more text cannot help: no need to read on
                    raise JsonStreamError(error.msg, self._dropped + error.pos, truncated=False) from None
                if len(self._buffer) - self._pos > MAX_VALUE:
                    raise JsonStreamError("a value too long", self.offset, truncated=False) from None
                self._fill()
                continue
            if end == len(self._buffer) and not self._eof and self._fill():
                continue  # a number may go on in the next chunk ("12" of "125")
            self._pos = end
            return found

    def members(self) -> Iterator[str]:
        """The names of the next object's members, in order (read each member's value)."""
        self._expect("{")
        if self._peek() == "}":
            self._pos += 1
            return
        while True:
            self._skip_space()
            start = self.offset
            name = self.value()
            if not isinstance(name, str):
                raise JsonStreamError("a member name was expected", start, truncated=False)
            self._expect(":")
            yield name
            if self._take(","):
                continue
            self._expect("}")
            return

    def items(self) -> Iterator[int]:
        """The positions of the next array's elements, from 0 (read each element)."""
        self._expect("[")
        if self._peek() == "]":
            self._pos += 1
            return
        index = 0
        while True:
            yield index
            index += 1
            if self._take(","):
                continue
            self._expect("]")
            return

    def end(self) -> None:
        """Check that nothing but white space follows the document."""
        if self._peek():
            raise self._error("text after the end of the document")

    # --- the buffer -------------------------------------------------------------

    def _fill(self) -> bool:
        """Read another chunk onto the buffer; False at the end of the stream."""
        if self._eof:
            return False
        try:
            chunk = self._stream.read(self._chunk)
        except UnicodeDecodeError:
            raise JsonStreamError("not UTF-8 text", self.offset, truncated=False) from None
        if not chunk:
            self._eof = True
            return False
        escaped = _ESCAPED_BYTE.search(chunk)
        if escaped is not None:  # the text ends there: nothing after it can be trusted
            self._not_utf8_at = self._dropped + len(self._buffer) + escaped.start()
            chunk = chunk[: escaped.start()]
            self._eof = True
        self._dropped += self._pos
        self._buffer = self._buffer[self._pos :] + chunk
        self._pos = 0
        return True

    def _skip_space(self) -> None:
        while True:
            match = _SPACE.match(self._buffer, self._pos)
            self._pos = match.end() if match else self._pos
            if self._pos < len(self._buffer) or not self._fill():
                return

    def _peek(self) -> str:
        """The next character that is not white space; "" at the end of the stream."""
        self._skip_space()
        return self._buffer[self._pos] if self._pos < len(self._buffer) else ""

    def _take(self, char: str) -> bool:
        if self._peek() == char:
            self._pos += 1
            return True
        return False

    def _expect(self, char: str) -> None:
        if not self._take(char):
            raise self._error(f"“{char}” was expected")

    def _error(self, reason: str) -> JsonStreamError:
        error = JsonStreamError(reason, self.offset, truncated=self._peek() == "")
        return self._at_end(error) if error.truncated else error

    def _at_end(self, error: JsonStreamError) -> JsonStreamError:
        """What running out of text means: the stream ended, or stopped at a byte not UTF-8."""
        if self._not_utf8_at is None:
            return error
        return JsonStreamError("not UTF-8 text", self._not_utf8_at, truncated=False)
