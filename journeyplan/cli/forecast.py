"""``journeyplan forecast``: will the plan deliver the hires, when, and at what cost."""

from pathlib import Path
from typing import Annotated

import typer

from journeyplan.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    DebugOption,
    LangOption,
    NoColorOption,
    PathValue,
    Run,
    app,
    emit,
    format_choices,
    refuse_unread,
    use_color,
)
from journeyplan.report.escaping import visible

ForecastFormat = format_choices("forecast")
#: Findings of a value the forecast cannot use: wrong type, not a duration, not allowed.
_VALUE_ERRORS = frozenset({"JP004", "JP008", "JP009"})


@app.command("forecast")
def forecast_command(
    path: Annotated[
        Path,
        typer.Argument(
            help="Plan folder or single plan file.", show_default=False, path_type=PathValue
        ),
    ],
    format: Annotated[
        ForecastFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ForecastFormat.text,  # type: ignore[attr-defined]
    lang: LangOption = None,
    no_color: NoColorOption = False,
    debug: DebugOption = False,
) -> None:
    """Forecast from the plan's reach, rates and budgets: per persona and target group the
    expected applications and hires, the time to each conversion, cost per application and
    per hire, and the triggers to improve first. Exit 1 when a figure cannot be computed
    because of the plan (why, with file:line:column, in check's words, goes to standard
    error) or the plan has errors; no budgets in the plan is no error (exit 0)."""
    run = Run(lang, str(path), debug, activity="forecast")

    def main() -> int:
        from journeyplan.analysis.forecast import forecast, has_forecast_data
        from journeyplan.analysis.forecast_reasons import forecast_reasons
        from journeyplan.check.pipeline import check_plan
        from journeyplan.report import ReportOptions
        from journeyplan.report.registry import formatter

        result = check_plan(path)
        options = ReportOptions(lang=run.plan_read(result.language), color=use_color(no_color))
        refuse_unread(run, result)
        fc = forecast(result.plan)
        emit(lambda out: formatter("forecast", format.value)(options).write(fc, out))
        errors = result.count("error")
        if not has_forecast_data(result.plan):
            # forecast data written but none of it valid is not "no forecast data": name
            # the values the forecast could not use, where they are
            unusable = [f for f in result.findings if f.code in _VALUE_ERRORS]
            for f in unusable:
                where = f"{f.location.file}:{f.location.line}:{f.location.column}"
                typer.echo(visible(f"{where}  {f.code}  {run.t(f.key, **f.args)}"), err=True)
            if unusable:
                run.warn(run.t("ui.forecast.plan_errors", errors=errors, path=str(path)))
            else:
                run.warn(run.t("ui.forecast.no_data"))
            return EXIT_FINDINGS
        # a figure's reasons as check gives them: `rate: 6` is JP009 with its hint where it
        # stands, never "no rate"
        for r in forecast_reasons(result.findings, fc):
            loc = r.location
            where = f"{loc.file}:{loc.line}:{loc.column}" if loc else "-"
            typer.echo(visible(f"{where}  {r.code}  {run.t(r.key, **r.args)}"), err=True)
        if errors:
            run.warn(run.t("ui.forecast.plan_errors", errors=errors, path=str(path)))
        return EXIT_FINDINGS if fc.problems or errors else EXIT_OK

    run(main)
