"""The file system is hostile too: links, loops, pipes, devices, unreadable files and
folders. Nothing hangs, nothing is read twice through a link loop, every problem names
the file."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from journeyplan.source import safeio
from tests.common import CLEAN
from tests.hostile.common import REPO, check, check_text, run_subprocess, write


def test_a_link_to_a_file_is_read(clean, tmp_path):
    write(tmp_path, "elsewhere/extra.yaml", "target_groups:\n  - {id: more, description: x}\n")
    (clean / "extra.yaml").symlink_to(tmp_path / "elsewhere" / "extra.yaml")
    run = check(clean)
    assert ("JP103", "extra.yaml", 2, 10) in {f[:4] for f in run.findings}


@pytest.mark.parametrize("target", ["..", ".", "/", "../..", "outside"])
def test_links_to_folders_are_not_followed_and_say_so(clean, tmp_path, target):
    write(tmp_path, "outside/more.yaml", "personas: [{id: ghost}]\n")
    link = clean / "sub" / "link"
    link.parent.mkdir()
    link.symlink_to(tmp_path / target if target == "outside" else target)
    run = check(clean)
    assert run.exit_code == 0  # a warning
    code, file, line, column, message = run.only("JP020")
    assert (file, line) == ("sub/link", None)
    assert "links to folders are not followed" in message
    assert "ghost" not in run.stdout


def test_a_loop_of_folder_links_ends(clean):
    (clean / "a").mkdir()
    (clean / "a" / "to-b").symlink_to(clean / "b")
    (clean / "b").mkdir()
    (clean / "b" / "to-a").symlink_to(clean / "a")
    run = check(clean)
    assert sorted(f[1] for f in run.findings if f[0] == "JP020") == ["a/to-b", "b/to-a"]


def test_a_dangling_link_is_a_clear_finding(clean):
    (clean / "gone.yaml").symlink_to("deleted.yaml")
    run = check_text(clean)
    assert run.exit_code == 1
    assert (
        "gone.yaml  JP016  error  the file is a symbolic link to 'deleted.yaml', which "
        "does not exist"
    ) in run.stdout


def test_a_loop_of_file_links_is_a_clear_finding(clean):
    (clean / "a.yaml").symlink_to("b.yaml")
    (clean / "b.yaml").symlink_to("a.yaml")
    run = check(clean)
    assert sorted((f[1], f[4]) for f in run.findings if f[0] == "JP016") == [
        ("a.yaml", "the file is a symbolic link to 'b.yaml', which leads into a loop of links"),
        ("b.yaml", "the file is a symbolic link to 'a.yaml', which leads into a loop of links"),
    ]


def test_a_named_pipe_does_not_block(clean):
    os.mkfifo(clean / "pipe.yaml")  # opening it for reading would wait for a writer forever
    run = check(clean)
    assert run.only("JP016")[1:] == (
        "pipe.yaml",
        None,
        None,
        "the file is a named pipe, not a regular file; only regular files are read",
    )


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_link_to_a_device_is_not_read(clean, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    (clean / "dev.yaml").symlink_to(device)
    assert "is a device" in check(clean).only("JP016")[4]


def _deny(monkeypatch, denied: Path, func: str = "open") -> None:
    """Make os.open (or os.scandir) fail with EACCES for DENIED only, as chmod 000 would
    for anyone but root (the tests may run as root, where permissions do not bite)."""
    original = getattr(os, func)

    def guarded(path, *args, **kwargs):
        if Path(os.fsdecode(path)) == denied:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(path))
        return original(path, *args, **kwargs)

    monkeypatch.setattr(os, func, guarded)


def test_an_unreadable_file_is_a_finding(clean, monkeypatch):
    secret = write(clean, "secret.yaml", "personas: []\n")
    _deny(monkeypatch, secret)
    run = check_text(clean)
    assert run.exit_code == 1
    assert "secret.yaml  JP016  error  cannot read the file: Permission denied" in run.stdout


def test_an_unreadable_folder_is_a_finding_not_a_silent_gap(clean, monkeypatch):
    write(clean, "locked/personas.yaml", "personas: []\n")
    _deny(monkeypatch, clean / "locked", "scandir")
    run = check_text(clean)
    assert run.exit_code == 1
    assert (
        "locked  JP016  error  cannot read the folder: Permission denied; the plan files "
        "in it were not checked"
    ) in run.stdout


def test_an_unreadable_plan_folder_is_exit_2(clean, monkeypatch):
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    run = check(clean)
    assert run.exit_code == 2
    assert run.stderr == f"journeyplan: path '{clean}' cannot be read: Permission denied\n"


def test_an_unlistable_plan_folder_is_exit_2(clean, monkeypatch):
    _deny(monkeypatch, clean, "scandir")
    run = check(clean)
    assert run.exit_code == 2 and "cannot be read: Permission denied" in run.stderr


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: None, "does not exist"),
        (
            lambda p: p.symlink_to("nowhere"),
            "is a symbolic link to 'nowhere', which does not exist",
        ),
        (lambda p: p.symlink_to(p.name), "leads into a loop of links"),
        (lambda p: os.mkfifo(p), "is neither a plan file nor a folder"),
        (lambda p: p.mkdir(), "no *.yaml or *.yml file found"),
    ],
)
def test_a_path_that_is_not_a_plan_is_exit_2(tmp_path, make, words):
    path = tmp_path / "target"
    make(path)
    run = check(path)
    assert run.exit_code == 2
    assert words in run.stderr


def _can_run_as(user: str) -> bool:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return False
    try:
        import pwd

        entry = pwd.getpwnam(user)
        probe = subprocess.run(
            [
                "setpriv",
                f"--reuid={entry.pw_uid}",
                f"--regid={entry.pw_gid}",
                "--clear-groups",
                sys.executable,
                "-c",
                "import journeyplan.cli",
            ],
            capture_output=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            cwd="/",
        )
    except (KeyError, OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


def test_real_permissions_as_an_unprivileged_user():
    """chmod 000 for real, checked by a user it applies to. Skipped only where no such user
    can run this Python (e.g. an interpreter under a private home folder)."""
    if not _can_run_as("nobody"):
        pytest.skip(
            "cannot run this Python as 'nobody' here; the monkeypatched variants "
            "above cover the same paths"
        )
    folder = Path(tempfile.mkdtemp(prefix="journeyplan-perm-"))
    try:
        os.chmod(folder, 0o755)
        write(folder, "plan.yaml", CLEAN)
        secret = write(folder, "secret.yaml", "personas: []\n")
        locked = folder / "locked"
        write(locked, "more.yaml", "personas: []\n")
        for p in folder.rglob("*"):
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        os.chmod(secret, 0)
        os.chmod(locked, 0)
        proc = run_subprocess(folder, user="nobody")
        assert proc.returncode == 1, proc.stderr
        assert "secret.yaml  JP016  error  cannot read the file: Permission denied" in proc.stdout
        assert "locked  JP016  error  cannot read the folder: Permission denied" in proc.stdout
        os.chmod(folder, 0)
        proc = run_subprocess(folder, user="nobody")
        assert proc.returncode == 2 and "cannot be read" in proc.stderr
    finally:
        for p in [folder, *folder.rglob("*")] if os.access(folder, os.X_OK) else [folder]:
            os.chmod(p, 0o755)
        shutil.rmtree(folder)


def test_read_regular_file_never_reads_past_the_limit(tmp_path, monkeypatch):
    """A file whose size stat() does not tell (procfs) is still read only up to the limit."""
    path = write(tmp_path, "plan.yaml", "x" * 5000)
    real_fstat = os.fstat

    class Lying:
        def __init__(self, st):
            self.st_mode, self.st_size = st.st_mode, 0

    monkeypatch.setattr(safeio.os, "fstat", lambda fd: Lying(real_fstat(fd)))
    with pytest.raises(safeio.InputProblem) as caught:
        safeio.read_regular_file(path, 1000)
    assert caught.value.key == "JP014.size-growing"


def test_a_folder_deeper_than_the_recursion_limit(tmp_path):
    """os.walk recursed once per level (Python < 3.12): RecursionError at ~1,000 levels."""
    folder = deep = tmp_path / "plan"
    folder.mkdir()
    for _ in range(1200):  # Path.mkdir(parents=True) recurses too
        deep = deep / "d"
        deep.mkdir()
    (deep / "personas.yaml").write_text("personas:\n  - id: BAD\n")
    try:
        run = check(folder)
        assert run.only("JP005")[1:4] == ("d/" * 1200 + "personas.yaml", 2, 9)
    finally:  # shutil.rmtree (pytest's clean-up) recurses per level as well
        (deep / "personas.yaml").unlink()
        while deep != folder:
            deep.rmdir()
            deep = deep.parent


def test_a_file_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "plan"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.yaml")).write_text("personas:\n  - id: BAD\n")
    run = check(folder)
    assert run.only("JP005")[1] == "caf\udce9.yaml"  # JSON: the escaped lone surrogate
    text = check_text(folder)
    assert "caf\\udce9.yaml:2:9  JP005" in text.stdout
