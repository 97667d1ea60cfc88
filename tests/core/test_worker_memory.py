"""What keeps a web worker's memory down: renditions made in a child process, and glibc told to
give large freed blocks back (docs/performance.md, "Worker memory")."""

from __future__ import annotations

import ctypes
import io
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import AbstractImage, Filter, SourceImageIOError
from wagtail.models import Collection

from tipwatch.core.malloc import fix_mmap_threshold
from tipwatch.core.models import CustomImage
from tipwatch.forked import ChildEndedError, can_fork, run_in_child

MB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]


def status_mb(name: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1]) / 1024
    raise LookupError(name)


def reset_peak() -> None:
    # Writing 5 to clear_refs starts VmHWM (the peak RSS) again from the current RSS.
    Path("/proc/self/clear_refs").write_text("5")


def photograph(width: int, height: int) -> bytes:
    """A JPEG with the detail of a photograph (a gradient under noise), not a flat colour."""
    picture = PILImage.blend(
        PILImage.linear_gradient("L").resize((width, height)).convert("RGB"),
        PILImage.effect_noise((width, height), 40).convert("RGB"),
        0.3,
    )
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def uploaded(data: bytes, name: str = "photo.jpg") -> CustomImage:
    image = CustomImage(
        title=name,
        collection=Collection.get_first_root_node(),
        file=ImageFile(io.BytesIO(data), name=name),
    )
    image.save()
    return image


@pytest.fixture
def forkable() -> None:
    """These tests need a child process, which `run_in_child` makes only from a process with one
    thread (the `forks` mark runs them before any other test: tests/conftest.py)."""
    assert can_fork(), "another test left a thread running in this test process"


def needs_a_child(test: Any) -> Any:
    return pytest.mark.forks(pytest.mark.usefixtures("forkable")(test))


# The child process


@needs_a_child
def test_the_function_runs_in_another_process_and_its_result_comes_back() -> None:
    parent = os.getpid()

    pid, text = run_in_child(lambda: (os.getpid(), "é" * 100_000))

    assert pid != parent
    assert text == "é" * 100_000


@needs_a_child
def test_an_exception_in_the_child_is_raised_in_the_parent_with_its_type() -> None:
    def fail() -> None:
        raise SourceImageIOError("the original is missing")

    with pytest.raises(SourceImageIOError, match="the original is missing") as caught:
        run_in_child(fail)
    assert "In the child process" in caught.value.__notes__[0]


@needs_a_child
def test_a_child_that_dies_without_a_result_is_an_error() -> None:
    with pytest.raises(ChildEndedError, match="without a result"):
        run_in_child(lambda: os.kill(os.getpid(), signal.SIGKILL))


@needs_a_child
def test_what_the_child_allocates_is_not_the_parents() -> None:
    reset_peak()
    before = status_mb("VmHWM")

    size = run_in_child(lambda: len(bytearray(200 * MB)))

    assert size == 200 * MB
    assert status_mb("VmHWM") - before < 20


# Renditions


@pytest.mark.django_db
def test_a_rendition_is_the_one_wagtail_makes_in_process(media: Path) -> None:
    image = uploaded(photograph(1600, 900))
    specs = ["fill-1200x675", "fill-320x240", "max-1200x900"]
    in_process = {}
    for spec in specs:
        file = AbstractImage.generate_rendition_file(image, Filter(spec))
        file.seek(0)
        in_process[spec] = file.read()

    renditions = image.get_renditions(*specs)

    assert list(renditions) == specs
    for spec, rendition in renditions.items():
        rendition.file.open("rb")
        assert rendition.file.read() == in_process[spec], spec
        rendition.file.close()
    assert (renditions["fill-320x240"].width, renditions["fill-320x240"].height) == (320, 240)
    assert image.get_rendition("fill-320x240").pk == renditions["fill-320x240"].pk


@needs_a_child
@pytest.mark.django_db
def test_a_large_photograph_is_not_decoded_in_the_worker(media: Path) -> None:
    # 4000x3000: 48 MB decoded in Pillow, several copies while it crops and resizes. Made in
    # the process itself, the peak rose by well over 100 MB.
    image = uploaded(photograph(4000, 3000))
    reset_peak()
    before = status_mb("VmHWM")

    renditions = image.get_renditions("fill-1200x675", "fill-1200x630", "max-1200x900")

    assert [(r.width, r.height) for r in renditions.values()] == [
        (1200, 675),
        (1200, 630),
        (1200, 900),
    ]
    assert status_mb("VmHWM") - before < 20


@pytest.mark.django_db
def test_a_missing_original_raises_as_wagtail_raises_it(media: Path) -> None:
    image = uploaded(photograph(640, 480))
    Path(image.file.path).unlink()

    with pytest.raises(SourceImageIOError):
        image.get_rendition("fill-320x240")


# glibc's mmap threshold


def given_back_after_large_blocks(fix: bool) -> float:
    """MB of RSS given back when every other one of 12 blocks of 2 MB is freed (the others
    stay, so that no heap can shrink from its top), once a block of 16 MB has been freed, which
    raises glibc's threshold above 2 MB unless it is fixed."""
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    if fix:
        assert fix_mmap_threshold()
    libc.free(libc.malloc(16 * MB))
    blocks = [libc.malloc(2 * MB) for _ in range(12)]
    for block in blocks:
        ctypes.memset(block, 1, 2 * MB)
    held = status_mb("VmRSS")
    for block in blocks[::2]:
        libc.free(block)
    given_back = held - status_mb("VmRSS")
    for block in blocks[1::2]:
        libc.free(block)
    return given_back


def in_a_fresh_process(code: str) -> float:
    """What `code` prints, run in a new interpreter with the test settings. Not in a fork of
    this process: glibc serves a large block from free memory a heap already has before it
    asks for a mapping, and after the suite's other tests this process's heaps have plenty."""
    environ = {**os.environ, "DJANGO_SETTINGS_MODULE": "tipwatch.settings.test"}
    setup = "import django; django.setup(); from tests.core.test_worker_memory import *; "
    result = subprocess.run(
        [sys.executable, "-c", setup + code],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.split()[-1])


def test_with_the_threshold_fixed_freed_large_blocks_go_back_to_the_system() -> None:
    assert in_a_fresh_process("print(given_back_after_large_blocks(fix=False))") < 2
    assert in_a_fresh_process("print(given_back_after_large_blocks(fix=True))") > 8


def test_the_wsgi_application_fixes_the_threshold() -> None:
    code = "import tipwatch.wsgi; print(given_back_after_large_blocks(fix=False))"

    assert in_a_fresh_process(code) > 8
