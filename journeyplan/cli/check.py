"""``journeyplan check``, ``rules`` and ``explain``: the checklist and its rules."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from journeyplan.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    DebugOption,
    LangOption,
    NoColorOption,
    PathValue,
    Run,
    app,
    emit,
    format_choices,
    use_color,
)
from journeyplan.report.escaping import visible

CheckFormat = format_choices("check")
RulesFormat = format_choices("rules")


@app.command()
def check(
    path: Annotated[
        Path,
        typer.Argument(
            help="Plan folder or single plan file.",
            show_default=False,
            readable=False,
            path_type=PathValue,
        ),
    ],
    format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CheckFormat.text,  # type: ignore[attr-defined]
    strict: Annotated[bool, typer.Option("--strict", help="Warnings count as errors.")] = False,
    lang: LangOption = None,
    no_color: NoColorOption = False,
    debug: DebugOption = False,
    select: Annotated[
        Optional[list[str]],
        typer.Option(
            "--select",
            metavar="CODE[,CODE]",
            help="Report only these rules: codes or prefixes (JP4 = question 4, JP0 = "
            "structure). Overrides plan.checks.",
        ),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],
        typer.Option(
            "--ignore",
            metavar="CODE[,CODE]",
            help="Do not report these rules: codes or prefixes. Overrides plan.checks; the "
            "more specific of --select and --ignore wins.",
        ),
    ] = None,
) -> None:
    """Check a plan against plan format v1 and the five-question checklist."""
    run = Run(lang, str(path), debug)

    def main() -> int:
        from journeyplan.check.pipeline import check_plan
        from journeyplan.check.selection import Selection
        from journeyplan.report import ReportOptions
        from journeyplan.report.paths import cwd_prefix
        from journeyplan.report.registry import formatter

        result = check_plan(path, Selection.parse(select, ignore))
        options = ReportOptions(
            lang=run.plan_read(result.language),
            color=use_color(no_color),
            strict=strict,
            cwd_prefix=cwd_prefix(result.base),
            debug=debug,
        )
        emit(lambda out: formatter("check", format.value)(options).write(result, out))
        if not result.path_read:  # PATH, one file, cannot be read: its JP016 is printed
            return EXIT_USAGE
        if result.count("error") or (strict and result.count("warning")):
            return EXIT_FINDINGS
        return EXIT_OK

    run(main)


@app.command()
def rules(
    format: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="Output format.")
    ] = RulesFormat.text,  # type: ignore[attr-defined]
    lang: LangOption = None,
    no_color: NoColorOption = False,
) -> None:
    """List every rule: code, name, question, default severity, title."""
    run = Run(lang, "rules", command="rules")

    def main() -> int:
        from journeyplan.report import ReportOptions
        from journeyplan.report.registry import formatter
        from journeyplan.report.rules import rule_rows

        options = ReportOptions(lang=run.lang, color=use_color(no_color))
        rows = rule_rows(run.lang)
        emit(lambda out: formatter("rules", format.value)(options).write(rows, out))
        return EXIT_OK

    run(main)


@app.command()
def explain(
    code: Annotated[
        str,
        typer.Argument(help="A rule code (JP404, jp404) or name (dead-end).", show_default=False),
    ],
    lang: LangOption = None,
) -> None:
    """Explain a rule: what it checks, why it matters, an example that fails and the fix."""
    run = Run(lang, "explain", command="explain")

    def main() -> int:
        from journeyplan.report.rules import find_rule, suggest_rule, write_explanation

        rule = find_rule(code)
        if rule is None:
            run.fail(run.t("unknown-rule", name=visible(code), suggestion=suggest_rule(code)))
        emit(lambda out: write_explanation(rule, out, run.lang))
        return EXIT_OK

    run(main)
