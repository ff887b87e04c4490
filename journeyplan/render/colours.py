"""Channel colours: one distinct fill colour per channel of the plan, the same on every map.

:func:`channel_colours` assigns them once per plan, in the plan's channel order:

1. a channel's own ``color`` (plan format 1.1, ``#rrggbb``) wins;
2. the others take Paul Tol's "light" scheme in order (made for filled areas that carry
   black text, and distinct for colour-blind readers), skipping a palette colour that looks
   like a colour the plan chose itself;
3. past those eight, fallback colours are generated: light tints around the colour wheel
   (golden-angle steps), each kept only when it is far enough (CIE76 colour difference in
   CIELAB) from every colour already given, so two channels never share a colour however
   many there are. When 64 tints in a row are too close, the distance asked for is lowered
   (by a fifth) for that colour and every later one.

Everything is pure and deterministic: the same channel list gives the same colours.
"""

from __future__ import annotations

import colorsys
import math

#: Paul Tol's "light" scheme (without its pale grey, which marks "no channel").
PALETTE: tuple[str, ...] = (
    "#77AADD",  # light blue
    "#EE8866",  # orange
    "#EEDD88",  # light yellow
    "#FFAABB",  # pink
    "#99DDFF",  # light cyan
    "#44BB99",  # mint
    "#BBCC33",  # pear
    "#AAAA00",  # olive
)
#: A touchpoint without a (valid) channel: Tol's pale grey.
NO_CHANNEL_COLOUR = "#DDDDDD"
#: Smallest colour difference (CIE76 delta E) between two generated or palette colours and
#: any colour given before; lowered step by step only when the wheel runs out.
MIN_DISTANCE = 18.0
#: Below this difference (CIE76; 2.3 is just noticeable) the wheel is not searched any more.
LOWEST_DISTANCE = 0.5


def _lab(colour: str) -> tuple[float, float, float]:
    """``#RRGGBB`` (sRGB) as CIELAB (D65)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def distance(a: str, b: str) -> float:
    """CIE76 colour difference between two ``#RRGGBB`` colours (about 2.3 is just
    noticeable; the palette's neighbours are 25 and more apart)."""
    return math.dist(_lab(a), _lab(b))


def _hex(r: float, g: float, b: float) -> str:
    return "#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in (r, g, b)))


def _fallbacks():
    """Endless light tints around the wheel: golden-angle hue steps, three lightness and
    saturation levels taking turns."""
    levels = ((0.78, 0.55), (0.68, 0.45), (0.86, 0.65))
    i = 0
    while True:
        hue = (i * 0.618033988749895 + 0.07) % 1.0
        light, sat = levels[i % len(levels)]
        yield _hex(*colorsys.hls_to_rgb(hue, light, sat))
        i += 1


def channel_colours(own: list[str | None]) -> list[str]:
    """One fill colour (``#RRGGBB``) per channel, given OWN: each channel's own ``color``
    (or ``None``) in plan order. Own colours are kept as written (upper-cased); the rest are
    distinct from them and from each other (see the module's docstring). Linear in the
    number of channels: a colour is compared only with the colours near it (a grid over
    CIELAB), never with every colour given."""
    chosen = [_lab(c.upper()) for c in own if c]
    taken = _Given()
    for c in own:
        if c:
            taken.add(c.upper())
    out: list[str] = []
    palette = iter(PALETTE)
    wheel = _fallbacks()
    spare = _spare()
    limit = MIN_DISTANCE
    for colour in own:
        if colour:
            out.append(colour.upper())
            continue
        given, limit = _next(palette, wheel, spare, chosen, taken, limit)
        out.append(given)
        taken.add(given)
    return out


def _next(
    palette, wheel, spare, chosen: list[tuple[float, float, float]], taken: _Given, limit: float
) -> tuple[str, float]:
    """The next colour, and the distance LIMIT it kept (LIMIT or lower)."""
    # The palette's own colours were chosen to be told apart: they only give way to a
    # colour the plan chose (CHOSEN, in CIELAB); generated ones keep away from everything
    # TAKEN by LIMIT. Once the wheel ran out of colours that far apart, it stays out: the
    # next colour starts from the lowered limit, not from MIN_DISTANCE again.
    for candidate in palette:
        lab = _lab(candidate)
        if all(math.dist(lab, c) >= MIN_DISTANCE for c in chosen):
            return candidate, limit
    while limit >= LOWEST_DISTANCE:
        for _ in range(64):
            candidate = next(wheel)
            if candidate not in taken.names and taken.far_from(_lab(candidate), limit):
                return candidate, limit
        limit *= 0.8  # hundreds of channels: accept closer colours rather than loop forever
    # Thousands of channels: the wheel's tints (a few thousand distinct #RRGGBB) are used
    # up, and no difference is visible anyway. Any light colour not given yet.
    for candidate in spare:
        if candidate not in taken.names:
            return candidate, limit
    raise ValueError("more channels than colours")  # pragma: no cover - 16.7 million


def _spare():
    """Every light ``#RRGGBB`` (black text readable on it) once, in a fixed scattered
    order: a stride coprime with 2**24 visits each of the 16,777,216 colours."""
    for k in range(1 << 24):
        colour = f"#{(k * 0x9E3779 + 0x7F7F7F) % (1 << 24):06X}"
        if not is_dark(colour):
            yield colour


class _Given:
    """The colours given so far: their names, and their CIELAB points in a grid of cubes
    MIN_DISTANCE wide, so that every point closer than MIN_DISTANCE (or less) to a colour
    lies in the colour's cube or one of its 26 neighbours."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self._cells: dict[tuple[int, int, int], list[tuple[float, float, float]]] = {}

    @staticmethod
    def _cell(lab: tuple[float, float, float]) -> tuple[int, int, int]:
        return (
            math.floor(lab[0] / MIN_DISTANCE),
            math.floor(lab[1] / MIN_DISTANCE),
            math.floor(lab[2] / MIN_DISTANCE),
        )

    def add(self, colour: str) -> None:
        lab = _lab(colour)
        self.names.add(colour)
        self._cells.setdefault(self._cell(lab), []).append(lab)

    def far_from(self, lab: tuple[float, float, float], limit: float) -> bool:
        """True when every colour given is at least LIMIT (at most MIN_DISTANCE) from LAB."""
        x, y, z = self._cell(lab)
        cells = self._cells
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for dz in (-1, 0, 1):
                    for point in cells.get((x + dx, y + dy, z + dz), ()):
                        if math.dist(lab, point) < limit:
                            return False
        return True


def darker(colour: str, factor: float = 0.55) -> str:
    """COLOUR (``#RRGGBB``) with every component multiplied by FACTOR: the border shade."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


def is_dark(colour: str) -> bool:
    """True when black text would be hard to read on COLOUR (CIELAB lightness below 55):
    such a fill gets white text."""
    return _lab(colour)[0] < 55
