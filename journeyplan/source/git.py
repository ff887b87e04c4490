"""A plan at a git revision, read through git itself: no checkout, no change to the user's
working tree or index.

git runs as a subprocess with an argument list (never a shell), from the repository root,
with ``--`` before paths and literal pathspecs (``GIT_LITERAL_PATHSPECS=1``). A revision
that is empty, starts with ``-`` (option injection) or holds control characters is refused
before git sees it. Only reading plumbing is used: ``rev-parse``, ``ls-tree`` and one
``cat-file --batch`` per revision for all of the plan's files.

The files of a revision go through exactly the same path as files on disk: the discovery
filter :func:`journeyplan.source.discover.is_plan_path` and
:func:`journeyplan.source.compose.read_plan_bytes`. Regular files are read; a symbolic link is
followed when its target is a file of the same revision (``cat-file --follow-symlinks``),
otherwise it is left out; submodules are left out.

This module reads; it never checks. :func:`read_versions` returns the plan files of both
versions (:class:`PlanVersion`), and the caller (the CLI) checks them with
:func:`journeyplan.check.pipeline.check_files`, exactly as ``journeyplan check`` would.
"""

from __future__ import annotations

import os
import posixpath
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from journeyplan.errors import JourneyplanError, PlanPathError
from journeyplan.findings import Finding, Location
from journeyplan.source.compose import MAX_FILE_BYTES, PlanFile, load_files, read_plan_bytes
from journeyplan.source.discover import is_plan_path

#: Environment added to git's: literal pathspecs, no prompts, no optional index locks/writes.
GIT_ENV = {
    "GIT_LITERAL_PATHSPECS": "1",
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_OPTIONAL_LOCKS": "0",
    "LC_ALL": "C",
}
_REGULAR_MODES = (b"100644", b"100755")
_SYMLINK_MODE = b"120000"
_BAD_REVISION = re.compile(r"[\x00-\x20\x7f]")


class GitError(JourneyplanError):
    """git is missing, PATH is not in a git working tree, a revision is refused or does not
    exist, or git failed: a usage error (exit 2). ``key`` names the message."""


@dataclass(frozen=True)
class PlanVersion:
    """The plan as one version holds it, read but not checked.

    - ``revision``: the revision as the user wrote it; ``None`` for the working tree.
    - ``commit``: the full commit id it resolved to (the tree's id for a tree-ish such as
      ``HEAD^{tree}``); ``None`` for the working tree (and for ``HEAD`` in a repository
      without commits).
    - ``base``: the plan directory the files' paths are relative to (on disk: the working
      tree's folder), ``None`` when there is no plan.
    - ``files``: the plan files in reading order (:class:`~journeyplan.source.compose.PlanFile`,
      composed, with their loader findings), ``None`` when there is no plan at that version.
    """

    revision: str | None
    commit: str | None
    base: Path | None = None
    files: list[PlanFile] | None = None

    @property
    def exists(self) -> bool:
        """Whether this version holds a plan."""
        return self.files is not None


def check_revision(revision: str) -> None:
    """Refuse a revision git could read as an option, or that holds whitespace or control
    characters. Raises :class:`GitError` (``diff-bad-revision``)."""
    if not revision or revision.startswith("-") or _BAD_REVISION.search(revision):
        raise GitError("diff-bad-revision", revision=revision)


class Repo:
    """A git working tree: ``git`` (the executable) and ``root`` (its top-level folder)."""

    def __init__(self, git: str, root: Path) -> None:
        self.git = git
        self.root = root

    @classmethod
    def containing(cls, path: str | os.PathLike) -> tuple[Repo, str]:
        """The repository that holds PATH (which need not exist: a plan deleted in the
        working tree is still at its old revisions), and PATH relative to the repository
        root with ``/`` separators (``""`` for the root itself).

        Raises :class:`GitError`: git not installed (``diff-no-git``), not inside a git
        working tree (``diff-not-a-repo``), outside the repository (``diff-outside-repo``)."""
        git = shutil.which("git")
        if git is None:
            raise GitError("diff-no-git")
        target = Path(os.path.abspath(path))
        start = target
        while not start.is_dir() and start != start.parent:
            start = start.parent
        proc = _run([git, "rev-parse", "--show-toplevel"], cwd=start)
        out = proc.stdout.decode("utf-8", "surrogateescape").strip()
        if proc.returncode != 0 or not out:
            detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            if (
                detail
                and "not a git repository" not in detail[0]
                and "must be run in a work tree" not in detail[0]
            ):
                # e.g. "detected dubious ownership": git's own words say more than ours
                raise GitError("diff-git-failed", command="rev-parse", detail=detail[0])
            raise GitError("diff-not-a-repo", path=str(path))
        root = Path(out)
        rel = os.path.relpath(os.path.realpath(target), os.path.realpath(root))
        rel = Path(rel).as_posix()
        if rel == ".." or rel.startswith("../") or os.path.isabs(rel):
            raise GitError("diff-outside-repo", path=str(path), root=str(root))
        return cls(git, root), "" if rel == "." else rel

    def run(self, *args: str, input: bytes | None = None) -> bytes:
        """Run ``git ARGS`` in the repository root; its stdout. Raises :class:`GitError`
        (``diff-git-failed``) when git exits non-zero."""
        proc = _run([self.git, *args], cwd=self.root, input=input)
        if proc.returncode != 0:
            detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise GitError(
                "diff-git-failed",
                command=args[0],
                detail=detail[0] if detail else f"exit status {proc.returncode}",
            )
        return proc.stdout

    def resolve(self, revision: str) -> str:
        """The full id of what REVISION names: a commit (a branch, tag, ``HEAD~2``, an
        id, ``main@{2}`` ...: any revision git accepts), else a whole commit's
        tree (``HEAD^{tree}``, a tree id, as ``git diff`` takes them). Raises
        :class:`GitError`: refused (``diff-bad-revision``), a file or folder inside a
        revision (``HEAD:plan.yaml``: ``diff-file-in-revision``, ``diff-folder-in-revision``),
        or nothing of this repository (``diff-no-revision``)."""
        check_revision(revision)
        for kind in ("commit", "tree"):
            proc = _run(
                [self.git, "rev-parse", "--verify", "--quiet", f"{revision}^{{{kind}}}"],
                cwd=self.root,
            )
            found = proc.stdout.decode("ascii", "replace").strip()
            if proc.returncode == 0 and found:
                if kind == "tree" and self._inside(revision):
                    break
                return found
        self._refuse_object(revision)
        raise GitError("diff-no-revision", revision=revision, root=str(self.root))

    @staticmethod
    def _inside(revision: str) -> bool:
        """REVISION names something inside a tree (``HEAD:examples``, ``:plan.yaml``, the
        index), not a whole revision: the plan's path would not be relative to its root."""
        return ":" in revision.split("@{", 1)[0]

    def _refuse_object(self, revision: str) -> None:
        """Raise ``diff-file-in-revision`` or ``diff-folder-in-revision`` when REVISION
        names a file (blob) or a folder (tree) inside a revision or the index
        (``HEAD:plan.yaml``), which is not a revision to compare."""
        if not self._inside(revision):
            return
        proc = _run([self.git, "cat-file", "-t", revision], cwd=self.root)
        kind = proc.stdout.decode("ascii", "replace").strip()
        if proc.returncode == 0 and kind in ("blob", "tree"):
            rev, _, path = revision.rpartition(":")
            key = "diff-file-in-revision" if kind == "blob" else "diff-folder-in-revision"
            raise GitError(
                key, revision=revision, rev=rev.split(":", 1)[0] or "HEAD", path=path or "."
            )

    def names_commit(self, revision: str) -> bool:
        """REVISION names a commit or a whole tree of this repository (or is ``HEAD``
        before the first commit); refused revisions name none. Raises
        ``diff-file-in-revision`` / ``diff-folder-in-revision`` for a file or folder
        inside a revision."""
        try:
            self.resolve(revision)
        except GitError as exc:
            if exc.key.endswith("-in-revision"):
                raise
            return revision == "HEAD" and self.unborn_head()
        return True

    def unborn_head(self) -> bool:
        """HEAD names a branch that has no commit yet (a new repository)."""
        return (
            _run([self.git, "symbolic-ref", "-q", "HEAD"], cwd=self.root).returncode == 0
            and _run(
                [self.git, "rev-parse", "--verify", "--quiet", "HEAD"], cwd=self.root
            ).returncode
            != 0
        )

    def plan_files(self, commit: str, rel: str) -> tuple[str, list[PlanFile]] | None:
        """The plan at REL (relative to the root) in COMMIT, read and composed: ``(plan
        directory relative to the root, files in sorted path order)``, or ``None`` when
        there is no plan there (REL missing, or no ``*.yaml``/``*.yml`` below it). REL may
        be a file (a single-file plan) or a folder; the discovery rules of
        :func:`journeyplan.source.compose.discover` apply."""
        args = ["ls-tree", "-r", "-l", "-z", "--full-tree", "--full-name", commit]
        if rel:
            args += ["--", rel]
        entries = []  # (mode, type, oid, size, path)
        for record in self.run(*args).split(b"\0"):
            if not record:
                continue
            meta, _, raw_path = record.partition(b"\t")
            mode, kind, oid, size = meta.split()
            entries.append(
                (mode, kind, oid.decode("ascii"), size, raw_path.decode("utf-8", "surrogateescape"))
            )
        single = [e for e in entries if e[4] == rel]
        if single:
            base = posixpath.dirname(rel)
            picked = [(posixpath.basename(rel), single[0])]
        else:
            base = rel
            prefix = rel + "/" if rel else ""
            picked = [
                (e[4][len(prefix) :], e)
                for e in entries
                if e[4].startswith(prefix) and is_plan_path(e[4][len(prefix) :])
            ]
        picked = [
            (name, e)
            for name, e in picked
            if e[1] == b"blob" and (e[0] in _REGULAR_MODES or e[0] == _SYMLINK_MODE)
        ]
        if not picked:
            return None
        picked.sort(key=lambda item: item[0])
        files: dict[str, PlanFile] = {}
        requests: list[tuple[str, str]] = []  # (name, object to ask cat-file for)
        for name, (mode, _, oid, size, full) in picked:
            if mode == _SYMLINK_MODE:
                if "\n" not in full:  # cat-file --batch reads one name per line
                    requests.append((name, f"{commit}:{full}"))
            elif int(size) > MAX_FILE_BYTES:
                # Not fetched at all; the finding read_plan_file makes from a file's size.
                pf = PlanFile(name, Path(name))
                pf.findings.append(
                    Finding(
                        "JP014",
                        "error",
                        None,
                        Location(name, 1, 1),
                        "JP014.size",
                        {"size": int(size), "limit": MAX_FILE_BYTES},
                    )
                )
                files[name] = pf
            else:
                requests.append((name, oid))
        blobs = self.cat_blobs([obj for _, obj in requests])
        for (name, _), data in zip(requests, blobs):
            if data is not None:
                files[name] = read_plan_bytes(name, data)
        if not files:
            return None
        return base, [files[name] for name, _ in picked if name in files]

    def cat_blobs(self, objects: list[str]) -> list[bytes | None]:
        """The content of each blob in OBJECTS (ids or ``commit:path``, symbolic links in
        the tree followed), with one ``git cat-file --batch``; ``None`` for what is not a
        blob (missing, a tree, a link leaving the repository)."""
        if not objects:
            return []
        out = self.run(
            "cat-file",
            "--batch",
            "--follow-symlinks",
            input="".join(o + "\n" for o in objects).encode("utf-8", "surrogateescape"),
        )
        blobs: list[bytes | None] = []
        pos = 0
        for _ in objects:
            end = out.index(b"\n", pos)
            header = out[pos:end].split(b" ")
            pos = end + 1
            if header[-1] in (b"missing", b"ambiguous"):
                blobs.append(None)
            elif len(header) == 2:  # symlink | dangling | loop | notdir <size> LF <name> LF
                pos += int(header[1]) + 1
                blobs.append(None)
            else:
                size = int(header[2])
                blobs.append(out[pos : pos + size] if header[1] == b"blob" else None)
                pos += size + 1
        return blobs


def _run(argv: list[str], cwd: Path, input: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(GIT_ENV)
    try:
        return subprocess.run(
            argv,
            cwd=cwd,
            input=input,
            capture_output=True,
            env=env,
            stdin=subprocess.DEVNULL if input is None else None,
            check=False,
        )
    except FileNotFoundError:
        raise GitError("diff-no-git") from None
    except OSError as exc:
        raise GitError("diff-git-failed", command=argv[1], detail=exc.strerror or str(exc)) from exc


def read_revision(repo: Repo, revision: str, rel: str) -> PlanVersion:
    """The plan at REL (relative to the repository root) in REVISION, read. ``HEAD`` in
    a repository without commits yet is a version without a plan (commit ``None``).
    Raises :class:`GitError` when the revision is refused or does not exist."""
    try:
        commit = repo.resolve(revision)
    except GitError as exc:
        if revision == "HEAD" and exc.key == "diff-no-revision" and repo.unborn_head():
            return PlanVersion(revision, None)
        raise
    found = repo.plan_files(commit, rel)
    if found is None:
        return PlanVersion(revision, commit)
    base, files = found
    return PlanVersion(revision, commit, repo.root / base, files)


def read_working_tree(path: str | os.PathLike) -> PlanVersion:
    """The plan at PATH on disk, read exactly as ``journeyplan check PATH`` reads it
    (untracked files included); no plan when PATH is missing or holds no YAML file. Raises
    :class:`~journeyplan.errors.PlanPathError` when PATH exists but cannot be read."""
    try:
        base, files = load_files(path)
    except PlanPathError as exc:
        if exc.key in ("path-missing", "path-no-yaml"):
            return PlanVersion(None, None)
        raise
    return PlanVersion(None, None, base, files)


def split_arguments(
    args: list[str], path: str | None = None, after: list[str] | None = None
) -> tuple[str, list[str]]:
    """The plan path and the revisions of ``journeyplan diff ARGS [-- AFTER] [--path PATH]``,
    by git's own rule for ``git diff``:

    - with ``--path``, every argument is a revision (AFTER too: ``--`` only ends options);
    - else the arguments after ``--`` (AFTER, ``None`` when there is no ``--``) are the
      plan, and the ones before it revisions;
    - else each argument is a revision when it names a commit and not an existing file
      or folder, the plan when it is an existing file or folder and names no commit;
      revisions come first.

    Returns ``(plan path, revisions)``; the path is ``.`` when none is given. Raises
    :class:`GitError`: an argument that is both (``diff-both-revision-and-path``) or
    neither (``diff-neither-revision-nor-path``), a revision after the plan
    (``diff-revision-after-path``), two plans (``diff-two-paths``; ``diff-two-paths.option``
    when one after ``--`` looks like an option), more than two
    revisions (``diff-too-many-revisions``), or the errors of :meth:`Repo.containing`."""
    if path is not None:
        revisions = [*args, *(after or [])]
    elif after is not None:
        if len(after) > 1:
            option = next((a for a in after[1:] if a.startswith("-") and a != "-"), None)
            if option is not None:  # `diff -- plan --format json`: an option after `--`
                raise GitError(
                    "diff-two-paths.option", first=after[0], second=after[1], option=option
                )
            raise GitError("diff-two-paths", first=after[0], second=after[1])
        revisions, path = list(args), after[0] if after else None
    else:
        revisions = []
        for arg in args:
            exists = bool(arg) and os.path.lexists(arg)
            if path is not None:
                if exists:
                    raise GitError("diff-two-paths", first=path, second=arg)
                raise GitError("diff-revision-after-path", arg=arg, path=path)
            if _BAD_REVISION.search(arg) or arg.startswith("-") or not arg:
                if not exists:
                    check_revision(arg)  # refused, with its own message
                path = arg
                continue
            repo, _ = Repo.containing(arg if exists else ".")
            commit = repo.names_commit(arg)
            if commit and exists:
                raise GitError("diff-both-revision-and-path", arg=arg)
            if commit:
                revisions.append(arg)
            elif exists:
                path = arg
            else:
                raise GitError("diff-neither-revision-nor-path", arg=arg)
    if len(revisions) > 2:
        raise GitError(
            "diff-too-many-revisions", count=len(revisions), revisions=", ".join(revisions)
        )
    return path if path is not None else ".", revisions


def read_versions(
    path: str | os.PathLike, old: str | None = None, new: str | None = None
) -> tuple[str, PlanVersion, PlanVersion]:
    """Both versions of ``journeyplan diff [OLD [NEW]] --path PATH``: OLD defaults to
    ``HEAD``, NEW to the working tree. Returns ``(PATH relative to the repository root,
    old version, new version)``, read and not checked. Raises :class:`GitError` for every
    git problem, including no plan in either version (``diff-no-plan``)."""
    for revision in (old, new):
        if revision is not None:
            check_revision(revision)
    repo, rel = Repo.containing(path)
    old_version = read_revision(repo, old or "HEAD", rel)
    new_version = read_revision(repo, new, rel) if new is not None else read_working_tree(path)
    if not old_version.exists and not new_version.exists:
        raise GitError("diff-no-plan", path=rel or ".")
    return rel or ".", old_version, new_version
