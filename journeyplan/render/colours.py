"""Channel colours: one distinct fill colour per channel of the plan, the same on every map.

:func:`channel_colours` assigns them once per plan, in the plan's channel order:

1. a channel's own ``color`` (plan format 1.1, ``#rrggbb``) wins;
2. the others take Paul Tol's "light" scheme in order (made for filled areas that carry
   black text, and distinct for colour-blind readers), skipping a palette colour that looks
   like a colour the plan chose itself;
3. past those eight, fallback colours are generated: light tints around the colour wheel
   (golden-angle steps), each kept only when it is far enough (CIE76 colour difference in
   CIELAB) from every colour already given, so two channels never share a colour however
   many there are.

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
    distinct from them and from each other (see the module's docstring)."""
    chosen = [c.upper() for c in own if c]
    taken = list(chosen)
    out: list[str] = []
    palette = iter(PALETTE)
    wheel = _fallbacks()
    for colour in own:
        if colour:
            out.append(colour.upper())
            continue
        out.append(_next(palette, wheel, chosen, taken))
        taken.append(out[-1])
    return out


def _next(palette, wheel, chosen: list[str], taken: list[str]) -> str:
    # The palette's own colours were chosen to be told apart: they only give way to a
    # colour the plan chose (CHOSEN); generated ones keep away from everything TAKEN.
    for candidate in palette:
        if all(distance(candidate, c) >= MIN_DISTANCE for c in chosen):
            return candidate
    limit = MIN_DISTANCE
    while True:
        for _ in range(64):
            candidate = next(wheel)
            if candidate not in taken and all(distance(candidate, t) >= limit for t in taken):
                return candidate
        limit *= 0.8  # hundreds of channels: accept closer colours rather than loop forever


def darker(colour: str, factor: float = 0.55) -> str:
    """COLOUR (``#RRGGBB``) with every component multiplied by FACTOR: the border shade."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


def is_dark(colour: str) -> bool:
    """True when black text would be hard to read on COLOUR (CIELAB lightness below 55):
    such a fill gets white text."""
    return _lab(colour)[0] < 55
