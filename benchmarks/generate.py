"""Generate synthetic but valid journeyplan plans of a given size, for the benchmark.

The plan looks like an agency's plan for one client with many target groups, personas and
channel variants: ``plan.yaml``, ``brand.yaml``, ``channels.yaml``, ``shared.yaml`` (a talent
pool every persona ends in), one ``groups/<group>.yaml`` per target group (the group, its
personas and the second half of their journey they share: acknowledgement, interview,
offer, rejection with feedback) and one ``journeys/<group>/<persona>.yaml`` per persona
(its own touchpoints and triggers). The trigger graph has branches and cycles. The plan
checks clean: :func:`generate` is deterministic (same size, same bytes), and
``tests/test_benchmark_smoke.py`` checks a small one.

With ``forecast=True`` (``--forecast``) the plan also carries the forecast fields of plan
format 1.1: a currency, ``hires_needed`` per target group, a budget per paid channel, reach on
every entry and a rate on every trigger (the rates leaving a touchpoint sum to less than 1,
so every loop leaks), and it still checks clean: the benchmark's forecast plan.

Usage::

    python benchmarks/generate.py OUT_DIR --touchpoints 10000 [--per-persona 40] [--forecast]

Sizes are counted in touchpoints (the persona's own ones plus the shared ones).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

#: Id of the first persona of every generated plan.
FIRST_PERSONA = "persona-0"
#: Own touchpoints per persona (its journey adds 4 group touchpoints and the talent pool).
PER_PERSONA = 40
#: Personas per target group.
GROUP_SIZE = 10
#: Personas that share one set of channel variants (e.g. one region's accounts).
PERSONAS_PER_VARIANT = 20

STAGES = (("find", "Find"), ("attract", "Attract"), ("engage", "Engage"), ("bind", "Bind"))
QUALIFIERS = ("fair-pay", "fixed-hours", "permanent-contract")
WINNERS = ("own-academy", "fixed-team", "paid-certification")
PERSONALITY = ("down-to-earth", "straight-talking", "hands-on")
#: Channel kinds of one variant set: (suffix, name, type, media, response_time).
CHANNEL_KINDS = (
    ("insta", "Instagram", "social", "paid", None),
    ("tiktok", "TikTok", "social", "paid", None),
    ("site", "Career site", "career_site", "owned", None),
    ("whatsapp", "WhatsApp Business", "messaging", "owned", "4h"),
    ("email", "E-mail", "email", "owned", "1d"),
    ("event", "Open workshop day", "event", "owned", None),
)
#: Own touchpoints cycle through these (stage index, channel kind) steps.
STEPS = (
    (1, "site"),
    (1, "insta"),
    (2, "whatsapp"),
    (1, "tiktok"),
    (2, "email"),
    (2, "site"),
    (3, "event"),
    (2, "whatsapp"),
)
BRAND = QUALIFIERS + WINNERS + PERSONALITY
#: Longest line written (yamllint's default line-length), so the peer linter has nothing
#: to print and its timing is its reading, not its output.
WIDTH = 80


def _items(indent: str, key: str, values: list[str]) -> list[str]:
    """``key: [a, b]`` when it fits on a line, else a block list."""
    line = f"{indent}{key}: [{', '.join(values)}]"
    if len(line) <= WIDTH:
        return [line]
    return [f"{indent}{key}:"] + [f"{indent}  - {v}" for v in values]


#: Rates of the forecast plan, by trigger event (plan format 1.1); per touchpoint they sum
#: to less than 1. The entries' reach, the channels' budgets, the groups' hires needed:
RATES = {
    "taps the link": "4%",
    "reads on": "0.95",
    "skips ahead": "3%",
    "goes back": "1%",
    "application sent": "1",
    "callback went well": "45%",
    "no match": "50%",
    "both say yes": "40%",
    "asks for a new date": "5%",
    "agrees to stay in touch": "70%",
}
REACH = 3000
BUDGETS = {"insta": 5000, "tiktok": 3000, "site": 1500, "event": 2000}
HIRES_NEEDED = 10


def _trigger(
    source: str, target: str, event: str, delay: str | None = None, rate: bool = False
) -> list[str]:
    """A trigger as a flow mapping when it fits on a line, else as a block mapping; with
    RATE, its rate from :data:`RATES`."""
    fields = [("from", source), ("to", target), ("event", event)]
    if delay is not None:
        fields.append(("delay", delay))
    if rate:
        fields.append(("rate", RATES[event]))
    line = "  - {" + ", ".join(f"{k}: {v}" for k, v in fields) + "}"
    if len(line) <= WIDTH:
        return [line]
    return [f"  - from: {source}"] + [f"    {k}: {v}" for k, v in fields[1:]]


def _plan_files(touchpoints: int, per_persona: int, forecast: bool = False) -> dict[str, str]:
    """Relative path -> file text of a plan with about TOUCHPOINTS touchpoints (with the
    forecast fields when FORECAST)."""
    per_persona = max(8, per_persona)
    personas = max(1, round(touchpoints / (per_persona + 4 / GROUP_SIZE)))
    groups = (personas + GROUP_SIZE - 1) // GROUP_SIZE
    variants = max(1, (personas + PERSONAS_PER_VARIANT - 1) // PERSONAS_PER_VARIANT)
    files: dict[str, str] = {}

    lines = [
        "# The plan: name, language and the four stages of every journey.",
        "---",
        "plan:",
        f"  name: Synthetic plan, {touchpoints} touchpoints",
        "  organisation: Example Techniek BV",
        "  language: en",
        *(["  currency: EUR"] if forecast else []),
        "  stages:",
    ]
    lines += [f"    - {{id: {i}, name: {n}}}" for i, n in STAGES]
    files["plan.yaml"] = "\n".join(lines) + "\n"

    lines = [
        "# Question 5: the employer brand.",
        "---",
        "employer_brand:",
        "  proposition: A fixed team, a fixed region and time to learn the trade",
    ]
    for role, ids in (
        ("qualifiers", QUALIFIERS),
        ("winners", WINNERS),
        ("personality", PERSONALITY),
    ):
        lines.append(f"  {role}:")
        lines += [f"    - id: {i}\n      text: {i.replace('-', ' ').capitalize()}" for i in ids]
    files["brand.yaml"] = "\n".join(lines) + "\n"

    lines = [
        "# Question 4: the channels, one set of variants per region.",
        "---",
        "channels:",
        "  - id: newsletter",
        "    name: Talent pool newsletter",
        "    type: email",
        "    media: owned",
        "    response_time: 1w",
    ]
    for v in range(variants):
        for suffix, name, ctype, media, rt in CHANNEL_KINDS:
            lines += [
                f"  - id: {suffix}-r{v}",
                f"    name: {name} (region {v})",
                f"    type: {ctype}",
                f"    media: {media}",
            ]
            if rt:
                lines.append(f"    response_time: {rt}")
            if forecast and suffix in BUDGETS:
                lines.append(f"    budget: {BUDGETS[suffix]}")
    files["channels.yaml"] = "\n".join(lines) + "\n"

    files["shared.yaml"] = (
        "\n".join(
            [
                "# The talent pool: every journey ends here after a decent no.",
                "---",
                "touchpoints:",
                "  - id: talent-pool",
                "    name: Talent pool newsletter",
                "    stage: bind",
                "    channel: newsletter",
                "    kind: exit",
                "    brand: [straight-talking]",
                "    message: >-",
                "      Hi {first_name}, four times a year: new teams, new",
                "      training days, and a coffee invitation if you want one.",
            ]
        )
        + "\n"
    )

    for g in range(groups):
        gid = f"group-{g}"
        v = g % variants
        members = [p for p in range(g * GROUP_SIZE, min(personas, (g + 1) * GROUP_SIZE))]
        pids = [f"persona-{p}" for p in members]
        ch = {suffix: f"{suffix}-r{v}" for suffix, *_ in CHANNEL_KINDS}
        lines = [
            f"# Target group {g}: its personas and the journey they share.",
            "---",
            "target_groups:",
            f"  - id: {gid}",
            f"    name: Technicians, group {g}",
            "    description: >-",
            "      Service and installation technicians with a vocational diploma,",
            f"      20 to 55, in region {v}.",
            f"    size: {1000 + g}",
            "    priority: high",
            *([f"    hires_needed: {HIRES_NEEDED}"] if forecast else []),
            "",
            "personas:",
        ]
        for pid in pids:
            lines += [
                f"  - id: {pid}",
                f"    name: Persona {pid[8:]}, service technician",
                f"    target_group: {gid}",
                "    job_search: latent",
                "    motivations: [craft, a team that has their back]",
                "    frustrations: [long application forms]",
                *_items("    ", "channels", [*ch.values(), "newsletter"]),
            ]
        lines += ["", "touchpoints:"]
        shared = (
            (
                "ack",
                "Application acknowledged, with a date",
                2,
                "whatsapp",
                ["response_time: 2d"],
                "personal",
            ),
            ("interview", "Coffee at the workshop", 3, "event", [], "own-academy"),
            (
                "offer",
                "Offer and contract",
                3,
                "email",
                [f"conversion: {{goal: hire, target_rate: {0.001 if forecast else 0.5}}}"],
                "permanent-contract",
            ),
            (
                "reject",
                "Rejection with honest feedback",
                3,
                "email",
                ["kind: rejection", "feedback: true"],
                "straight-talking",
            ),
        )
        for tid, name, stage, kind, extra, brand in shared:
            lines += [
                f"  - id: {tid}-{gid}",
                f"    name: {name}",
                f"    stage: {STAGES[stage][0]}",
                f"    channel: {ch[kind]}",
                *_items("    ", "personas", pids),
            ]
            lines += [f"    {e}" for e in extra]
            if brand != "personal":
                lines.append(f"    brand: [{brand}]")
            lines += [
                "    message: >-",
                "      Thanks {first_name}, {consultant_name} calls you on",
                "      {callback_day}; you hear from us within 2 working days.",
            ]
        f = forecast
        lines += [
            "",
            "triggers:",
            *_trigger(f"ack-{gid}", f"interview-{gid}", "callback went well", "2d", f),
            *_trigger(f"ack-{gid}", f"reject-{gid}", "no match", "2d", f),
            *_trigger(f"interview-{gid}", f"offer-{gid}", "both say yes", "2d", f),
            *_trigger(f"interview-{gid}", f"reject-{gid}", "no match", "2d", f),
            *_trigger(f"interview-{gid}", f"ack-{gid}", "asks for a new date", None, f),
            *_trigger(f"reject-{gid}", "talent-pool", "agrees to stay in touch", None, f),
        ]
        files[f"groups/{gid}.yaml"] = "\n".join(lines) + "\n"

        for p, pid in zip(members, pids):
            files[f"journeys/{gid}/{pid}.yaml"] = _journey(pid, gid, ch, p, per_persona, forecast)
    return files


def _journey(pid: str, gid: str, ch: dict[str, str], p: int, n: int, forecast: bool) -> str:
    """One persona's own touchpoints and triggers: three entries, a chain of N - 4
    touchpoints with branches (i -> i + 2) and cycles (i -> i - 2), and an application
    conversion point that leads into the group's acknowledgement."""
    tp = [f"{pid}-t{i}" for i in range(n - 1)] + [f"{pid}-apply"]
    lines = [
        f"# The journey of {pid}: its own way in, up to the application.",
        "---",
        "touchpoints:",
    ]
    for i, tid in enumerate(tp):
        if i < 3:
            stage, kind = 0, ("insta", "tiktok", "site")[i]
        elif i == n - 1:
            stage, kind = 2, "whatsapp"
        else:
            stage, kind = STEPS[(i + p) % len(STEPS)]
        brand = [BRAND[(i + p) % len(BRAND)]]
        if i < 3:
            brand = [WINNERS[i], PERSONALITY[i]]
        lines += [
            f"  - id: {tid}",
            f"    name: Step {i} for {pid}",
            f"    stage: {STAGES[stage][0]}",
            f"    channel: {ch[kind]}",
            f"    personas: [{pid}]",
        ]
        if i < 3:
            lines.append("    entry: true")
            if forecast:
                lines.append(f"    reach: {REACH}")
        if i == n - 1:
            rate = 0.005 if forecast else 0.04
            lines.append(f"    conversion: {{goal: application, target_rate: {rate}}}")
        lines.append(f"    brand: [{', '.join(brand)}]")
        if i % 2 == 0:
            lines += [
                "    message: >-",
                "      Hi {first_name}, this is what a Tuesday in the",
                f"      team looks like (variant {i}).",
            ]
    lines += ["", "triggers:"]
    last = n - 2  # the last chain touchpoint before the application
    f = forecast
    for i in range(3):
        lines += _trigger(tp[i], tp[3], "taps the link", "0m", f)
    for i in range(3, last + 1):
        lines += _trigger(tp[i], tp[i + 1], "reads on", "1d", f)
        if i % 3 == 0 and i + 2 <= last:
            lines += [
                f"  - from: {tp[i]}",
                f"    to: {tp[i + 2]}",
                "    event: skips ahead",
                f"    personas: [{pid}]",
                "    condition: already knows the team",
            ]
            if f:
                lines.append(f"    rate: {RATES['skips ahead']}")
        if i % 5 == 4:
            lines += _trigger(tp[i], tp[i - 2], "goes back", "1w", f)
    lines += _trigger(tp[-1], f"ack-{gid}", "application sent", "0m", f)
    return "\n".join(lines) + "\n"


def generate(
    out: str | Path, touchpoints: int, per_persona: int = PER_PERSONA, forecast: bool = False
) -> Path:
    """Write a plan of about TOUCHPOINTS touchpoints into OUT (emptied first if it holds a
    generated plan), with the forecast fields when FORECAST. Returns OUT. Raises
    FileExistsError when OUT holds anything else."""
    out = Path(out)
    marker = out / ".generated-plan"
    if out.exists() and any(out.iterdir()):
        if not marker.exists():
            raise FileExistsError(
                f"{out} is not empty and not a generated plan; refusing to overwrite it"
            )
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    marker.write_text("written by benchmarks/generate.py\n", encoding="utf-8")
    for rel, text in _plan_files(touchpoints, per_persona, forecast).items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="output folder (created; a generated plan there is replaced)")
    ap.add_argument("--touchpoints", type=int, default=1000)
    ap.add_argument(
        "--per-persona",
        type=int,
        default=PER_PERSONA,
        help="own touchpoints per persona (default %(default)s)",
    )
    ap.add_argument(
        "--forecast",
        action="store_true",
        help="add reach, rates, budgets and hires needed (plan format 1.1)",
    )
    args = ap.parse_args(argv)
    try:
        generate(args.out, args.touchpoints, args.per_persona, args.forecast)
    except FileExistsError as exc:
        print(f"generate.py: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
