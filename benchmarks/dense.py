"""Generate a dense plan for the map benchmark: many triggers per touchpoint.

``python benchmarks/dense.py OUT_DIR [--personas 6] [--per-persona 60] [--fanout 4]``

Six personas (by default) with sixty touchpoints of their own each (360 in all) spread
over five stages and twelve channels, each touchpoint leading on to about four others
(a few of them back to an earlier step): about 1,400 triggers. It is the plan of an agency
that planned every variant of every message: what ``journeyplan render`` must still draw
as a readable map within the layout budget (docs/performance.md, "Maps").
:func:`dense_files` is deterministic (same arguments, same bytes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

STAGES = (
    ("find", "Find"),
    ("attract", "Attract"),
    ("engage", "Engage"),
    ("apply", "Apply"),
    ("bind", "Bind"),
)
CHANNELS = (
    ("instagram", "Instagram", "social"),
    ("tiktok", "TikTok", "social"),
    ("linkedin", "LinkedIn", "social"),
    ("facebook", "Facebook groups", "social"),
    ("indeed", "Indeed", "job_board"),
    ("site", "Career site", "career_site"),
    ("whatsapp", "WhatsApp Business", "messaging"),
    ("email", "E-mail", "email"),
    ("phone", "Phone", "phone"),
    ("event", "Open workshop day", "event"),
    ("referral", "Referral programme", "referral"),
    ("poster", "In-store poster", "print"),
)
EVENTS = ("reads on", "taps the link", "replies", "books a slot", "asks a question", "watches")
DELAYS = (None, "0m", "4h", "1d", "2d", "1w")


def dense_files(personas: int = 6, per_persona: int = 60, fanout: int = 4) -> dict[str, str]:
    """Relative path -> file text of the dense plan."""
    lines = [
        "plan:",
        "  name: Dense plan for the map benchmark",
        "  organisation: Example Techniek BV",
        "  language: en",
        "  stages:",
        *[f"    - {{id: {i}, name: {n}}}" for i, n in STAGES],
        "employer_brand:",
        "  proposition: A fixed team and time to learn the trade",
        "  qualifiers: [{id: fair-pay, text: Fair pay}]",
        "  winners: [{id: academy, text: Own academy}]",
        "  personality: [{id: hands-on, text: Hands-on}]",
        "target_groups:",
        "  - {id: technicians, name: Technicians, description: Service technicians}",
        "channels:",
    ]
    for cid, name, ctype in CHANNELS:
        rt = "  response_time: 4h" if ctype == "messaging" else ""
        lines.append(f"  - {{id: {cid}, name: {name}, type: {ctype}{',' + rt if rt else ''}}}")
    lines.append("personas:")
    for p in range(personas):
        chans = ", ".join(c[0] for c in CHANNELS[p % 4 :: 2])
        lines += [
            f"  - id: persona-{p}",
            f"    name: Persona {p}, service technician",
            "    target_group: technicians",
            "    motivations: [craft, a team that has their back]",
            "    frustrations: [long application forms]",
            f"    channels: [{chans}]",
        ]
    files = {"plan.yaml": "\n".join(lines) + "\n"}
    for p in range(personas):
        pid = f"persona-{p}"
        lines = ["touchpoints:"]
        for i in range(per_persona):
            stage = STAGES[i * len(STAGES) // per_persona][0]
            channel = CHANNELS[(i * 5 + p) % len(CHANNELS)][0]
            lines += [
                f"  - id: {pid}-t{i}",
                f"    name: Step {i} of persona {p}",
                f"    stage: {stage}",
                f"    channel: {channel}",
                f"    personas: [{pid}]",
                "    brand: [academy]",
            ]
            if i < 3:
                lines.append("    entry: true")
            if i == per_persona * 3 // 4:
                lines.append("    conversion: {goal: application, target_rate: 0.04}")
            if i == per_persona - 3:
                lines += ["    kind: rejection", "    feedback: true"]
            if i == per_persona - 2:
                lines.append("    conversion: {goal: hire}")
            if i == per_persona - 1:
                lines.append("    kind: exit")
        lines.append("triggers:")
        for i in range(per_persona - 1):
            targets = [i + k for k in range(1, fanout + 1) if i + k < per_persona]
            if i % 7 == 6 and i >= 4:
                targets[-1:] = [i - 3]  # back to an earlier step
            for k, j in enumerate(targets):
                event = EVENTS[(i + k) % len(EVENTS)]
                delay = DELAYS[(i + 2 * k) % len(DELAYS)]
                item = f"  - {{from: {pid}-t{i}, to: {pid}-t{j}, event: {event}"
                lines.append(item + (f", delay: {delay}}}" if delay else "}"))
        files[f"journeys/{pid}.yaml"] = "\n".join(lines) + "\n"
    return files


def generate(out: str | Path, **sizes: int) -> Path:
    """Write the dense plan into OUT (created). Returns OUT."""
    out = Path(out)
    for rel, text in dense_files(**sizes).items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--personas", type=int, default=6)
    ap.add_argument("--per-persona", type=int, default=60)
    ap.add_argument("--fanout", type=int, default=4)
    args = ap.parse_args(argv)
    generate(args.out, personas=args.personas, per_persona=args.per_persona, fanout=args.fanout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
