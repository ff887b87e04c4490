"""Property-based: whatever the input, ``check`` ends with exit 0, 1 or 2 and a message,
never an exception; every finding points inside the file it names.

(a) arbitrary text, bytes and YAML documents; (b) random mutations of the shipped example
plans (delete a key, change a type, duplicate an id, break a reference, swap values, and
edits of the raw text). Runs are bounded (max_examples, deadline=None) so the whole suite
stays well under a minute on two cores."""

from __future__ import annotations

import copy
import io
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeyplan.check.pipeline import CheckResult, check_plan
from journeyplan.errors import PlanPathError
from journeyplan.plan.format import SECTIONS
from journeyplan.report import REPORTERS, ReportOptions
from journeyplan.source.safeio import split_lines
from tests.common import EXAMPLES
from tests.hostile.common import assert_clean_exit, check, write

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


# --------------------------------------------------------------------------- helpers
def assert_located_inside(result: CheckResult, base: Path) -> None:
    """Every finding's file exists below BASE, its line is a line of that file and its
    column lies within that line (or just after it)."""
    cache: dict[str, list[str]] = {}
    for f in result.findings:
        loc = f.location
        if loc is None:
            continue
        assert loc.file, f
        assert not loc.file.startswith("/") and ".." not in loc.file.split("/"), f
        path = base / loc.file
        assert path.exists() or path.is_symlink(), f
        if loc.line is None:
            assert loc.column is None, f
            continue
        if loc.file not in cache:
            data = path.read_bytes() if path.is_file() else b""
            text = data.decode("utf-8-sig", errors="replace")
            cache[loc.file] = split_lines(text)
        lines = cache[loc.file]
        assert 1 <= loc.line <= len(lines), (f, len(lines))
        assert loc.column is not None and 1 <= loc.column <= len(lines[loc.line - 1]) + 1, (
            f,
            lines[loc.line - 1][:200],
        )


def assert_reports(result: CheckResult) -> None:
    """Every formatter writes the result without raising, and says something (the GitHub
    format says nothing when there is nothing to annotate)."""
    for name, reporter in REPORTERS.items():
        out = io.StringIO()
        reporter(ReportOptions(color=name == "text")).write(result, out)
        assert out.getvalue().strip() or (name == "github" and not result.findings), name
    for f in result.findings:
        assert REPORTERS["json"](ReportOptions()).message(f).strip(), f


def check_file(folder: Path, data: bytes, name: str = "plan.yaml") -> CheckResult | None:
    path = folder / name
    path.write_bytes(data)
    try:
        result = check_plan(path)
    except PlanPathError:
        return None  # a usage error: the CLI test below covers its message
    assert_located_inside(result, folder)
    assert_reports(result)
    return result


# --------------------------------------------------------------------------- (a) anything
#: Text rich in what YAML and terminals treat specially.
SPECIAL = st.sampled_from(
    list(":-?[]{},#&*!|>'\"%@`\t\r\n \x00\x1b\x85\u2028\ufeff\x9b\u202e\\")
    + ["- ", ": ", "  ", "\n  ", "---", "...", "<<", "!!", "&a ", "*a", "!!python/object:os.system"]
)
YAMLISH_TEXT = st.lists(st.one_of(SPECIAL, st.text(max_size=8)), max_size=60).map("".join)


@SETTINGS
@given(text=st.one_of(st.text(max_size=300), YAMLISH_TEXT))
def test_any_text_is_checked_without_an_exception(text):
    with tempfile.TemporaryDirectory() as tmp:
        check_file(Path(tmp), text.encode("utf-8", errors="surrogatepass"))


@SETTINGS
@given(data=st.binary(max_size=300))
def test_any_bytes_are_checked_without_an_exception(data):
    with tempfile.TemporaryDirectory() as tmp:
        check_file(Path(tmp), data)


FIELD_NAMES = sorted(
    {
        "id",
        "name",
        "description",
        "target_group",
        "channels",
        "personas",
        "stage",
        "channel",
        "from",
        "to",
        "event",
        "delay",
        "conversion",
        "goal",
        "target_rate",
        "response_time",
        "kind",
        "feedback",
        "entry",
        "brand",
        "stages",
        "checks",
        "language",
        "motivations",
        "size",
        "qualifiers",
        "winners",
        "personality",
        "proposition",
        "<<",
    }
    | set(SECTIONS)
)
KEYS = st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=6))
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.sampled_from(
        ["", "no", "on", "09:30", "2026-01-15", "4h", "PT4H", "asap", "0x1f", ".inf", "~"]
    ),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=25,
)


@SETTINGS
@given(doc=DOCUMENTS, flow=st.sampled_from([None, True, False]))
def test_any_yaml_document_is_checked_without_an_exception(doc, flow):
    text = yaml.dump(doc, Dumper=yaml.SafeDumper, default_flow_style=flow, allow_unicode=True)
    with tempfile.TemporaryDirectory() as tmp:
        check_file(Path(tmp), text.encode("utf-8"))


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(text=st.one_of(YAMLISH_TEXT, st.text(max_size=100)), fmt=st.sampled_from(["text", "json"]))
def test_the_cli_always_ends_with_0_1_or_2_and_a_message(text, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp), "plan.yaml", text.encode("utf-8", errors="surrogatepass"))
        run = check(path) if fmt == "json" else None
        if run is None:
            from tests.hostile.common import check_text

            run = check_text(path)
        assert_clean_exit(run)
        if run.exit_code == 1 and fmt == "json":
            assert any(f[4] for f in run.findings)


# --------------------------------------------------------------------------- (b) mutations
REF_KEYS = {"target_group", "stage", "channel", "from", "to"}
REF_LISTS = {"channels", "personas", "brand"}
NEW_VALUES = [
    None,
    [],
    {},
    "text",
    "12",
    "-1",
    "true",
    "1.5",
    ["a", "b"],
    {"k": "v"},
    "",
    "Invalid Id!",
    "overview",
    "P2D",
    "asap",
    [{"id": "x"}],
    "x" * 70,
]


def containers(node, path=()):
    """(path, container) for every mapping and list in NODE."""
    if isinstance(node, (dict, list)):
        yield path, node
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            yield from containers(value, path + (key,))


def slots(node):
    """(container, key) for every value in NODE."""
    for _, c in containers(node):
        for key in list(c) if isinstance(c, dict) else range(len(c)):
            yield c, key


@st.composite
def mutated(draw, doc):
    """DOC after one to three random mutations."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["delete", "retype", "duplicate", "break", "swap"]))
        every = list(slots(doc))
        if not every:
            break
        if kind == "delete":
            maps = [(c, k) for c, k in every if isinstance(c, dict)]
            if maps:
                c, k = draw(st.sampled_from(maps))
                del c[k]
        elif kind == "retype":
            c, k = draw(st.sampled_from(every))
            c[k] = copy.deepcopy(draw(st.sampled_from(NEW_VALUES)))
        elif kind == "duplicate":
            lists = [
                c
                for _, c in containers(doc)
                if isinstance(c, list) and c and any(isinstance(x, dict) and "id" in x for x in c)
            ]
            if lists:
                target = draw(st.sampled_from(lists))
                target.insert(
                    draw(st.integers(0, len(target))), copy.deepcopy(draw(st.sampled_from(target)))
                )
        elif kind == "break":
            refs = [
                (c, k)
                for c, k in every
                if (isinstance(c, dict) and k in REF_KEYS) or isinstance(c, list)
            ]
            if refs:
                c, k = draw(st.sampled_from(refs))
                c[k] = draw(st.sampled_from(["nope", f"{c[k]}x", "", "UPPER", "a b"]))
        else:
            (c1, k1), (c2, k2) = draw(st.sampled_from(every)), draw(st.sampled_from(every))
            a, b = c1[k1], c2[k2]
            if any(x is c1 or x is c2 for _, x in containers(a)) or any(
                x is c1 or x is c2 for _, x in containers(b)
            ):
                continue  # would put a container inside itself
            c1[k1], c2[k2] = b, a
    return doc


class PlainDumper(
    yaml.emitter.Emitter,
    yaml.serializer.Serializer,
    yaml.representer.SafeRepresenter,
    yaml.resolver.BaseResolver,
):
    """Safe representation of dicts, lists and strings, but no implicit resolvers: the
    strings '12' and 'true' are written plain, as a person would write them."""

    def __init__(self, stream, **kwargs):
        yaml.emitter.Emitter.__init__(self, stream, allow_unicode=True, width=100)
        yaml.serializer.Serializer.__init__(self)
        yaml.representer.SafeRepresenter.__init__(
            self, default_flow_style=kwargs.get("default_flow_style"), sort_keys=False
        )
        yaml.resolver.BaseResolver.__init__(self)


def dump(doc, flow) -> str:
    """DOC (strings, lists, dicts, None) as YAML text."""
    return yaml.dump(doc, Dumper=PlainDumper, default_flow_style=flow)


def example_files() -> list[tuple[str, Path]]:
    out = []
    for name in ("technical-staffing", "starter", "broken"):
        for path in sorted((EXAMPLES / name).rglob("*.yaml")):
            out.append((name, path))
    return out


EXAMPLE_FILES = example_files()


@SETTINGS
@given(data=st.data())
def test_mutated_examples_are_checked_and_located(data):
    example, path = data.draw(st.sampled_from(EXAMPLE_FILES), label="file")
    original = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    doc = data.draw(mutated(original), label="mutated")
    flow = data.draw(st.sampled_from([False, None, True]), label="flow")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / example
        shutil.copytree(EXAMPLES / example, folder)
        target = folder / path.relative_to(EXAMPLES / example)
        target.write_text(dump(doc, flow), encoding="utf-8")
        result = check_plan(folder)
        assert_located_inside(result, folder)
        assert_reports(result)


EDITS = st.sampled_from(
    ["delete-line", "duplicate-line", "insert", "replace", "indent", "dedent", "join-lines"]
)


@SETTINGS
@given(data=st.data())
def test_edited_example_text_is_checked_and_located(data):
    example, path = data.draw(st.sampled_from(EXAMPLE_FILES), label="file")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        if not lines:
            break
        i = data.draw(st.integers(0, len(lines) - 1), label="line")
        edit = data.draw(EDITS, label="edit")
        if edit == "delete-line":
            del lines[i]
        elif edit == "duplicate-line":
            lines.insert(i, lines[i])
        elif edit == "indent":
            lines[i] = data.draw(st.sampled_from([" ", "  ", "\t", "   "])) + lines[i]
        elif edit == "dedent":
            lines[i] = lines[i][1:] if lines[i].startswith(" ") else lines[i]
        elif edit == "join-lines" and i + 1 < len(lines):
            lines[i : i + 2] = [lines[i].rstrip("\n") + lines[i + 1]]
        else:
            at = data.draw(st.integers(0, len(lines[i])), label="column")
            piece = data.draw(st.one_of(SPECIAL, st.text(max_size=4)), label="text")
            cut = 1 if edit == "replace" else 0
            lines[i] = lines[i][:at] + piece + lines[i][at + cut :]
    ending = data.draw(st.sampled_from(["\n", "\r\n", "\r"]), label="line ending")
    text = "".join(lines).replace("\n", ending) if ending != "\n" else "".join(lines)
    bom = data.draw(st.sampled_from([b"", b"\xef\xbb\xbf"]), label="bom")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / example
        shutil.copytree(EXAMPLES / example, folder)
        target = folder / path.relative_to(EXAMPLES / example)
        target.write_bytes(bom + text.encode("utf-8", errors="surrogatepass"))
        result = check_plan(folder)
        assert_located_inside(result, folder)
        assert_reports(result)
